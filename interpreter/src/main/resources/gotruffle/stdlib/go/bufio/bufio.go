// Package bufio: buffered I/O over any io.Reader / io.Writer, written in Go.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

const (
	defaultBufSize    = 4096
	minReadBufferSize = 16
	// how many (0, nil) results of Read in a row count as a stuck source
	maxConsecutiveEmptyReads = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
	errNegativeRead      = errors.New("bufio: reader returned negative count from Read")
	errNegativeWrite     = errors.New("bufio: writer returned negative count from Write")
)

// Reader buffers reads from src. buf[head:tail] is read from src but not yet handed out; err is
// src's last error, held back until the buffered bytes are gone.
type Reader struct {
	buf        []byte
	src        io.Reader
	head, tail int
	err        error
	prevByte   int // the byte just before head, for UnreadByte; -1: none may be unread
	prevRune   int // the size of the rune ReadRune returned last, for UnreadRune; -1: none
}

// NewReaderSize wraps rd with a buffer of size bytes (16 at least); an rd that already is such a
// Reader, with a buffer as big, is returned as is.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if r, ok := rd.(*Reader); ok && len(r.buf) >= size {
		return r
	}
	r := &Reader{}
	r.reset(make([]byte, maxInt(size, minReadBufferSize)), rd)
	return r
}

// NewReader wraps rd in a Reader with a buffer of defaultBufSize bytes.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size is the capacity of b's buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops everything buffered and the last error, and makes b read from r.
func (b *Reader) Reset(r io.Reader) {
	buf := b.buf
	if buf == nil {
		buf = make([]byte, defaultBufSize)
	}
	b.reset(buf, r)
}

func (b *Reader) reset(buf []byte, src io.Reader) {
	*b = Reader{buf: buf, src: src, prevByte: -1, prevRune: -1}
}

// Buffered counts the bytes already read from the source and not yet consumed.
func (b *Reader) Buffered() int { return b.tail - b.head }

// noUnread: after Peek, Discard, WriteTo and the like nothing may be unread.
func (b *Reader) noUnread() {
	b.prevByte, b.prevRune = -1, -1
}

// takeErr hands out the held-back error once.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// srcRead is one call of src.Read, which must not claim a negative count.
func (b *Reader) srcRead(p []byte) int {
	n, err := b.src.Read(p)
	if n < 0 {
		panic(errNegativeRead)
	}
	if err != nil {
		b.err = err
	}
	return n
}

// readMore moves the unread bytes to the start of buf and reads behind them until src gives
// at least one byte or an error; a source that keeps answering (0, nil) is stuck.
func (b *Reader) readMore() {
	if b.head > 0 {
		b.tail = copy(b.buf, b.buf[b.head:b.tail])
		b.head = 0
	}
	if b.tail == len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := maxConsecutiveEmptyReads; tries > 0; tries-- {
		n := b.srcRead(b.buf[b.tail:])
		b.tail += n
		if n > 0 || b.err != nil {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// advance hands out buf[head:end] and remembers its last byte for UnreadByte.
func (b *Reader) advance(end int) []byte {
	out := b.buf[b.head:end]
	b.head = end
	if len(out) > 0 {
		b.prevByte = int(out[len(out)-1])
		b.prevRune = -1
	}
	return out
}

// Peek shows the next n bytes without consuming them (valid until the next read).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.noUnread()
	want := n
	if want > len(b.buf) {
		want = len(b.buf)
	}
	for b.err == nil && b.Buffered() < want {
		b.readMore()
	}
	have := b.buf[b.head:b.tail]
	if n > len(b.buf) {
		return have, ErrBufferFull
	}
	if len(have) >= n {
		return have[:n], nil
	}
	err := b.takeErr()
	if err == nil {
		err = ErrBufferFull
	}
	return have, err
}

// Discard drops up to n bytes and says how many it dropped.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.noUnread()
	for discarded < n {
		if b.head == b.tail {
			b.readMore()
		}
		step := minInt(b.Buffered(), n-discarded)
		b.head += step
		discarded += step
		if discarded < n && b.err != nil {
			return discarded, b.takeErr()
		}
	}
	return n, nil
}

// Read copies into p what is buffered; with an empty buffer it calls the source once, straight
// into p when p is at least as big as the buffer.
func (b *Reader) Read(p []byte) (n int, err error) {
	if b.head == b.tail {
		if len(p) == 0 || b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			n = b.srcRead(p)
			if n > 0 {
				b.prevByte, b.prevRune = int(p[n-1]), -1
			}
			return n, b.takeErr()
		}
		b.head = 0
		b.tail = b.srcRead(b.buf)
		if b.tail == 0 {
			return 0, b.takeErr()
		}
	}
	n = copy(p, b.buf[b.head:b.tail])
	b.advance(b.head + n)
	return n, nil
}

// ReadByte consumes one byte, filling the buffer first if it is empty.
func (b *Reader) ReadByte() (byte, error) {
	b.prevRune = -1
	for b.err == nil && b.head == b.tail {
		b.readMore()
	}
	if b.head == b.tail {
		return 0, b.takeErr()
	}
	c := b.buf[b.head]
	b.head++
	b.prevByte = int(c)
	return c, nil
}

// UnreadByte puts back the byte read last. It fails after Peek, Discard and the like, and when
// the buffer was refilled since (the byte is gone), except into an empty buffer.
func (b *Reader) UnreadByte() error {
	switch {
	case b.prevByte < 0, b.head == 0 && b.tail > 0:
		return ErrInvalidUnreadByte
	case b.head == 0:
		b.tail = 1 // the buffer is empty: the byte becomes its only content
	default:
		b.head--
	}
	b.buf[b.head] = byte(b.prevByte)
	b.noUnread()
	return nil
}

// runeReady: buf[head:tail] starts with a whole rune, or cannot grow to hold one.
func (b *Reader) runeReady() bool {
	have := b.buf[b.head:b.tail]
	return len(have) >= utf8.UTFMax || len(have) == len(b.buf) || utf8.FullRune(have)
}

// ReadRune decodes one UTF-8 character (RuneError with size 1 for bad input).
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.err == nil && !b.runeReady() {
		b.readMore()
	}
	b.prevRune = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size = rune(b.buf[b.head]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.head:b.tail])
	}
	b.advance(b.head + size)
	b.prevRune = size
	return r, size, nil
}

// UnreadRune puts back the rune ReadRune returned last; only right after ReadRune.
func (b *Reader) UnreadRune() error {
	if b.prevRune < 0 || b.prevRune > b.head {
		return ErrInvalidUnreadRune
	}
	b.head -= b.prevRune
	b.noUnread()
	return nil
}

// ReadSlice reads through the next delim and returns a view into the buffer (valid until the
// next read). Without delim: what there is, and the source's error or ErrBufferFull.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes after head known to hold no delim
	for {
		if i := bytes.IndexByte(b.buf[b.head+searched:b.tail], delim); i >= 0 {
			return b.advance(b.head + searched + i + 1), nil
		}
		searched = b.Buffered()
		if b.err != nil {
			err = b.takeErr()
			break
		}
		if searched == len(b.buf) {
			err = ErrBufferFull
			break
		}
		b.readMore()
	}
	return b.advance(b.tail), err
}

// ReadLine: one line without its "\n" or "\r\n"; isPrefix when the buffer was too small for all
// of it (the rest comes with the next calls).
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		if last := len(line) - 1; last >= 0 && line[last] == '\r' {
			// the '\r' may be half of a "\r\n": leave it to the next call
			if b.head == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.head--
			line = line[:last]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		return nil, false, err
	}
	if line[len(line)-1] == '\n' {
		line = dropCR(line[:len(line)-1])
	}
	return line, false, nil
}

// delimEnd is where a Read* call for delim stops when delim is already buffered (the index
// after it), or -1. The common case, kept apart so that it is compiled early and on its own.
func (b *Reader) delimEnd(delim byte) int {
	i := bytes.IndexByte(b.buf[b.head:b.tail], delim)
	if i < 0 {
		return -1
	}
	return b.head + i + 1
}

// readThrough reads through delim, over as many buffer loads as it takes, into a new slice
// whose capacity is its length.
func (b *Reader) readThrough(delim byte) ([]byte, error) {
	var long []byte // the buffer loads before the last piece
	for {
		piece, err := b.ReadSlice(delim)
		if err == ErrBufferFull {
			long = append(long, piece...)
			continue
		}
		out := make([]byte, len(long)+len(piece))
		copy(out[copy(out, long):], piece)
		return out, err
	}
}

// ReadBytes reads through the next delim and returns a fresh slice ending with it.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	if end := b.delimEnd(delim); end >= 0 {
		line := make([]byte, end-b.head)
		copy(line, b.advance(end))
		return line, nil
	}
	return b.readThrough(delim)
}

// ReadString reads through the next delim and returns the text ending with it.
func (b *Reader) ReadString(delim byte) (string, error) {
	if end := b.delimEnd(delim); end >= 0 {
		return string(b.advance(end)), nil
	}
	line, err := b.readThrough(delim)
	return string(line), err
}

// flushTo writes what is buffered to w.
func (b *Reader) flushTo(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.head:b.tail])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.head += n
	return int64(n), err
}

// WriteTo implements io.WriterTo: the buffered bytes first, then the rest of the source, by the
// source's WriteTo or w's ReadFrom when they have one, else load by load through the buffer.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.noUnread()
	if n, err = b.flushTo(w); err != nil {
		return n, err
	}
	var more int64
	if wt, ok := b.src.(io.WriterTo); ok {
		more, err = wt.WriteTo(w)
		return n + more, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		more, err = rf.ReadFrom(b.src)
		return n + more, err
	}
	for {
		if b.Buffered() < len(b.buf) {
			b.readMore()
		}
		if b.head == b.tail {
			break
		}
		more, err = b.flushTo(w)
		n += more
		if err != nil {
			return n, err
		}
	}
	if err = b.takeErr(); err == io.EOF {
		err = nil
	}
	return n, err
}

// Writer collects writes in buf[:used] and hands them to dst when it is full or flushed. After
// an error of dst, every call returns that error.
type Writer struct {
	buf  []byte
	used int
	dst  io.Writer
	err  error
}

// NewWriterSize wraps w with a buffer of size bytes (the default for size <= 0); a w that
// already is such a Writer, with a buffer as big, is returned as is.
func NewWriterSize(w io.Writer, size int) *Writer {
	if bw, ok := w.(*Writer); ok && len(bw.buf) >= size {
		return bw
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), dst: w}
}

// NewWriter wraps w in a Writer with a buffer of defaultBufSize bytes.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size is the capacity of b's buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Reset throws away unflushed data and the sticky error, and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.used, b.dst, b.err = 0, w, nil
}

// Flush hands everything buffered to the wrapped writer; what it did not take stays buffered.
func (b *Writer) Flush() error {
	if b.err != nil || b.used == 0 {
		return b.err
	}
	n, err := b.dst.Write(b.buf[:b.used])
	if err == nil && n < b.used {
		err = io.ErrShortWrite
	}
	if err == nil {
		b.used = 0
		return nil
	}
	if n > 0 && n < b.used {
		copy(b.buf, b.buf[n:b.used])
	}
	b.used -= n
	b.err = err
	return err
}

// Available is the free room left in b's buffer.
func (b *Writer) Available() int { return len(b.buf) - b.used }

// AvailableBuffer gives the free tail of the buffer as a zero-length slice to append to.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.used:][:0] }

// Buffered counts the bytes waiting in the buffer for the next flush.
func (b *Writer) Buffered() int { return b.used }

// Write buffers p, flushing whenever the buffer fills; a chunk bigger than the free room goes
// straight to the wrapped writer when nothing is buffered.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for b.err == nil && len(p) > b.Available() {
		n := 0
		if b.used == 0 {
			n, b.err = b.dst.Write(p)
		} else {
			n = b.fillFrom(p)
			b.Flush()
		}
		p = p[n:]
		nn += n
	}
	if b.err != nil {
		return nn, b.err
	}
	return nn + b.fillFrom(p), nil
}

// fillFrom copies as much of p as fits into the free room.
func (b *Writer) fillFrom(p []byte) int {
	n := copy(b.buf[b.used:], p)
	b.used += n
	return n
}

// WriteByte buffers c.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.used == len(b.buf) && b.Flush() != nil {
		return b.err
	}
	b.buf[b.used] = c
	b.used++
	return nil
}

// WriteRune buffers r's UTF-8 encoding and says how many bytes that was. It flushes first when
// fewer than utf8.UTFMax bytes are free, whatever r's own length.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err == nil && b.Available() < utf8.UTFMax {
		b.Flush()
	}
	switch {
	case b.err != nil:
		return 0, b.err
	case b.Available() < utf8.UTFMax:
		return b.WriteString(string(r)) // a buffer smaller than some runes' encoding
	}
	size = utf8.EncodeRune(b.buf[b.used:], r)
	b.used += size
	return size, nil
}

// WriteString buffers s like Write. A string too long for the free room goes straight to the
// wrapped writer's WriteString when nothing is buffered and it has one.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	asked := false // whether dst was checked for WriteString
	var sw io.StringWriter
	for b.err == nil && len(s) > b.Available() {
		if b.used == 0 && !asked {
			sw, _ = b.dst.(io.StringWriter)
			asked = true
		}
		n := 0
		if b.used == 0 && sw != nil {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.used:], s)
			b.used += n
			b.Flush()
		}
		s = s[n:]
		nn += n
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.used:], s)
	b.used += n
	return nn + n, nil
}

// ReadFrom implements io.ReaderFrom: whenever nothing is buffered and the wrapped writer has a
// ReadFrom, the rest goes through it; else r is read into the buffer, which is flushed when full.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, canDelegate := b.dst.(io.ReaderFrom)
	for err == nil {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if canDelegate && b.used == 0 {
			m, rerr := rf.ReadFrom(r)
			b.err = rerr
			return n + m, rerr
		}
		m, rerr, ok := b.readSome(r)
		if !ok {
			return n, io.ErrNoProgress
		}
		err = rerr
		b.used += m
		n += int64(m)
	}
	if err != io.EOF {
		return n, err
	}
	if b.Available() == 0 {
		return n, b.Flush() // the buffer filled exactly: flush it now
	}
	return n, nil
}

// readSome reads from r into the free room until r gives bytes or an error; !ok: r answered
// (0, nil) too many times.
func (b *Writer) readSome(r io.Reader) (m int, err error, ok bool) {
	for tries := 0; tries < maxConsecutiveEmptyReads; tries++ {
		if m, err = r.Read(b.buf[b.used:]); m != 0 || err != nil {
			return m, err, true
		}
	}
	return 0, nil, false
}

// ReadWriter bundles a *Reader and a *Writer into an io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter pairs r and w into one value.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
