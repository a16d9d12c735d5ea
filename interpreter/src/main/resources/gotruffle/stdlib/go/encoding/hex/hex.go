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


// NewEncoder returns a writer that writes the hex text of what it is given to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

type encoder struct {
	w   io.Writer
	err error
}

func (e *encoder) Write(p []byte) (n int, err error) {
	// in pieces of at most 512 input bytes, so a failing w stops the count where it failed
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > 512 {
			k = 512
		}
		var text [1024]byte
		Encode(text[:], p[:k])
		var wrote int
		wrote, e.err = e.w.Write(text[:2*k])
		n += wrote / 2
		p = p[k:]
	}
	return n, e.err
}

// NewDecoder returns a reader of the bytes whose hex text r holds.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

type decoder struct {
	r    io.Reader
	err  error
	text []byte // hex digits read but not decoded yet
	buf  [1024]byte
}

func (d *decoder) Read(p []byte) (int, error) {
	// keep at least two digits (one byte) at hand, or the reader's error
	for len(d.text) < 2 && d.err == nil {
		kept := copy(d.buf[:], d.text)
		var n int
		n, d.err = d.r.Read(d.buf[kept:])
		d.text = d.buf[:kept+n]
		if d.err == io.EOF && len(d.text)%2 != 0 {
			if _, ok := fromHexChar(d.text[len(d.text)-1]); ok {
				d.err = io.ErrUnexpectedEOF
			} else {
				d.err = InvalidByteError(d.text[len(d.text)-1])
			}
		}
	}
	if len(d.text) < 2 {
		return 0, d.err
	}
	pairs := len(d.text) / 2
	if pairs > len(p) {
		pairs = len(p)
	}
	n, err := Decode(p[:pairs], d.text[:2*pairs])
	d.text = d.text[2*pairs:]
	if err != nil {
		d.text, d.err = nil, err
	}
	return n, d.err
}

// Dumper returns a WriteCloser that writes Dump's form of everything written to it to w, line
// by line as the bytes come; Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w      io.Writer
	line   [16]byte // the bytes of the current line so far
	used   int
	offset int
	closed bool
}

func dumpChar(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (d *dumper) Write(data []byte) (n int, err error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	var out []byte
	for _, b := range data {
		if d.used == 0 {
			out = fmt.Appendf(out, "%08x  ", d.offset)
		}
		out = append(out, hextable[b>>4], hextable[b&0x0f], ' ')
		if d.used == 7 {
			out = append(out, ' ')
		}
		d.line[d.used] = b
		d.used++
		d.offset++
		if d.used == 16 {
			out = d.appendChars(out)
		}
	}
	if _, err := d.w.Write(out); err != nil {
		return 0, err
	}
	return len(data), nil
}

// appendChars ends the current line with its printable characters between bars.
func (d *dumper) appendChars(out []byte) []byte {
	out = append(out, ' ', '|')
	for _, b := range d.line[:d.used] {
		out = append(out, dumpChar(b))
	}
	d.used = 0
	return append(out, '|', '\n')
}

func (d *dumper) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if d.used == 0 {
		return nil
	}
	var out []byte
	for i := d.used; i < 16; i++ {
		out = append(out, "   "...)
		if i == 7 {
			out = append(out, ' ')
		}
	}
	_, err := d.w.Write(d.appendChars(out))
	return err
}
