// Pipe: a synchronous in-memory pipe; each Write blocks until readers have consumed all of it.
package io

import "sync"

type onceError struct {
	mu  sync.Mutex
	err error
}

func (a *onceError) Store(err error) {
	a.mu.Lock()
	if a.err == nil {
		a.err = err
	}
	a.mu.Unlock()
}

func (a *onceError) Load() error {
	a.mu.Lock()
	e := a.err
	a.mu.Unlock()
	return e
}

type pipe struct {
	wrMu sync.Mutex
	wrCh chan []byte
	rdCh chan int
	once sync.Once
	done chan struct{}
	rerr onceError
	werr onceError
}

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) readCloseError() error {
	rerr := p.rerr.Load()
	if werr := p.werr.Load(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		p.wrMu.Lock()
		defer p.wrMu.Unlock()
	}
	for once := true; once || len(b) > 0; once = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) writeCloseError() error {
	werr := p.werr.Load()
	if rerr := p.rerr.Load(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.Store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// PipeReader: the end of a pipe that reads.
type PipeReader struct {
	p *pipe
}

func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }
func (r *PipeReader) Close() error                       { return r.CloseWithError(nil) }
func (r *PipeReader) CloseWithError(err error) error     { return r.p.closeRead(err) }

// PipeWriter: the end of a pipe that writes.
type PipeWriter struct {
	p *pipe
}

func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }
func (w *PipeWriter) Close() error                         { return w.CloseWithError(nil) }
func (w *PipeWriter) CloseWithError(err error) error       { return w.p.closeWrite(err) }

// Pipe connects a writer to a reader in memory with no buffer: each Write waits for Reads to take its bytes.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{wrCh: make(chan []byte), rdCh: make(chan int), done: make(chan struct{})}
	return &PipeReader{p}, &PipeWriter{p}
}
