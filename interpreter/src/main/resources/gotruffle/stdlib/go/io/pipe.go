// Pipe: a synchronous in-memory pipe; each Write blocks until readers have consumed all of it.
package io

import "sync"

// pipe hands a Write's bytes to Reads over two unbuffered channels: the writer offers what is
// left of its slice on data, a reader copies what fits and answers the count on taken.
type pipe struct {
	writing sync.Mutex // one Write at a time, so Writes do not interleave
	data    chan []byte
	taken   chan int

	closeOnce sync.Once
	closed    chan struct{} // closed by the first Close of either end

	mu       sync.Mutex
	readEnd  error // the reader's close error (first one wins)
	writeEnd error // the writer's close error (first one wins)
}

func (p *pipe) isClosed() bool {
	select {
	case <-p.closed:
		return true
	default:
		return false
	}
}

// closeEnd records err as one end's close error unless it has one, and closes the pipe.
func (p *pipe) closeEnd(end *error, err error) error {
	p.mu.Lock()
	if *end == nil {
		*end = err
	}
	p.mu.Unlock()
	p.closeOnce.Do(func() { close(p.closed) })
	return nil
}

// closedError is what one end reports once the pipe is closed: the other end's error when
// only the other end closed, else ErrClosedPipe.
func (p *pipe) closedError(own, other *error) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if *own == nil && *other != nil {
		return *other
	}
	return ErrClosedPipe
}

func (p *pipe) read(b []byte) (int, error) {
	if !p.isClosed() {
		select {
		case offered := <-p.data:
			n := copy(b, offered)
			p.taken <- n
			return n, nil
		case <-p.closed:
		}
	}
	return 0, p.closedError(&p.readEnd, &p.writeEnd)
}

// write offers b until all of it is taken; an empty b still waits for one Read.
func (p *pipe) write(b []byte) (n int, err error) {
	if p.isClosed() {
		return 0, p.closedError(&p.writeEnd, &p.readEnd)
	}
	p.writing.Lock()
	defer p.writing.Unlock()
	for {
		select {
		case p.data <- b:
			k := <-p.taken
			b = b[k:]
			n += k
		case <-p.closed:
			return n, p.closedError(&p.writeEnd, &p.readEnd)
		}
		if len(b) == 0 {
			return n, nil
		}
	}
}

// PipeReader: the end of a pipe that reads.
type PipeReader struct {
	p *pipe
}

func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }
func (r *PipeReader) Close() error                        { return r.CloseWithError(nil) }

// CloseWithError closes the pipe; later Writes fail with err (ErrClosedPipe when nil).
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	return r.p.closeEnd(&r.p.readEnd, err)
}

// PipeWriter: the end of a pipe that writes.
type PipeWriter struct {
	p *pipe
}

func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }
func (w *PipeWriter) Close() error                         { return w.CloseWithError(nil) }

// CloseWithError closes the pipe; later Reads fail with err (EOF when nil).
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	return w.p.closeEnd(&w.p.writeEnd, err)
}

// Pipe connects a writer to a reader in memory with no buffer: each Write waits for Reads to take its bytes.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{data: make(chan []byte), taken: make(chan int), closed: make(chan struct{})}
	return &PipeReader{p}, &PipeWriter{p}
}
