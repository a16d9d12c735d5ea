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
	e := &Encoding{padChar: StdPadding}
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 63; i >= 0; i-- {
		c := encoder[i]
		if isNewline(c) {
			panic("encoding alphabet contains newline character")
		}
		e.encode[i] = c
		if e.decodeMap[c] == 0xff { // a repeated symbol decodes to its last place
			e.decodeMap[c] = byte(i)
		}
	}
	return e
}

func isNewline(c byte) bool { return c == '\n' || c == '\r' }

// WithPadding returns a copy of enc with the padding character padding (or NoPadding).
func (enc Encoding) WithPadding(padding rune) *Encoding {
	switch {
	case padding == '\r' || padding == '\n' || padding > 0xff:
		panic("invalid padding")
	case padding >= 0 && enc.decodeMap[padding] != 0xff:
		panic("padding contained in alphabet")
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

// Encode writes the encoding of src into dst (EncodedLen(len(src)) bytes): four symbols
// per three bytes, a last short group padded (or cut short without padding).
func (enc *Encoding) Encode(dst, src []byte) {
	a := &enc.encode
	di := 0
	for len(src) >= 3 {
		v := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		dst[di], dst[di+1], dst[di+2], dst[di+3] = a[v>>18], a[v>>12&63], a[v>>6&63], a[v&63]
		src = src[3:]
		di += 4
	}
	if len(src) == 0 {
		return
	}
	var last [3]byte
	copy(last[:], src)
	v := uint(last[0])<<16 | uint(last[1])<<8
	for i := 0; i < 4; i++ {
		switch {
		case i <= len(src): // the symbols that carry bits
			dst[di+i] = a[v>>(18-6*i)&63]
		case enc.padChar != NoPadding:
			dst[di+i] = byte(enc.padChar)
		}
	}
}

// EncodeToString returns the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	out := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(out, src)
	return string(out)
}

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	groups, rest := n/3, n%3
	switch {
	case rest == 0:
		return 4 * groups
	case enc.padChar == NoPadding:
		return 4*groups + rest + 1
	}
	return 4*groups + 4
}

// DecodedLen is the maximum length of the data decoded from n bytes.
func (enc *Encoding) DecodedLen(n int) int {
	size := 3 * (n / 4)
	if enc.padChar == NoPadding {
		size += 3 * (n % 4) / 4 // 2 or 3 symbols of a last short group: 1 or 2 bytes
	}
	return size
}

// CorruptInputError is the offset of the first invalid input byte.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// skipNewlines is the index of the first byte at or after i in src that is not '\r' or '\n'.
func skipNewlines(src []byte, i int) int {
	for i < len(src) && isNewline(src[i]) {
		i++
	}
	return i
}

// quantum decodes the group of up to four symbols at src[si:] into dst, newlines skipped.
// It returns where it stopped and how many bytes it wrote; padding or the end of raw input
// ends a short group, and the error offsets are the ones Go reports.
func (enc *Encoding) quantum(dst, src []byte, si int) (int, int, error) {
	var sym [4]byte
	j := 0
	for ; j < 4; j++ {
		si = skipNewlines(src, si)
		if si == len(src) || enc.decodeMap[src[si]] == 0xff {
			break
		}
		sym[j] = enc.decodeMap[src[si]]
		si++
	}
	var err error
	switch {
	case j == 4:
		n, _ := enc.emit(dst, sym, 4, si)
		return si, n, nil
	case si == len(src): // the input ends inside the group
		if j == 0 {
			return si, 0, nil
		}
		if j == 1 || enc.padChar != NoPadding {
			return si, 0, CorruptInputError(si - j)
		}
	case rune(src[si]) != enc.padChar || j < 2:
		return si + 1, 0, CorruptInputError(si)
	default:
		si++
		if j == 2 { // two symbols take "=="
			si = skipNewlines(src, si)
			if si == len(src) {
				return si, 0, CorruptInputError(si)
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		if si = skipNewlines(src, si); si < len(src) {
			err = CorruptInputError(si) // nothing may follow the padding
		}
	}
	n, serr := enc.emit(dst, sym, j, si)
	if serr != nil {
		return si, 0, serr
	}
	return si, n, err
}

// emit stores the j-1 bytes that j symbols carry (j is 2, 3 or 4). As in Go, the last of
// them is stored first, before a strict encoding rejects set bits beyond them.
func (enc *Encoding) emit(dst []byte, sym [4]byte, j, si int) (int, error) {
	v := uint(sym[0])<<18 | uint(sym[1])<<12 | uint(sym[2])<<6 | uint(sym[3])
	n := j - 1
	dst[n-1] = byte(v >> (16 - 8*(n-1)))
	if enc.strict && v&(1<<(8*(3-n))-1) != 0 {
		return 0, CorruptInputError(si - (4 - j))
	}
	for k := 0; k < n-1; k++ {
		dst[k] = byte(v >> (16 - 8*k))
	}
	return n, nil
}

// Decode writes the bytes of base64 text src into dst and says how many; at bad input it
// stops with a CorruptInputError (the offset). '\r' and '\n' are skipped.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for si < len(src) {
		// Runs of 8 (then 4) valid symbols go straight through while dst has room for as
		// many bytes: Go stores them as one 64-bit (32-bit) word, zeros after the data.
		if w := runWidth(len(src)-si, len(dst)-n); w > 0 && enc.decodeRun(dst[n:n+w], src[si:si+w]) {
			n += w / 4 * 3
			si += w
			continue
		}
		var m int
		si, m, err = enc.quantum(dst[n:], src, si)
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// runWidth is 8 or 4 when both the input and the room left allow that many, else 0.
func runWidth(in, room int) int {
	for w := 8; w > 0; w -= 4 {
		if in >= w && room >= w {
			return w
		}
	}
	return 0
}

// decodeRun decodes len(in) valid symbols into out (of the same length), false when one is
// not in the alphabet.
func (enc *Encoding) decodeRun(out, in []byte) bool {
	var v uint64
	for _, c := range in {
		d := enc.decodeMap[c]
		if d == 0xff {
			return false
		}
		v = v<<6 | uint64(d)
	}
	v <<= 64 - 6*len(in)
	for k := range out {
		out[k] = byte(v >> (56 - 8*k))
	}
	return true
}

// DecodeString returns the bytes that s encodes.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	out := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(out, []byte(s))
	return out[:n], err
}

// NewEncoder returns a writer that encodes into w; Close flushes the last partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

// encoder keeps up to two bytes of an unfinished group; it writes to w at most 1024
// symbols at a time, and its first write error sticks.
type encoder struct {
	err     error
	enc     *Encoding
	w       io.Writer
	pending [3]byte
	npend   int
	out     [1024]byte
}

// emit encodes src (whole groups, or the last one at Close) and writes it.
func (e *encoder) emit(src []byte) error {
	text := e.out[:e.enc.EncodedLen(len(src))]
	e.enc.Encode(text, src)
	_, e.err = e.w.Write(text)
	return e.err
}

func (e *encoder) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	done := 0
	if e.npend > 0 {
		k := copy(e.pending[e.npend:], p)
		e.npend += k
		done, p = k, p[k:]
		if e.npend < 3 {
			return done, nil
		}
		if e.emit(e.pending[:]) != nil {
			return done, e.err
		}
		e.npend = 0
	}
	const chunk = 1024 / 4 * 3
	for len(p) >= 3 {
		k := len(p) - len(p)%3
		if k > chunk {
			k = chunk
		}
		if e.emit(p[:k]) != nil {
			return done, e.err
		}
		done, p = done+k, p[k:]
	}
	e.npend = copy(e.pending[:], p)
	return done + len(p), nil
}

func (e *encoder) Close() error {
	if e.err == nil && e.npend > 0 {
		e.emit(e.pending[:e.npend])
		e.npend = 0
	}
	return e.err
}

// NewDecoder returns a reader that decodes what it reads from r ('\r' and '\n' skipped).
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineDropper{r}}
}

// decoder reads text into in (at most 1024 symbols, a multiple of 4 decoded at a time) and
// keeps decoded bytes that did not fit the caller's buffer in left. Its error sticks once
// the decoded bytes before it are handed out.
type decoder struct {
	err     error
	readErr error // the input's error, acted on once the text before it is used
	enc     *Encoding
	r       io.Reader
	in      [1024]byte
	nin     int
	left    []byte
	spare   [1024 / 4 * 3]byte
}

func (d *decoder) Read(p []byte) (int, error) {
	if len(d.left) > 0 {
		n := copy(p, d.left)
		d.left = d.left[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	d.fill(len(p))
	if d.nin < 4 {
		return d.finish(p)
	}
	whole := d.nin - d.nin%4
	var n int
	if whole/4*3 <= len(p) {
		n, d.err = d.enc.Decode(p, d.in[:whole])
	} else {
		var m int
		m, d.err = d.enc.Decode(d.spare[:], d.in[:whole])
		n = d.handOut(p, m)
	}
	d.nin = copy(d.in[:], d.in[whole:d.nin])
	return n, d.err
}

// fill reads until a whole group of 4 symbols is in (or the input fails), asking for as
// much as a caller's buffer of size want can take decoded.
func (d *decoder) fill(want int) {
	limit := want / 3 * 4
	if limit < 4 {
		limit = 4
	} else if limit > len(d.in) {
		limit = len(d.in)
	}
	for d.nin < 4 && d.readErr == nil {
		var k int
		k, d.readErr = d.r.Read(d.in[d.nin:limit])
		d.nin += k
	}
}

// handOut gives p what it can take of spare[:m] and keeps the rest for later Reads.
func (d *decoder) handOut(p []byte, m int) int {
	d.left = d.spare[:m]
	n := copy(p, d.left)
	d.left = d.left[n:]
	return n
}

// finish handles the input ending (or failing) with fewer than 4 symbols in: an encoding
// without padding decodes them as a last short group; otherwise they are an unexpected EOF.
func (d *decoder) finish(p []byte) (int, error) {
	if d.nin > 0 && d.enc.padChar == NoPadding {
		var m int
		m, d.err = d.enc.Decode(d.spare[:], d.in[:d.nin])
		d.nin = 0
		n := d.handOut(p, m)
		if n > 0 || len(p) == 0 && len(d.left) > 0 {
			return n, nil
		}
		if d.err != nil {
			return 0, d.err
		}
	}
	d.err = d.readErr
	if d.err == io.EOF && d.nin > 0 {
		d.err = io.ErrUnexpectedEOF
	}
	return 0, d.err
}

// newlineDropper removes '\r' and '\n' from what it reads; a read of nothing else is
// repeated.
type newlineDropper struct {
	r io.Reader
}

func (s *newlineDropper) Read(p []byte) (int, error) {
	for {
		n, err := s.r.Read(p)
		if n == 0 {
			return 0, err
		}
		kept := p[:0]
		for _, c := range p[:n] {
			if !isNewline(c) {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			return len(kept), err
		}
	}
}
