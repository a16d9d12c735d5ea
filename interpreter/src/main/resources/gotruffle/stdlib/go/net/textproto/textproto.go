// Package textproto: the header and line handling shared by text protocols such as HTTP
// (MIMEHeader, canonical header keys, a line and header reader).
package textproto

import (
	"bufio"
	"internal/httpguts"
	"strconv"
)

// MIMEHeader maps canonical header keys to their values, MIME style.
type MIMEHeader map[string][]string

// Add appends value under key (canonicalized).
func (h MIMEHeader) Add(key, value string) {
	key = CanonicalMIMEHeaderKey(key)
	h[key] = append(h[key], value)
}

// Set makes value the only value under key (canonicalized).
func (h MIMEHeader) Set(key, value string) {
	h[CanonicalMIMEHeaderKey(key)] = []string{value}
}

// Get is the first value under key (canonicalized), or "".
func (h MIMEHeader) Get(key string) string {
	if h == nil {
		return ""
	}
	v := h[CanonicalMIMEHeaderKey(key)]
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// Values is every value stored under key (canonicalized).
func (h MIMEHeader) Values(key string) []string {
	if h == nil {
		return nil
	}
	return h[CanonicalMIMEHeaderKey(key)]
}

// Del removes key (canonicalized) and its values.
func (h MIMEHeader) Del(key string) {
	delete(h, CanonicalMIMEHeaderKey(key))
}

// ProtocolError: the peer broke the protocol (a bad reply, a connection closed early).
type ProtocolError string

func (p ProtocolError) Error() string { return string(p) }

// Error is a server's numeric reply with its message.
type Error struct {
	Code int
	Msg  string
}

func (e *Error) Error() string {
	s := strconv.Itoa(e.Code)
	for len(s) < 3 {
		s = "0" + s
	}
	return s + " " + e.Msg
}

// CanonicalMIMEHeaderKey upper-cases the first letter and each letter after a '-', and
// lower-cases the others ("accept-encoding" gives "Accept-Encoding"). A key with a space or
// another invalid byte comes back unchanged.
func CanonicalMIMEHeaderKey(s string) string {
	upper := true
	canonical := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !httpguts.IsTokenByte(c) {
			return s
		}
		if upper && 'a' <= c && c <= 'z' || !upper && 'A' <= c && c <= 'Z' {
			canonical = false
		}
		upper = c == '-'
	}
	if canonical {
		return s
	}
	b := []byte(s)
	upper = true
	for i, c := range b {
		if upper && 'a' <= c && c <= 'z' {
			b[i] = c - ('a' - 'A')
		} else if !upper && 'A' <= c && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
		upper = c == '-'
	}
	return string(b)
}

// TrimString strips ASCII blanks from both ends of s.
func TrimString(s string) string {
	for len(s) > 0 && isASCIISpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isASCIISpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

func isASCIISpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r'
}

// Reader reads the lines, dot-encoded blocks and headers of a text protocol.
type Reader struct {
	R   *bufio.Reader
	buf []byte
}

// NewReader reads protocol lines from r.
func NewReader(r *bufio.Reader) *Reader {
	return &Reader{R: r}
}

// ReadLine reads a single line from r, without the final \n or \r\n.
func (r *Reader) ReadLine() (string, error) {
	line, err := r.readLineSlice()
	return string(line), err
}

// ReadLineBytes is ReadLine giving bytes.
func (r *Reader) ReadLineBytes() ([]byte, error) {
	line, err := r.readLineSlice()
	if line != nil {
		line = append([]byte(nil), line...)
	}
	return line, err
}

func (r *Reader) readLineSlice() ([]byte, error) {
	var line []byte
	for {
		l, more, err := r.R.ReadLine()
		if err != nil {
			return nil, err
		}
		if line == nil && !more {
			return l, nil
		}
		line = append(line, l...)
		if !more {
			return line, nil
		}
	}
}

// ReadContinuedLine reads a possibly continued line (continuation lines start with a space
// or tab) and returns it joined by single spaces, trimmed.
func (r *Reader) ReadContinuedLine() (string, error) {
	line, err := r.readContinued(nil)
	return string(line), err
}

func trimBytes(s []byte) []byte {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

func (r *Reader) readContinued(validate func([]byte) error) ([]byte, error) {
	line, err := r.readLineSlice()
	if err != nil {
		return nil, err
	}
	if len(line) == 0 {
		return line, nil
	}
	if validate != nil {
		if err := validate(line); err != nil {
			return nil, err
		}
	}
	// Most headers have no continuation: the next line starts with a letter or ends the block.
	if r.R.Buffered() > 1 {
		peek, _ := r.R.Peek(2)
		if len(peek) > 0 && (isLetter(peek[0]) || peek[0] == '\n') || len(peek) == 2 && peek[0] == '\r' && peek[1] == '\n' {
			return trimBytes(line), nil
		}
	}
	r.buf = append(r.buf[:0], trimBytes(line)...)
	for r.skipSpace() > 0 {
		l, err := r.readLineSlice()
		if err != nil {
			break
		}
		r.buf = append(r.buf, ' ')
		r.buf = append(r.buf, trimBytes(l)...)
	}
	return r.buf, nil
}

func isLetter(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

func (r *Reader) skipSpace() int {
	n := 0
	for {
		c, err := r.R.ReadByte()
		if err != nil {
			break
		}
		if c != ' ' && c != '\t' {
			r.R.UnreadByte()
			break
		}
		n++
	}
	return n
}

func needColon(line []byte) error {
	for _, c := range line {
		if c == ':' {
			return nil
		}
	}
	return ProtocolError("malformed MIME header: missing colon: " + strconv.Quote(string(line)))
}

// ReadMIMEHeader reads a MIME-style header: lines "Key: value" (possibly continued) up to a
// blank line.
func (r *Reader) ReadMIMEHeader() (MIMEHeader, error) {
	m := make(MIMEHeader, 4)
	if buf, err := r.R.Peek(1); err == nil && (buf[0] == ' ' || buf[0] == '\t') {
		line, err := r.readLineSlice()
		if err != nil {
			return m, err
		}
		return m, ProtocolError("malformed MIME header initial line: " + string(line))
	}
	for {
		kv, err := r.readContinued(needColon)
		if len(kv) == 0 {
			return m, err
		}
		i := 0
		for i < len(kv) && kv[i] != ':' {
			i++
		}
		if i == len(kv) {
			return m, ProtocolError("malformed MIME header line: " + string(kv))
		}
		key := CanonicalMIMEHeaderKey(string(kv[:i]))
		if key == "" {
			continue
		}
		v := kv[i+1:]
		for len(v) > 0 && (v[0] == ' ' || v[0] == '\t') {
			v = v[1:]
		}
		value := string(v)
		m[key] = append(m[key], value)
		if err != nil {
			return m, err
		}
	}
}

