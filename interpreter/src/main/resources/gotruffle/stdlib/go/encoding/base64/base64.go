// Package base64: base64 encodings (RFC 4648), padded and raw, standard and URL alphabets.
package base64

import (
	"io"
	"strconv"
)

// Encoding is a radix-64 alphabet with its padding rule.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte // 0xff for bytes outside the alphabet
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

const encodeStd = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const encodeURL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// NewEncoding returns a padded Encoding for the 64-byte alphabet encoder.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	for i := 0; i < len(encoder); i++ {
		if encoder[i] == '\n' || encoder[i] == '\r' {
			panic("encoding alphabet contains newline character")
		}
	}
	e := new(Encoding)
	e.padChar = StdPadding
	copy(e.encode[:], encoder)
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < len(encoder); i++ {
		e.decodeMap[encoder[i]] = byte(i)
	}
	return e
}

// WithPadding returns a copy of enc with the padding character padding (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	for i := 0; i < len(enc.encode); i++ {
		if rune(enc.encode[i]) == padding {
			panic("padding contained in alphabet")
		}
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc that rejects non-zero trailing padding bits.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var (
	StdEncoding    = NewEncoding(encodeStd)
	URLEncoding    = NewEncoding(encodeURL)
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// Encode writes the encoding of src into dst (EncodedLen(len(src)) bytes).
func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	di, si := 0, 0
	for n := len(src) / 3 * 3; si < n; si, di = si+3, di+4 {
		v := uint(src[si])<<16 | uint(src[si+1])<<8 | uint(src[si+2])
		dst[di] = enc.encode[v>>18&0x3f]
		dst[di+1] = enc.encode[v>>12&0x3f]
		dst[di+2] = enc.encode[v>>6&0x3f]
		dst[di+3] = enc.encode[v&0x3f]
	}
	rest := len(src) - si
	if rest == 0 {
		return
	}
	v := uint(src[si]) << 16
	if rest == 2 {
		v |= uint(src[si+1]) << 8
	}
	dst[di] = enc.encode[v>>18&0x3f]
	dst[di+1] = enc.encode[v>>12&0x3f]
	if rest == 2 {
		dst[di+2] = enc.encode[v>>6&0x3f]
		if enc.padChar != NoPadding {
			dst[di+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[di+2] = byte(enc.padChar)
		dst[di+3] = byte(enc.padChar)
	}
}

// EncodeToString returns the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen is the maximum length of the data decoded from n bytes.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n * 6 / 8
	}
	return n / 4 * 3
}

// CorruptInputError is the offset of the first invalid input byte.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// quantum decodes one group of up to 4 characters of src from si into dst ('\r' and '\n' are
// skipped; padding ends the input). It returns where it stopped and the bytes written.
func (enc *Encoding) quantum(dst, src []byte, si int) (nsi, n int, err error) {
	var d [4]byte
	dlen := 4
	for j := 0; j < 4; j++ {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			dlen = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != 0xff {
			d[j] = v
			continue
		}
		if c == '\n' || c == '\r' {
			j--
			continue
		}
		if rune(c) != enc.padChar {
			return si, 0, CorruptInputError(si - 1)
		}
		// padding: only after 2 or 3 characters, "==" after 2
		if j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		if j == 2 {
			for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
				si++
			}
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
			si++
		}
		if si < len(src) {
			err = CorruptInputError(si) // data after the padding
		}
		dlen = j
		break
	}
	v := uint(d[0])<<18 | uint(d[1])<<12 | uint(d[2])<<6 | uint(d[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	switch dlen {
	case 4:
		dst[2] = b2
		dst[1] = b1
		dst[0] = b0
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		dst[0] = b0
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, dlen - 1, err
}

// Decode writes the bytes of base64 text src into dst and says how many; at bad input it
// stops with a CorruptInputError (the offset). '\r' and '\n' are skipped.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	// Whole groups of 8, then 4, valid characters go straight through (writing, as Go does,
	// zero bytes after each group's 6 or 3 bytes while dst has room for them).
	for _, group := range [2]int{8, 4} {
		for len(src)-si >= group && len(dst)-n >= group {
			if enc.valid(src[si : si+group]) {
				var v uint64
				for k := 0; k < group; k++ {
					v = v<<6 | uint64(enc.decodeMap[src[si+k]])
				}
				v <<= 64 - 6*group
				for k := 0; k < group; k++ {
					dst[n+k] = byte(v >> (56 - 8*k))
				}
				n += group / 4 * 3
				si += group
				continue
			}
			var m int
			si, m, err = enc.quantum(dst[n:], src, si)
			n += m
			if err != nil {
				return n, err
			}
		}
	}
	for si < len(src) {
		var m int
		si, m, err = enc.quantum(dst[n:], src, si)
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, err
}

func (enc *Encoding) valid(s []byte) bool {
	for _, c := range s {
		if enc.decodeMap[c] == 0xff {
			return false
		}
	}
	return true
}

// DecodeString returns the bytes that s encodes.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

// NewEncoder returns a writer that encodes into w; Close flushes the last partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte
	nbuf int
	out  [1024]byte
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	copy(e.buf[:], p)
	e.nbuf = len(p)
	n += len(p)
	return
}

func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

// NewDecoder returns a reader that decodes what it reads from r ('\r' and '\n' skipped).
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &skipNewlines{r}}
}

type decoder struct {
	err     error
	readErr error
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte // input not decoded yet
	nbuf    int
	out     []byte // decoded output not returned yet
	outbuf  [1024 / 4 * 3]byte
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// read at least one group of 4 (as much as p can take decoded, at most the buffer)
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var k int
		k, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += k
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			var k int
			k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	nr := d.nbuf / 4 * 4
	nw := d.nbuf / 4 * 3
	if nw > len(p) {
		nw, d.err = d.enc.Decode(d.outbuf[:], d.buf[:nr])
		d.out = d.outbuf[:nw]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:nr])
	}
	d.nbuf -= nr
	copy(d.buf[:d.nbuf], d.buf[nr:])
	return n, d.err
}

// skipNewlines drops '\r' and '\n' from what it reads.
type skipNewlines struct {
	r io.Reader
}

func (s *skipNewlines) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	for n > 0 {
		k := 0
		for _, b := range p[:n] {
			if b != '\r' && b != '\n' {
				p[k] = b
				k++
			}
		}
		if k > 0 {
			return k, err
		}
		n, err = s.r.Read(p)
	}
	return n, err
}
