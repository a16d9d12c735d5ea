// Package io: the basic I/O interfaces and helpers, written in Go.
package io

import "errors"

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

var EOF = errors.New("EOF")
var ErrUnexpectedEOF = errors.New("unexpected EOF")
var ErrShortWrite = errors.New("short write")
var ErrClosedPipe = errors.New("io: read/write on closed pipe")
var ErrNoProgress = errors.New("multiple Read calls return no data or error")
var ErrShortBuffer = errors.New("short buffer")
var errInvalidWrite = errors.New("invalid write result")

// WriteString writes s to w, through WriteString when w has it.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAll reads from r until EOF (which it does not report). It starts with 512 bytes of
// room and lets append choose each larger capacity.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		room := data[len(data):cap(data)]
		if len(room) == 0 {
			data = append(data, 0)[:len(data)]
			continue
		}
		n, err := r.Read(room)
		data = data[:len(data)+n]
		if err != nil {
			return data, eofIsEnd(err)
		}
	}
}

// eofIsEnd is err, except that EOF is the normal end: nil.
func eofIsEnd(err error) error {
	if err == EOF {
		return nil
	}
	return err
}

// Copy copies from src to dst until EOF.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy with a caller-provided buffer.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

// copyBuffer lets src write itself (WriterTo) or dst read for itself (ReaderFrom) when they
// can; otherwise it moves the data through buf.
func copyBuffer(dst Writer, src Reader, buf []byte) (int64, error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		buf = make([]byte, copySize(src))
	}
	var written int64
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := passOn(dst, buf[:nr])
			written += int64(nw)
			if werr != nil {
				return written, werr
			}
		}
		if rerr != nil {
			return written, eofIsEnd(rerr)
		}
	}
}

// copySize is Copy's buffer size: 32 KiB, less for a LimitedReader with less left (at least 1).
func copySize(src Reader) int {
	size := 32 * 1024
	if lr, ok := src.(*LimitedReader); ok && lr.N < int64(size) {
		size = 1
		if lr.N > 1 {
			size = int(lr.N)
		}
	}
	return size
}

// passOn writes chunk to dst and judges the result: a count outside 0..len(chunk) counts as
// nothing written (errInvalidWrite unless dst gave an error), fewer bytes without an error is
// ErrShortWrite.
func passOn(dst Writer, chunk []byte) (int, error) {
	n, err := dst.Write(chunk)
	if n < 0 || n > len(chunk) {
		n = 0
		if err == nil {
			err = errInvalidWrite
		}
	}
	if err == nil && n < len(chunk) {
		err = ErrShortWrite
	}
	return n, err
}

// ReadFull fills buf completely from r, or says why it could not.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// ReadAtLeast keeps reading into buf until min bytes have arrived or r fails.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for n < min {
		var k int
		k, err = r.Read(buf[n:])
		n += k
		if err != nil {
			break
		}
	}
	switch {
	case n >= min: // enough arrived: an error that came with the last bytes does not count
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

type discard struct{}

func (discard) Write(p []byte) (int, error)       { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

func (discard) ReadFrom(r Reader) (n int64, err error) {
	scratch := make([]byte, 8192)
	for err == nil {
		var k int
		k, err = r.Read(scratch)
		n += int64(k)
	}
	return n, eofIsEnd(err)
}

// Discard swallows every write and reports success.
var Discard Writer = discard{}
