package json

import (
	"bytes"
	"io"
)

// Encoder writes one JSON value per Encode call to a stream.
type Encoder struct {
	w            io.Writer
	err          error
	escapeHTML   bool
	indentPrefix string
	indentValue  string
}

// NewEncoder writes JSON to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes v as JSON plus a newline.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	b, err := encode(v, enc.escapeHTML)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if enc.indentPrefix != "" || enc.indentValue != "" {
		var buf bytes.Buffer
		if err = Indent(&buf, b, enc.indentPrefix, enc.indentValue); err != nil {
			return err
		}
		b = buf.Bytes()
	}
	if _, err = enc.w.Write(b); err != nil {
		enc.err = err
	}
	return err
}

// SetIndent makes later Encode calls pretty-print, as Indent(dst, src, prefix, indent) would.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.indentPrefix = prefix
	enc.indentValue = indent
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
	r                     io.Reader
	buf                   []byte
	scanp                 int   // buf[scanp:] is not decoded yet
	scanned               int64 // bytes consumed before buf[0]
	scan                  *scanner
	err                   error
	useNumber             bool
	disallowUnknownFields bool

	tokenState int
	tokenStack []int
}

// NewDecoder reads JSON from r (with its own buffering, so it may read ahead).
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber makes numbers decoded into interface values Numbers instead of float64s.
func (dec *Decoder) UseNumber() { dec.useNumber = true }

// DisallowUnknownFields makes Decode fail on an object key that matches no exported field
// of the target struct.
func (dec *Decoder) DisallowUnknownFields() { dec.disallowUnknownFields = true }

// Decode reads the next JSON value from the stream and stores it where v points.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		return &SyntaxError{msg: "not at beginning of value", Offset: dec.InputOffset()}
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	data := dec.buf[dec.scanp : dec.scanp+n]
	dec.scanp += n
	err = decode(data, v, dec.useNumber, dec.disallowUnknownFields, false)
	dec.tokenValueEnd()
	return err
}

// Buffered gives the input the decoder has read ahead but not yet decoded.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.scanp:])
}

// readValue reads one whole JSON value into dec.buf and returns its length.
func (dec *Decoder) readValue() (int, error) {
	if dec.scan == nil {
		dec.scan = newScanner()
	}
	scanReset(dec.scan)
	scanp := dec.scanp
	var err error
	for {
		end, done, serr := scanFeed(dec.scan, dec.buf, scanp)
		if serr != nil {
			dec.err = serr
			return 0, serr
		}
		scanp = end
		if done {
			break
		}
		if err != nil {
			if err == io.EOF {
				if scanEOF(dec.scan) {
					break
				}
				if nonSpace(dec.buf) {
					err = io.ErrUnexpectedEOF
				}
			}
			dec.err = err
			return 0, err
		}
		n := scanp - dec.scanp
		err = dec.refill()
		scanp = dec.scanp + n
	}
	return scanp - dec.scanp, nil
}

func (dec *Decoder) refill() error {
	// Drop the data already consumed.
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	// Grow the buffer when less than 512 bytes are free.
	const minRead = 512
	if cap(dec.buf)-len(dec.buf) < minRead {
		newBuf := make([]byte, len(dec.buf), 2*cap(dec.buf)+minRead)
		copy(newBuf, dec.buf)
		dec.buf = newBuf
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[0 : len(dec.buf)+n]
	return err
}

func nonSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// Token is one lexical item of a JSON stream: Delim, bool, float64, Number, string or nil.
type Token any

// The position of a Token-reading Decoder in the value structure.
const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

// tokenPrepareForDecode consumes the comma or colon Token has left before a value.
func (dec *Decoder) tokenPrepareForDecode() error {
	switch dec.tokenState {
	case tokenArrayComma:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ',' {
			return &SyntaxError{"expected comma after array element", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenArrayValue
	case tokenObjectColon:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ':' {
			return &SyntaxError{"expected colon after object key", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenObjectValue
	}
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokenState {
	case tokenArrayStart, tokenArrayValue:
		dec.tokenState = tokenArrayComma
	case tokenObjectValue:
		dec.tokenState = tokenObjectComma
	}
}

// Delim is one of the four bracket tokens: [ ] { }.
type Delim rune

func (d Delim) String() string {
	return string(d)
}

// Token hands out the input one token at a time, without commas and colons; after the
// last one: nil, io.EOF.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenStack = append(dec.tokenStack, dec.tokenState)
			if c == '[' {
				dec.tokenState = tokenArrayStart
			} else {
				dec.tokenState = tokenObjectStart
			}
			return Delim(c), nil
		case ']', '}':
			if c == ']' && dec.tokenState != tokenArrayStart && dec.tokenState != tokenArrayComma ||
				c == '}' && dec.tokenState != tokenObjectStart && dec.tokenState != tokenObjectComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
			dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
			dec.tokenValueEnd()
			return Delim(c), nil
		case ':':
			if dec.tokenState != tokenObjectColon {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = tokenObjectValue
			continue
		case ',':
			switch dec.tokenState {
			case tokenArrayComma:
				dec.scanp++
				dec.tokenState = tokenArrayValue
				continue
			case tokenObjectComma:
				dec.scanp++
				dec.tokenState = tokenObjectKey
				continue
			}
			return dec.tokenError(c)
		}
		if c == '"' && (dec.tokenState == tokenObjectStart || dec.tokenState == tokenObjectKey) {
			var key string
			old := dec.tokenState
			dec.tokenState = tokenTopValue
			err := dec.Decode(&key)
			dec.tokenState = old
			if err != nil {
				return nil, err
			}
			dec.tokenState = tokenObjectColon
			return key, nil
		}
		if !dec.tokenValueAllowed() {
			return dec.tokenError(c)
		}
		var x any
		if err := dec.Decode(&x); err != nil {
			return nil, err
		}
		return x, nil
	}
}

func (dec *Decoder) tokenError(c byte) (Token, error) {
	var context string
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		context = " looking for beginning of value"
	case tokenArrayComma:
		context = " after array element"
	case tokenObjectKey:
		context = " looking for beginning of object key string"
	case tokenObjectColon:
		context = " after object key"
	case tokenObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, dec.InputOffset()}
}

// More: the array or object being read has another element.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// peek returns the next non-space byte without consuming it.
func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.scanp; i < len(dec.buf); i++ {
			c := dec.buf[i]
			if isSpace(c) {
				continue
			}
			dec.scanp = i
			return c, nil
		}
		// the whole buffer is tokenized: now an error, if any, is final
		if err != nil {
			return 0, err
		}
		err = dec.refill()
	}
}

// InputOffset is how many input bytes the decoder has consumed so far.
func (dec *Decoder) InputOffset() int64 {
	return dec.scanned + int64(dec.scanp)
}
