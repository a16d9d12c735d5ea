package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Reader reads from a byte slice through io's interfaces: Reader, ReaderAt, ByteScanner,
// RuneScanner, Seeker and WriterTo. i may lie past the end after a Seek; then nothing is left.
type Reader struct {
	s        []byte
	i        int64 // offset of the next byte to read
	prevRune int   // start of the rune ReadRune last returned; -1 otherwise
}

// NewReader reads from the bytes of b.
func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

// Len counts the bytes not yet read.
func (r *Reader) Len() int {
	if left := int64(len(r.s)) - r.i; left > 0 {
		return int(left)
	}
	return 0
}

// Size is the length of the whole slice, however much is left.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// fail builds the error of method, worded as Go words it ("bytes.Reader.Seek: ...").
func fail(method, what string) error { return errors.New("bytes.Reader." + method + ": " + what) }

// span is at most n bytes from offset from (< len(s)), sliced no longer than needed
// (only the view is made, nothing is copied).
func (r *Reader) span(from int64, n int) []byte {
	if left := int64(len(r.s)) - from; int64(n) > left {
		n = int(left)
	}
	return r.s[from : from+int64(n)]
}

// Read copies the next bytes into b. At the end it reports io.EOF and leaves prevRune
// alone, so an UnreadRune still works after it.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.Len() == 0 {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.span(r.i, len(b)))
	r.i += int64(n)
	return n, nil
}

// ReadAt copies from offset off without moving the read position; io.EOF when b is not filled.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	switch {
	case off < 0:
		return 0, fail("ReadAt", "negative offset")
	case off >= int64(len(r.s)):
		return 0, io.EOF
	}
	n = copy(b, r.span(off, len(b)))
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

// ReadByte consumes one byte.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.Len() == 0 {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return fail("UnreadByte", "at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune decodes one UTF-8 character (RuneError with size 1 for bad input).
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.Len() == 0 {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++ // ASCII: one byte, nothing to decode
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRune(r.span(r.i, utf8.UTFMax))
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune the previous call, a ReadRune, returned.
func (r *Reader) UnreadRune() error {
	switch {
	case r.i <= 0:
		return fail("UnreadRune", "at beginning of slice")
	case r.prevRune < 0:
		return fail("UnreadRune", "previous operation was not ReadRune")
	}
	r.i, r.prevRune = int64(r.prevRune), -1
	return nil
}

// Seek moves the read position (io.Seeker); past the end is allowed, before the start is not.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var from int64
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		from = r.i
	case io.SeekEnd:
		from = int64(len(r.s))
	default:
		return 0, fail("Seek", "invalid whence")
	}
	if from+offset < 0 {
		return 0, fail("Seek", "negative position")
	}
	r.i = from + offset
	return r.i, nil
}

// WriteTo writes everything unread to w (io.WriterTo); a short write without an error
// becomes io.ErrShortWrite.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.Len() == 0 {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := w.Write(rest)
	switch {
	case m > len(rest):
		panic("bytes.Reader.WriteTo: invalid Write count")
	case m < len(rest) && err == nil:
		err = io.ErrShortWrite
	}
	r.i += int64(m)
	return int64(m), err
}

// Reset starts reading b from the beginning.
func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }
