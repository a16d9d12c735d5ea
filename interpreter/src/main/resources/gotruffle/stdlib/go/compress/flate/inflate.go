package flate

import (
	"bufio"
	"bytes"
	"io"
)

// Reader is the source a decompressor wants: with ReadByte it reads no further than the
// stream's end; a plain io.Reader gets wrapped in a bufio.Reader (which may read ahead).
type Reader interface {
	io.Reader
	io.ByteReader
}

// Resetter lets a decompressor from NewReader be reused on another stream instead of
// making a new one.
type Resetter interface {
	// Reset throws away buffered state and starts over on r (with dict, if any).
	Reset(r io.Reader, dict []byte) error
}

// Java natives over a java.util.zip.Inflater in raw mode.
func newInflater(dict []byte) any
func resetInflater(h any, dict []byte)

// inflate decompresses from in into out; consumed counts the input zlib took, total the input
// it has taken since the start (the offset of a corrupt input).
func inflate(h any, in, out []byte) (consumed, produced int, done, corrupt bool, total int64)

// A source hands the decompressor input without reading past the end of the stream from a
// reader that Go's decompressor would read byte by byte (callers read on after the stream:
// gzip's trailer, the next member).
type source interface {
	peek() ([]byte, error) // unconsumed input, at least one byte unless err != nil
	consume(n int)
	finish() // the stream ended: give back what was read beyond it
}

func newSource(r io.Reader) source {
	switch r := r.(type) {
	case *bufio.Reader:
		return bufioSource{r}
	case *bytes.Buffer:
		return bufferSource{r}
	case interface {
		io.ByteReader
		io.ReadSeeker
	}:
		return &seekSource{r: r, buf: make([]byte, 4096)}
	case io.ByteReader:
		return &byteSource{r: r}
	}
	return bufioSource{bufio.NewReader(r)}
}

type bufioSource struct{ r *bufio.Reader }

func (s bufioSource) peek() ([]byte, error) {
	if s.r.Buffered() == 0 {
		if _, err := s.r.Peek(1); err != nil {
			return nil, err
		}
	}
	return s.r.Peek(s.r.Buffered())
}
func (s bufioSource) consume(n int) { s.r.Discard(n) }
func (s bufioSource) finish()       {}

type bufferSource struct{ b *bytes.Buffer }

func (s bufferSource) peek() ([]byte, error) {
	if s.b.Len() == 0 {
		return nil, io.EOF
	}
	return s.b.Bytes(), nil
}
func (s bufferSource) consume(n int) { s.b.Next(n) }
func (s bufferSource) finish()       {}

// seekSource reads ahead and seeks back over what the stream did not use.
type seekSource struct {
	r        io.ReadSeeker
	buf      []byte
	pos, end int
}

func (s *seekSource) peek() ([]byte, error) {
	if s.pos == s.end {
		n, err := s.r.Read(s.buf)
		if n == 0 {
			if err == nil {
				err = io.ErrNoProgress
			}
			return nil, err
		}
		s.pos, s.end = 0, n
	}
	return s.buf[s.pos:s.end], nil
}
func (s *seekSource) consume(n int) { s.pos += n }
func (s *seekSource) finish() {
	if s.pos < s.end {
		s.r.Seek(int64(s.pos-s.end), io.SeekCurrent)
		s.pos = s.end
	}
}

// byteSource reads one byte at a time (any other io.ByteReader).
type byteSource struct {
	r    io.ByteReader
	b    [1]byte
	have bool
}

func (s *byteSource) peek() ([]byte, error) {
	if !s.have {
		c, err := s.r.ReadByte()
		if err != nil {
			return nil, err
		}
		s.b[0], s.have = c, true
	}
	return s.b[:], nil
}
func (s *byteSource) consume(n int) {
	if n > 0 {
		s.have = false
	}
}
func (s *byteSource) finish() {}

// decompressor is the io.ReadCloser of NewReader.
type decompressor struct {
	src source
	h   any
	err error
}

// NewReader decompresses the DEFLATE stream in r. A truncated stream ends in
// io.ErrUnexpectedEOF, bad data in a CorruptInputError. Without ReadByte, r may be read
// past the stream's end. The result is also a Resetter.
func NewReader(r io.Reader) io.ReadCloser { return NewReaderDict(r, nil) }

// NewReaderDict is NewReader for a stream compressed with a preset dictionary.
func NewReaderDict(r io.Reader, dict []byte) io.ReadCloser {
	return &decompressor{src: newSource(r), h: newInflater(dict)}
}

func (f *decompressor) Read(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	for {
		in, err := f.src.peek()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			f.err = err
			return 0, err
		}
		consumed, produced, done, corrupt, total := inflate(f.h, in, p)
		f.src.consume(consumed)
		switch {
		case corrupt:
			f.err = CorruptInputError(total)
			return produced, f.err
		case done:
			f.src.finish()
			f.err = io.EOF
			if produced == 0 {
				return 0, io.EOF
			}
			return produced, nil
		case produced > 0 || len(p) == 0:
			return produced, nil
		case consumed == 0:
			f.err = InternalError("inflater took no input")
			return 0, f.err
		}
	}
}

func (f *decompressor) Close() error {
	if f.err == io.EOF {
		return nil
	}
	return f.err
}

func (f *decompressor) Reset(r io.Reader, dict []byte) error {
	f.src, f.err = newSource(r), nil
	resetInflater(f.h, dict)
	return nil
}
