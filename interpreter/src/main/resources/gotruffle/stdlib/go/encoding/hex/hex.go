// Package hex converts between bytes and base-16 text.
package hex

import (
	"errors"
	"fmt"
	"io"
)

const hextable = "0123456789abcdef"

// ErrLength: hex input must have an even number of digits.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is the offending byte of input that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen: every byte becomes two hex digits.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen: every two hex digits become one byte.
func DecodedLen(x int) int { return x / 2 }

// Encode writes two hex digits per byte of src into dst and says how many.
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// EncodeToString renders src as lower-case hex.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

func fromHexChar(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode writes the bytes of the hex text src into dst and says how many.
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		a, ok := fromHexChar(src[j-1])
		if !ok {
			return i, InvalidByteError(src[j-1])
		}
		b, ok := fromHexChar(src[j])
		if !ok {
			return i, InvalidByteError(src[j])
		}
		dst[i] = a<<4 | b
		i++
	}
	if len(src)%2 == 1 {
		// An invalid character is reported before the odd length.
		if _, ok := fromHexChar(src[j-1]); !ok {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// DecodeString parses the hex text s into bytes.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump formats data like `hexdump -C`: offsets, hex bytes and printable characters.
func Dump(data []byte) string

// The stream encoder hands the underlying writer at most this many hex digits per Write.
const encodeChunk = 1024

type streamEncoder struct {
	w    io.Writer
	err  error // the first error of w, returned from then on
	text [encodeChunk]byte
}

// NewEncoder returns a writer that writes the hex text of what it is given to w.
func NewEncoder(w io.Writer) io.Writer { return &streamEncoder{w: w} }

func (e *streamEncoder) Write(p []byte) (int, error) {
	total := 0
	for start := 0; start < len(p) && e.err == nil; start += encodeChunk / 2 {
		piece := p[start:]
		if len(piece) > encodeChunk/2 {
			piece = piece[:encodeChunk/2]
		}
		digits := e.text[:Encode(e.text[:], piece)]
		k, err := e.w.Write(digits)
		total, e.err = total+k/2, err
	}
	return total, e.err
}

type streamDecoder struct {
	r       io.Reader
	err     error  // r's error (or a bad digit), returned once pending is used up
	pending []byte // digits read and not decoded yet
	space   [encodeChunk]byte
}

// NewDecoder returns a reader of the bytes whose hex text r holds.
func NewDecoder(r io.Reader) io.Reader { return &streamDecoder{r: r} }

// refill reads more digits behind an odd one left over; at r's end an odd digit is
// ErrUnexpectedEOF, or the InvalidByteError it is.
func (d *streamDecoder) refill() {
	left := copy(d.space[:], d.pending)
	got, err := d.r.Read(d.space[left:])
	d.pending, d.err = d.space[:left+got], err
	if err != io.EOF || len(d.pending)%2 == 0 {
		return
	}
	last := d.pending[len(d.pending)-1]
	d.err = io.ErrUnexpectedEOF
	if _, ok := fromHexChar(last); !ok {
		d.err = InvalidByteError(last)
	}
}

func (d *streamDecoder) Read(p []byte) (int, error) {
	if d.err == nil && len(d.pending) < 2 {
		d.refill()
	}
	if whole := len(d.pending) / 2; whole < len(p) {
		p = p[:whole]
	}
	n, bad := Decode(p, d.pending[:2*len(p)])
	if bad != nil {
		d.pending, d.err = nil, bad // what follows a bad digit is never decoded
	} else {
		d.pending = d.pending[2*n:]
	}
	if len(d.pending) >= 2 {
		return n, nil
	}
	return n, d.err
}

// Dumper returns a WriteCloser writing Dump's lines of everything written to it to w; Close writes
// the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &hexDumper{out: w} }

// hexDumper makes the Write calls Go's does (a line's offset, each byte's column, the text column),
// so a failing writer stops both at the same point.
type hexDumper struct {
	out    io.Writer
	col    int    // bytes on the current line, 0-15
	offset uint32 // bytes dumped so far: the offset column wraps at 32 bits
	chars  [18]byte
	piece  [14]byte
	done   bool
}

// column is the text for a byte in column col (or padding when blank): two digits and a space,
// one more space after the 8th column, " |" after the 16th.
func (h *hexDumper) column(b byte, col int, blank bool) []byte {
	copy(h.piece[:], "    |")
	if !blank {
		Encode(h.piece[:2], []byte{b})
	}
	switch col {
	case 7:
		return h.piece[:4]
	case 15:
		return h.piece[:5]
	}
	return h.piece[:3]
}

func (h *hexDumper) Write(data []byte) (n int, err error) {
	if h.done {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if h.col == 0 {
			o := h.offset
			var prefix [10]byte
			Encode(prefix[:8], []byte{byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o)})
			prefix[8], prefix[9] = ' ', ' '
			if _, err = h.out.Write(prefix[:]); err != nil {
				return n, err
			}
		}
		if _, err = h.out.Write(h.column(b, h.col, false)); err != nil {
			return n, err
		}
		n++
		h.chars[h.col] = '.'
		if ' ' <= b && b <= '~' {
			h.chars[h.col] = b
		}
		h.col, h.offset = h.col+1, h.offset+1
		if h.col < 16 {
			continue
		}
		if _, err = h.out.Write(append(h.chars[:16], '|', '\n')); err != nil {
			return n, err // the line stays full: Close writes its text column again
		}
		h.col = 0
	}
	return n, nil
}

func (h *hexDumper) Close() error {
	if h.done {
		return nil
	}
	h.done = true
	used := h.col
	if used == 0 {
		return nil
	}
	for col := used; col < 16; col++ {
		if _, err := h.out.Write(h.column(0, col, true)); err != nil {
			return err
		}
	}
	_, err := h.out.Write(append(h.chars[:used], '|', '\n'))
	return err
}
