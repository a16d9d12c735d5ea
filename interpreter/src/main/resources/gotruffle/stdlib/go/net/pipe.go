package net

import (
	"io"
	"os"
	"sync"
	"time"
)

// pipeDeadline is a deadline whose channel closes when it passes.
type pipeDeadline struct {
	mu     sync.Mutex
	timer  *time.Timer
	passed chan struct{} // closed once the deadline passed
}

func newPipeDeadline() *pipeDeadline {
	return &pipeDeadline{passed: make(chan struct{})}
}

// set moves the deadline (the zero time: none).
func (d *pipeDeadline) set(t time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil && !d.timer.Stop() {
		<-d.passed // the timer fired: wait until its callback closed the channel
	}
	d.timer = nil
	select {
	case <-d.passed:
		d.passed = make(chan struct{})
	default:
	}
	if t.IsZero() {
		return
	}
	if left := time.Until(t); left > 0 {
		c := d.passed
		d.timer = time.AfterFunc(left, func() { close(c) })
		return
	}
	close(d.passed)
}

func (d *pipeDeadline) wait() chan struct{} {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.passed
}

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "pipe" }

// pipeEnd is one end of a synchronous in-memory connection: a Write hands its bytes over
// directly and returns once readers on the other end took all of them.
type pipeEnd struct {
	writeMu sync.Mutex
	in      <-chan []byte // writes of the other end
	took    chan<- int    // how much of such a write a read took
	out     chan<- []byte
	taken   <-chan int

	closeOnce  sync.Once
	closed     chan struct{}
	peerClosed <-chan struct{}

	rd *pipeDeadline
	wd *pipeDeadline
}

// Pipe makes two connected in-memory Conns with no buffer between them: a Write on one end
// waits until Reads on the other have taken all its bytes.
func Pipe() (Conn, Conn) {
	ab := make(chan []byte)
	abN := make(chan int)
	ba := make(chan []byte)
	baN := make(chan int)
	aClosed := make(chan struct{})
	bClosed := make(chan struct{})
	a := &pipeEnd{in: ba, took: baN, out: ab, taken: abN, closed: aClosed, peerClosed: bClosed,
		rd: newPipeDeadline(), wd: newPipeDeadline()}
	b := &pipeEnd{in: ab, took: abN, out: ba, taken: baN, closed: bClosed, peerClosed: aClosed,
		rd: newPipeDeadline(), wd: newPipeDeadline()}
	return a, b
}

func (*pipeEnd) LocalAddr() Addr  { return pipeAddr{} }
func (*pipeEnd) RemoteAddr() Addr { return pipeAddr{} }

func isClosedChan(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func (p *pipeEnd) Read(b []byte) (int, error) {
	n, err := p.read(b)
	if err != nil && err != io.EOF && err != io.ErrClosedPipe {
		err = &OpError{Op: "read", Net: "pipe", Err: err}
	}
	return n, err
}

func (p *pipeEnd) read(b []byte) (int, error) {
	switch {
	case isClosedChan(p.closed):
		return 0, io.ErrClosedPipe
	case isClosedChan(p.peerClosed):
		return 0, io.EOF
	case isClosedChan(p.rd.wait()):
		return 0, os.ErrDeadlineExceeded
	}
	select {
	case data := <-p.in:
		n := copy(b, data)
		p.took <- n
		return n, nil
	case <-p.closed:
		return 0, io.ErrClosedPipe
	case <-p.peerClosed:
		return 0, io.EOF
	case <-p.rd.wait():
		return 0, os.ErrDeadlineExceeded
	}
}

func (p *pipeEnd) Write(b []byte) (int, error) {
	n, err := p.write(b)
	if err != nil && err != io.ErrClosedPipe {
		err = &OpError{Op: "write", Net: "pipe", Err: err}
	}
	return n, err
}

func (p *pipeEnd) write(b []byte) (n int, err error) {
	switch {
	case isClosedChan(p.closed):
		return 0, io.ErrClosedPipe
	case isClosedChan(p.peerClosed):
		return 0, io.ErrClosedPipe
	case isClosedChan(p.wd.wait()):
		return 0, os.ErrDeadlineExceeded
	}
	p.writeMu.Lock()
	defer p.writeMu.Unlock()
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.out <- b:
			m := <-p.taken
			b = b[m:]
			n += m
		case <-p.closed:
			return n, io.ErrClosedPipe
		case <-p.peerClosed:
			return n, io.ErrClosedPipe
		case <-p.wd.wait():
			return n, os.ErrDeadlineExceeded
		}
	}
	return n, nil
}

func (p *pipeEnd) SetDeadline(t time.Time) error {
	if isClosedChan(p.closed) || isClosedChan(p.peerClosed) {
		return io.ErrClosedPipe
	}
	p.rd.set(t)
	p.wd.set(t)
	return nil
}

func (p *pipeEnd) SetReadDeadline(t time.Time) error {
	if isClosedChan(p.closed) || isClosedChan(p.peerClosed) {
		return io.ErrClosedPipe
	}
	p.rd.set(t)
	return nil
}

func (p *pipeEnd) SetWriteDeadline(t time.Time) error {
	if isClosedChan(p.closed) || isClosedChan(p.peerClosed) {
		return io.ErrClosedPipe
	}
	p.wd.set(t)
	return nil
}

func (p *pipeEnd) Close() error {
	p.closeOnce.Do(func() { close(p.closed) })
	return nil
}
