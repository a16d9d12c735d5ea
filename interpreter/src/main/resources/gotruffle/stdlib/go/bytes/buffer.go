package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// smallBufferSize is the capacity of a nil Buffer's first small allocation.
const smallBufferSize = 64

// MinRead: ReadFrom asks the source for at least this many bytes at a time.
const MinRead = 512

// ErrTooLarge is the panic value when a Buffer cannot grow any further.
var ErrTooLarge = errors.New("bytes.Buffer: too large")
var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")
var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// lastRead says what the last operation was, for UnreadByte and UnreadRune: a rune read of
// that many bytes (1..4), another read (opRead), or anything else (opInvalid).
const (
	opRead    = -1
	opInvalid = 0
)

// Buffer is a growable byte buffer to write into and read from; a zero Buffer is empty and
// usable. The unread bytes are buf[off:].
type Buffer struct {
	buf      []byte
	off      int
	lastRead int
}

// NewBuffer starts a Buffer holding buf (which it takes over).
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString starts a Buffer holding the bytes of s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread portion of the buffer (aliasing it).
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String is the unread part as text; "<nil>" for a nil *Buffer.
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len counts the bytes not yet read.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap is the capacity of the storage behind b.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Truncate keeps the first n unread bytes and drops the rest; 0 empties the buffer.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if uint(n) > uint(b.Len()) {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset resets the buffer to be empty, keeping its storage.
func (b *Buffer) Reset() {
	b.buf, b.off, b.lastRead = b.buf[:0], 0, opInvalid
}

// drained reports that nothing is left to read; a drained buffer starts over at the front.
func (b *Buffer) drained() bool {
	if b.off < len(b.buf) {
		return false
	}
	b.Reset()
	return true
}

// grow extends buf by n bytes to be written and returns where they start. It keeps Go's
// capacities: a nil buffer's first small write gets 64 bytes; when the storage is too
// small, the unread bytes move to the front if that leaves room with the storage at most
// half full, else they move to new storage of at least twice the old capacity.
func (b *Buffer) grow(n int) int {
	unread := b.Len()
	if unread == 0 && b.off > 0 {
		b.Reset()
	}
	if end := len(b.buf); n <= cap(b.buf)-end {
		b.buf = b.buf[:end+n]
		return end
	}
	switch c := cap(b.buf); {
	case b.buf == nil && n <= smallBufferSize:
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	case unread+n <= c/2:
		copy(b.buf, b.buf[b.off:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		b.buf = moved(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:unread+n]
	return unread
}

const maxInt = int(^uint(0) >> 1)

// moved copies data to new storage with room for extra more bytes and at least twice
// data's capacity, rounded up to an allocation size class as append does.
func moved(data []byte, extra int) []byte {
	size := len(data) + extra
	if size < 2*cap(data) {
		size = 2 * cap(data)
	}
	fresh := append([]byte(nil), make([]byte, size)...)
	return fresh[:copy(fresh, data)]
}

// Grow makes room for n more bytes so that the next n bytes of writes do not allocate.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	at := b.grow(n)
	b.buf = b.buf[:at]
}

// room returns the free storage after the data, at least n bytes of it.
func (b *Buffer) room(n int) []byte {
	b.Grow(n)
	return b.buf[len(b.buf):cap(b.buf)]
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	at := b.grow(len(p)) // before reading b.buf, which grow may replace
	return copy(b.buf[at:], p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	at := b.grow(len(s))
	return copy(b.buf[at:], s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	at := b.grow(1)
	b.buf[at] = c
	return nil
}

// WriteRune appends r's UTF-8 form; room for the longest form is made first, as in Go.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = opInvalid
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	at := b.grow(utf8.UTFMax)
	n = utf8.EncodeRune(b.buf[at:], r)
	b.buf = b.buf[:at+n]
	return n, nil
}

// ReadFrom appends everything r yields up to io.EOF (which it does not report).
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for err == nil {
		got, rerr := r.Read(b.room(MinRead))
		if got < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:len(b.buf)+got]
		n += int64(got)
		err = rerr
	}
	if err == io.EOF {
		err = nil
	}
	return n, err
}

// WriteTo drains the unread bytes into w, stopping at w's first error.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	pending := b.Len()
	if pending > 0 {
		wrote, werr := w.Write(b.buf[b.off:])
		if wrote > pending {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += wrote
		if werr == nil && wrote < pending {
			werr = io.ErrShortWrite
		}
		if werr != nil {
			return int64(wrote), werr
		}
		n = int64(wrote)
	}
	b.Reset()
	return n, nil
}

// consumed marks the next k unread bytes read (a read UnreadByte can undo when k > 0).
func (b *Buffer) consumed(k int) {
	b.off += k
	if k > 0 {
		b.lastRead = opRead
	}
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if !b.drained() {
		n = copy(p, b.buf[b.off:])
		b.consumed(n)
		return n, nil
	}
	if len(p) > 0 {
		err = io.EOF
	}
	return 0, err
}

// Next consumes up to n bytes and returns them (a view, valid until the next change).
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	if left := b.Len(); n > left {
		n = left
	}
	view := b.buf[b.off : b.off+n]
	b.consumed(n)
	return view
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.drained() {
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.consumed(1)
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.drained() {
		return 0, 0, io.EOF
	}
	r, size = rune(b.buf[b.off]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.off:])
	}
	b.off += size
	b.lastRead = size
	return r, size, nil
}

// UnreadRune steps back over the rune the last operation read.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid { // a new error each time, as in Go
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	b.stepBack(b.lastRead)
	return nil
}

// UnreadByte steps back one byte after any successful read.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.stepBack(1)
	return nil
}

// stepBack returns the last n bytes read to the unread part (when there are that many) and
// allows no further unread.
func (b *Buffer) stepBack(n int) {
	if n <= b.off {
		b.off -= n
	}
	b.lastRead = opInvalid
}

// ReadBytes consumes through the next delim and returns a fresh slice ending with it.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	view, err := b.readSlice(delim)
	return append(line, view...), err
}

// readSlice consumes through the next delim (or to the end, with io.EOF) and returns a view.
func (b *Buffer) readSlice(delim byte) ([]byte, error) {
	k := IndexByte(b.buf[b.off:], delim) + 1
	var err error
	if k == 0 {
		k, err = b.Len(), io.EOF
	}
	view := b.buf[b.off : b.off+k]
	b.consumed(k)
	b.lastRead = opRead
	return view, err
}

// ReadString consumes through the next delim and returns the text ending with it.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	view, err := b.readSlice(delim)
	return string(view), err
}
