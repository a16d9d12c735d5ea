// Package iotest: readers and writers that misbehave on purpose, for testing code that uses
// io.Reader and io.Writer.
package iotest

import (
	"errors"
	"io"
)

// ErrTimeout is what TimeoutReader's second Read returns.
var ErrTimeout = errors.New("timeout")

type oneByte struct{ r io.Reader }

// OneByteReader reads at most one byte per Read from r.
func OneByteReader(r io.Reader) io.Reader { return &oneByte{r} }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

type half struct{ r io.Reader }

// HalfReader reads half of what is asked (rounded up) per Read from r.
func HalfReader(r io.Reader) io.Reader { return &half{r} }

func (h *half) Read(p []byte) (int, error) { return h.r.Read(p[:(len(p)+1)/2]) }

// dataErr reads ahead so that the final error comes with the last data, not in a Read of its own.
type dataErr struct {
	r       io.Reader
	pending []byte // read from r, not returned yet
	buf     [1024]byte
}

// DataErrReader returns r's final error (io.EOF included) with the last bytes instead of after them.
func DataErrReader(r io.Reader) io.Reader { return &dataErr{r: r} }

func (d *dataErr) Read(p []byte) (n int, err error) {
	for {
		if len(d.pending) == 0 {
			var got int
			got, err = d.r.Read(d.buf[:]) // after a copy: the look ahead
			d.pending = d.buf[:got]
		}
		if n > 0 || err != nil {
			return n, err
		}
		n = copy(p, d.pending)
		d.pending = d.pending[n:]
	}
}

type timeout struct {
	r     io.Reader
	count int
}

// TimeoutReader fails its second Read with ErrTimeout (no data); the others read r.
func TimeoutReader(r io.Reader) io.Reader { return &timeout{r: r} }

func (t *timeout) Read(p []byte) (int, error) {
	t.count++
	if t.count == 2 {
		return 0, ErrTimeout
	}
	return t.r.Read(p)
}

type errReader struct{ err error }

// ErrReader returns a reader whose every Read returns 0 and err.
func ErrReader(err error) io.Reader { return &errReader{err} }

func (e *errReader) Read(p []byte) (int, error) { return 0, e.err }

type truncate struct {
	w    io.Writer
	left int64
}

// TruncateWriter passes the first n bytes to w and drops the rest silently.
func TruncateWriter(w io.Writer, n int64) io.Writer { return &truncate{w, n} }

func (t *truncate) Write(p []byte) (int, error) {
	if t.left <= 0 {
		return len(p), nil
	}
	take := p
	if int64(len(take)) > t.left {
		take = take[:t.left]
	}
	n, err := t.w.Write(take)
	t.left -= int64(n)
	if err == nil {
		n = len(p)
	}
	return n, err
}
