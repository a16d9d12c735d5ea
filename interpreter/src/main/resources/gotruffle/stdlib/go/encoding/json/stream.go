package json

import (
	"bytes"
	"io"
)

// Encoder writes one JSON value per Encode call to a stream.
type Encoder struct {
	w          io.Writer
	err        error // the first write error; every later Encode returns it
	escapeHTML bool
	prefix     string
	indent     string
}

// NewEncoder writes JSON to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes v as JSON plus a newline. A failed write sticks; a value that cannot be
// encoded writes nothing and does not.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	text, err := encode(v, enc.escapeHTML)
	if err == nil && (enc.prefix != "" || enc.indent != "") {
		text, err = indentJSON(text, enc.prefix, enc.indent)
	}
	if err != nil {
		return err
	}
	_, enc.err = enc.w.Write(append(text, '\n'))
	return enc.err
}

// SetIndent makes later Encode calls pretty-print, as Indent(dst, src, prefix, indent) would.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix, enc.indent = prefix, indent
}

// SetEscapeHTML chooses whether <, > and & in strings are written as \u escapes (the default is yes).
func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.escapeHTML = on
}

// scanner is the Java scanner (JsonScanner) a Decoder finds the end of each value with.
type scanner struct{}

func newScanner() *scanner

// scanFeed steps s over buf[from:] until a value ends: it returns the index just past the
// value (done), or len(buf) when more input is needed, or a syntax error.
func scanFeed(s *scanner, buf []byte, from int) (end int, done bool, err error)

// scanEOF tells s the input ended: whether the value scanned so far is complete.
func scanEOF(s *scanner) bool

func scanReset(s *scanner)

func quoteChar(c byte) string

// Decoder reads a stream of JSON values, one per Decode call.
type Decoder struct {
	r        io.Reader
	buf      []byte // input read so far and not yet dropped
	pos      int    // buf[pos:] is not consumed yet
	dropped  int64  // bytes dropped from the front of buf
	scan     *scanner
	err      error // a read or syntax error of Decode; final
	numbers  bool
	strict   bool
	open     []byte // Token: the enclosing '[' and '{', innermost last
	expected int    // Token: what may come next, see expectValue...
}

// What a Token-reading Decoder expects next inside open's innermost bracket.
const (
	expectValue  = iota // a value: at top level, after a ',' in an array, after a ':'
	expectFirst         // just after '[' or '{': the first element or the closing bracket
	expectKey           // after a ',' in an object: a key string
	expectColon         // after a key
	expectFollow        // after an element: a ',' or the closing bracket
)

// NewDecoder reads JSON from r (with its own buffering, so it may read ahead).
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber makes numbers decoded into interface values Numbers instead of float64s.
func (dec *Decoder) UseNumber() { dec.numbers = true }

// DisallowUnknownFields makes Decode fail on an object key that matches no exported field
// of the target struct.
func (dec *Decoder) DisallowUnknownFields() { dec.strict = true }

// Decode reads the next JSON value from the stream and stores it where v points.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.skipSeparator(); err != nil {
		return err
	}
	if !dec.valueAllowed() {
		return &SyntaxError{msg: "not at beginning of value", Offset: dec.InputOffset()}
	}
	err := dec.decodeNext(v)
	if dec.err == nil {
		dec.elementDone()
	}
	return err
}

// decodeNext reads one value and stores it into v, with no Token bookkeeping.
func (dec *Decoder) decodeNext(v any) error {
	if dec.err != nil {
		return dec.err
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	text := dec.buf[dec.pos : dec.pos+n]
	dec.pos += n
	return decode(text, v, dec.numbers, dec.strict, false)
}

// Buffered gives the input the decoder has read ahead but not yet decoded.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.pos:])
}

// readValue reads until buf[pos:] starts with one whole JSON value and returns its length.
// A read error counts only once the bytes read with it are scanned: at the end of the input
// a number is complete, and what is not white space is an unexpected EOF.
func (dec *Decoder) readValue() (int, error) {
	if dec.scan == nil {
		dec.scan = newScanner()
	}
	scanReset(dec.scan)
	scanned := 0 // bytes of buf[pos:] the scanner has seen
	var readErr error
	for {
		end, done, err := scanFeed(dec.scan, dec.buf, dec.pos+scanned)
		if err == nil && !done && readErr != nil {
			err = readErr
			if err == io.EOF && scanEOF(dec.scan) {
				done = true
			} else if err == io.EOF && !allSpace(dec.buf) {
				err = io.ErrUnexpectedEOF
			}
		}
		if done {
			return end - dec.pos, nil
		}
		if err != nil {
			dec.err = err
			return 0, err
		}
		scanned = end - dec.pos
		readErr = dec.refill()
	}
}

// refill drops the consumed input, makes room for at least 512 more bytes and reads once.
func (dec *Decoder) refill() error {
	if dec.pos > 0 {
		dec.dropped += int64(dec.pos)
		dec.buf = dec.buf[:copy(dec.buf, dec.buf[dec.pos:])]
		dec.pos = 0
	}
	const minFree = 512
	if cap(dec.buf)-len(dec.buf) < minFree {
		grown := make([]byte, len(dec.buf), 2*cap(dec.buf)+minFree)
		copy(grown, dec.buf)
		dec.buf = grown
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[:len(dec.buf)+n]
	return err
}

func allSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return false
		}
	}
	return true
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// Token is one lexical item of a JSON stream: Delim, bool, float64, Number, string or nil.
type Token any

// Delim is one of the four bracket tokens: [ ] { }.
type Delim rune

func (d Delim) String() string {
	return string(d)
}

// inside is the innermost open bracket, 0 at top level.
func (dec *Decoder) inside() byte {
	if len(dec.open) == 0 {
		return 0
	}
	return dec.open[len(dec.open)-1]
}

// valueAllowed: a value (not a key) may come next.
func (dec *Decoder) valueAllowed() bool {
	return dec.expected == expectValue || dec.expected == expectFirst && dec.inside() == '['
}

// elementDone moves past a complete value: inside brackets a ',' or the closing one follows.
func (dec *Decoder) elementDone() {
	if len(dec.open) > 0 && dec.valueAllowed() {
		dec.expected = expectFollow
	}
}

// skipSeparator consumes the ',' or ':' a Decode between Tokens stands behind.
func (dec *Decoder) skipSeparator() error {
	var want byte
	var msg string
	switch {
	case dec.expected == expectFollow && dec.inside() == '[':
		want, msg = ',', "expected comma after array element"
	case dec.expected == expectColon:
		want, msg = ':', "expected colon after object key"
	default:
		return nil
	}
	c, err := dec.peek()
	if err != nil {
		return err
	}
	if c != want {
		return &SyntaxError{msg, dec.InputOffset()}
	}
	dec.pos++
	dec.expected = expectValue
	return nil
}

// Token hands out the input one token at a time, without commas and colons; after the
// last one: nil, io.EOF.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		in := dec.inside()
		switch {
		case c == '[' || c == '{':
			if !dec.valueAllowed() {
				return dec.tokenError(c)
			}
			dec.pos++
			dec.open = append(dec.open, c)
			dec.expected = expectFirst
			return Delim(c), nil
		case c == ']' || c == '}':
			if in != opener(c) || dec.expected != expectFirst && dec.expected != expectFollow {
				return dec.tokenError(c)
			}
			dec.pos++
			dec.open = dec.open[:len(dec.open)-1]
			dec.expected = expectValue
			dec.elementDone()
			return Delim(c), nil
		case c == ':' && dec.expected == expectColon:
			dec.pos++
			dec.expected = expectValue
		case c == ',' && dec.expected == expectFollow:
			dec.pos++
			dec.expected = expectValue
			if in == '{' {
				dec.expected = expectKey
			}
		case c == ':' || c == ',':
			return dec.tokenError(c)
		case c == '"' && in == '{' && (dec.expected == expectFirst || dec.expected == expectKey):
			var key string
			if err := dec.decodeNext(&key); err != nil {
				return nil, err
			}
			dec.expected = expectColon
			return key, nil
		case !dec.valueAllowed():
			return dec.tokenError(c)
		default:
			var x any
			if err := dec.Decode(&x); err != nil {
				return nil, err
			}
			return x, nil
		}
	}
}

// opener is the bracket a closing one closes.
func opener(c byte) byte {
	if c == ']' {
		return '['
	}
	return '{'
}

// tokenError is Token's syntax error for c where the stream stands; just after '{' Go
// names no place.
func (dec *Decoder) tokenError(c byte) (Token, error) {
	where := ""
	switch {
	case dec.valueAllowed():
		where = " looking for beginning of value"
	case dec.expected == expectFollow && dec.inside() == '[':
		where = " after array element"
	case dec.expected == expectFollow:
		where = " after object key:value pair"
	case dec.expected == expectKey:
		where = " looking for beginning of object key string"
	case dec.expected == expectColon:
		where = " after object key"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + where, dec.InputOffset()}
}

// More: the array or object being read has another element.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// peek returns the next byte that is not white space without consuming it, reading more
// input as needed; a read error counts once what came with it is used up. Trailing white
// space stays unconsumed.
func (dec *Decoder) peek() (byte, error) {
	var readErr error
	for {
		i := dec.pos
		for i < len(dec.buf) && isSpace(dec.buf[i]) {
			i++
		}
		if i < len(dec.buf) {
			dec.pos = i
			return dec.buf[i], nil
		}
		if readErr != nil {
			return 0, readErr
		}
		readErr = dec.refill()
	}
}

// InputOffset is how many input bytes the decoder has consumed so far.
func (dec *Decoder) InputOffset() int64 {
	return dec.dropped + int64(dec.pos)
}
