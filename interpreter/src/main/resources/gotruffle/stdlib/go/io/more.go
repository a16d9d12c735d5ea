// More of package io: the remaining interfaces, seek constants and the small reader/writer
// combinators (limited, multi, tee, section, nop-closer).
package io

import "errors"

const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// CopyN moves exactly n bytes from src to dst; fewer only with an error (io.EOF if src ran dry).
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	switch {
	case written == n:
		err = nil // whatever stopped the copy, all n bytes went through
	case written < n && err == nil:
		err = EOF // src ended early
	}
	return written, err
}

// LimitReader passes through at most n bytes of r, then reports EOF.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// LimitedReader reads from R while N, the bytes still allowed, is positive.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N] // never ask R for more than is allowed
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// multiReader reads its readers one after the other; readers[0] is the current one.
type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		current := mr.readers[0]
		if inner, ok := current.(*multiReader); ok && len(mr.readers) == 1 {
			mr.readers = inner.readers // a multiReader that ends in one: take over its list
			continue
		}
		n, err = current.Read(p)
		if err == EOF {
			mr.readers[0] = nil // let the finished reader go
			mr.readers = mr.readers[1:]
			if n == 0 {
				continue // nothing from this one: try the next
			}
			if len(mr.readers) > 0 {
				err = nil // more readers follow: the EOF is not the end yet
			}
		}
		return n, err
	}
	return 0, EOF
}

// MultiReader returns the logical concatenation of the readers.
func MultiReader(readers ...Reader) Reader {
	return &multiReader{append([]Reader(nil), readers...)}
}

// multiWriter writes everything to each of its writers in order, stopping at the first
// that fails or takes less than all of it.
type multiWriter struct {
	writers []Writer
}

// checkWrite turns the result of one writer's write of want bytes into the error that
// stops the fan-out (nil: go on).
func checkWrite(n, want int, err error) error {
	if err == nil && n != want {
		return ErrShortWrite
	}
	return err
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err = checkWrite(n, len(p), err); err != nil {
			return n, err
		}
	}
	return len(p), nil
}

func (t *multiWriter) WriteString(s string) (n int, err error) {
	var asBytes []byte // made once, for the writers without WriteString
	for _, w := range t.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if asBytes == nil {
				asBytes = []byte(s)
			}
			n, err = w.Write(asBytes)
		}
		if err = checkWrite(n, len(s), err); err != nil {
			return n, err
		}
	}
	return len(s), nil
}

// MultiWriter duplicates its writes to all the writers (a MultiWriter among them is
// replaced by its own writers).
func MultiWriter(writers ...Writer) Writer {
	var flat []Writer
	for _, w := range writers {
		if inner, ok := w.(*multiWriter); ok {
			flat = append(flat, inner.writers...)
			continue
		}
		flat = append(flat, w)
	}
	if flat == nil {
		flat = []Writer{}
	}
	return &multiWriter{flat}
}

// TeeReader reads from r and copies every chunk it reads to w before returning it.
func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	r Reader
	w Writer
}

// Read returns what r gave; a failed write to w replaces that result with its own.
func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n <= 0 {
		return n, err
	}
	if wn, werr := t.w.Write(p[:n]); werr != nil {
		return wn, werr
	}
	return n, err
}

// SectionReader reads the section [off, off+n) of an underlying ReaderAt: base is where
// the section starts, off the next read position and limit the end, all offsets in r.
type SectionReader struct {
	r     ReaderAt
	base  int64
	off   int64
	limit int64
}

// NewSectionReader reads n bytes of r from off; an end past the largest int64 is clamped to it.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxInt64 = 1<<63 - 1
	end := int64(maxInt64)
	if off <= maxInt64-n {
		end = off + n
	}
	return &SectionReader{r: r, base: off, off: off, limit: end}
}

// clip shortens p to the bytes left between from and the section's end.
func (s *SectionReader) clip(p []byte, from int64) []byte {
	if left := s.limit - from; int64(len(p)) > left {
		return p[:left]
	}
	return p
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	n, err = s.r.ReadAt(s.clip(p, s.off), s.off)
	s.off += int64(n)
	return n, err
}

var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

// Seek moves within the section; offsets are relative to its start, and positions before
// it are refused.
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	var from int64
	switch whence {
	case SeekStart:
		from = s.base
	case SeekCurrent:
		from = s.off
	case SeekEnd:
		from = s.limit
	default:
		return 0, errWhence
	}
	target := from + offset
	if target < s.base {
		return 0, errOffset
	}
	s.off = target
	return target - s.base, nil
}

// ReadAt reads at off within the section; a read cut short by the section's end says EOF.
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.Size() {
		return 0, EOF
	}
	at := s.base + off
	clipped := s.clip(p, at)
	n, err = s.r.ReadAt(clipped, at)
	if len(clipped) < len(p) && err == nil {
		err = EOF
	}
	return n, err
}

// Size is the section's length in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// NopCloser returns a ReadCloser whose Close does nothing (keeping the reader's WriteTo).
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}
