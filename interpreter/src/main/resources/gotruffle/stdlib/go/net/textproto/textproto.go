// Package textproto: the header and line handling shared by text protocols such as HTTP
// (MIMEHeader, canonical header keys, a line and header reader).
package textproto

import (
	"bufio"
	"errors"
	"internal/httpguts"
	"internal/mimeheader"
	"strconv"
)

// MIMEHeader maps canonical header keys to their values, MIME style.
type MIMEHeader map[string][]string

// Add appends value under key (canonicalized).
func (h MIMEHeader) Add(key, value string) {
	k := CanonicalMIMEHeaderKey(key)
	h[k] = append(h[k], value)
}

// Set makes value the only value under key (canonicalized).
func (h MIMEHeader) Set(key, value string) { h[CanonicalMIMEHeaderKey(key)] = []string{value} }

// Get is the first value under key (canonicalized), or "".
func (h MIMEHeader) Get(key string) string {
	if values := h.Values(key); len(values) > 0 {
		return values[0]
	}
	return ""
}

// Values is every value stored under key (canonicalized); reading a nil header is fine.
func (h MIMEHeader) Values(key string) []string { return h[CanonicalMIMEHeaderKey(key)] }

// Del removes key (canonicalized) and its values.
func (h MIMEHeader) Del(key string) { delete(h, CanonicalMIMEHeaderKey(key)) }

// ProtocolError: the peer broke the protocol (a bad reply, a connection closed early).
type ProtocolError string

func (p ProtocolError) Error() string { return string(p) }

// Error is a server's numeric reply with its message.
type Error struct {
	Code int
	Msg  string
}

// Error writes the code with at least three digits (a sign counts as one, as %03d does).
func (e *Error) Error() string {
	digits := strconv.Itoa(e.Code)
	sign := ""
	if e.Code < 0 {
		sign, digits = "-", digits[1:]
	}
	for len(sign)+len(digits) < 3 {
		digits = "0" + digits
	}
	return sign + digits + " " + e.Msg
}

// CanonicalMIMEHeaderKey upper-cases the first letter and each letter after a '-', and
// lower-cases the others ("accept-encoding" gives "Accept-Encoding"). A key with a space or
// another byte that is not a token byte comes back unchanged. One pass; a copy is made only
// at the first byte whose case changes (most keys arrive canonical).
func CanonicalMIMEHeaderKey(s string) string {
	var out []byte
	wordStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !httpguts.IsTokenByte(c) {
			return s
		}
		want := c
		if wordStart && 'a' <= c && c <= 'z' {
			want = c - 'a' + 'A'
		} else if !wordStart && 'A' <= c && c <= 'Z' {
			want = c - 'A' + 'a'
		}
		if want != c && out == nil {
			out = []byte(s)
		}
		if out != nil {
			out[i] = want
		}
		wordStart = c == '-'
	}
	if out == nil {
		return s
	}
	return string(out)
}

// isBlank: the bytes TrimString strips (the ASCII blanks of RFC 5322, CR and LF included).
func isBlank(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// TrimString strips ASCII blanks from both ends of s.
func TrimString(s string) string {
	start, end := 0, len(s)
	for start < end && isBlank(s[start]) {
		start++
	}
	for end > start && isBlank(s[end-1]) {
		end--
	}
	return s[start:end]
}

// trimBytes strips spaces and tabs from both ends of a line (a sub-slice, no copy). Unlike
// TrimString it keeps a CR: inside a line that is part of the text ("\rKey: v" has the key
// "\rKey" in Go).
func trimBytes(b []byte) []byte {
	start, end := 0, len(b)
	for start < end && (b[start] == ' ' || b[start] == '\t') {
		start++
	}
	for end > start && (b[end-1] == ' ' || b[end-1] == '\t') {
		end--
	}
	return b[start:end]
}

// Reader reads the lines, dot-encoded blocks and headers of a text protocol.
type Reader struct {
	R   *bufio.Reader
	buf []byte // the line being assembled from continuation lines, reused
}

// NewReader reads protocol lines from r.
func NewReader(r *bufio.Reader) *Reader {
	return &Reader{R: r}
}

// ReadLine reads a single line from r, without the final \n or \r\n.
func (r *Reader) ReadLine() (string, error) {
	line, err := r.nextLine()
	return string(line), err
}

// ReadLineBytes is ReadLine giving bytes (a copy; nil at an error).
func (r *Reader) ReadLineBytes() ([]byte, error) {
	line, err := r.nextLine()
	if err != nil {
		return nil, err
	}
	return append([]byte{}, line...), nil
}

// nextLine returns the next line without its end. A line longer than the bufio.Reader's
// buffer arrives in pieces, which are joined; the result may share the reader's buffer.
func (r *Reader) nextLine() ([]byte, error) {
	piece, partial, err := r.R.ReadLine()
	if err != nil {
		return nil, err
	}
	if !partial {
		return piece, nil
	}
	whole := append([]byte{}, piece...)
	for partial {
		if piece, partial, err = r.R.ReadLine(); err != nil {
			return nil, err
		}
		whole = append(whole, piece...)
	}
	return whole, nil
}

// ReadContinuedLine reads a possibly continued line (continuation lines start with a space
// or tab) and returns it joined by single spaces, trimmed.
func (r *Reader) ReadContinuedLine() (string, error) {
	line, err := r.continuedLine(nil)
	return string(line), err
}

// continuedLine reads a line and the continuation lines after it (they start with a space
// or a tab), each trimmed, joined by one space. check, when given, sees the first line
// before anything more is read. An empty first line is returned as it is (it ends a header).
func (r *Reader) continuedLine(check func([]byte) error) ([]byte, error) {
	first, err := r.nextLine()
	if err != nil || len(first) == 0 {
		return first, err
	}
	if check != nil {
		if err := check(first); err != nil {
			return nil, err
		}
	}
	if r.noContinuation() {
		return trimBytes(first), nil
	}
	r.buf = append(r.buf[:0], trimBytes(first)...)
	for r.skipBlanks() {
		more, err := r.nextLine()
		if err != nil {
			break
		}
		r.buf = append(append(r.buf, ' '), trimBytes(more)...)
	}
	return r.buf, nil
}

// noContinuation reports, from bytes already buffered, that the next line surely does not
// continue this one: it starts with a letter or is the empty line that ends a header. The
// common case, which needs no copy of the line.
func (r *Reader) noContinuation() bool {
	if r.R.Buffered() < 2 {
		return false
	}
	next, _ := r.R.Peek(2)
	c := next[0]
	return 'a' <= c|0x20 && c|0x20 <= 'z' || c == '\n' || c == '\r' && next[1] == '\n'
}

// skipBlanks consumes the spaces and tabs at the reader's position; true if there were any.
func (r *Reader) skipBlanks() bool {
	skipped := false
	for {
		c, err := r.R.ReadByte()
		if err != nil {
			return skipped
		}
		if c != ' ' && c != '\t' {
			r.R.UnreadByte()
			return skipped
		}
		skipped = true
	}
}

// colonIndex is the index of the first ':' in line, -1 if none.
func colonIndex(line []byte) int {
	for i, c := range line {
		if c == ':' {
			return i
		}
	}
	return -1
}

func requireColon(line []byte) error {
	if colonIndex(line) < 0 {
		return ProtocolError("malformed MIME header: missing colon: " + strconv.Quote(string(line)))
	}
	return nil
}

// ReadMIMEHeader reads a MIME-style header: lines "Key: value" (possibly continued) up to a
// blank line. Keys are canonicalized (an empty key is skipped), values lose their leading
// blanks. On an error the header read so far comes back with it.
func (r *Reader) ReadMIMEHeader() (MIMEHeader, error) {
	return r.readMIMEHeader(1<<63-1, 1<<63-1)
}

// errHeaderTooLarge: a header past the budget of readMIMEHeader (mime/multipart turns the
// text into its ErrMessageTooLarge).
var errHeaderTooLarge = errors.New("message too large")

// readMIMEHeader is ReadMIMEHeader within a budget, as mime/multipart reads part headers:
// maxFields non-empty fields, and maxBytes for the map (400 for the map itself, 200 and the
// key's length for each key, the length of every value).
func (r *Reader) readMIMEHeader(maxBytes, maxFields int64) (MIMEHeader, error) {
	header := make(MIMEHeader, 4)
	// A header may not start with a continuation line.
	if next, err := r.R.Peek(1); err == nil && (next[0] == ' ' || next[0] == '\t') {
		line, err := r.nextLine()
		if err == nil {
			err = ProtocolError("malformed MIME header initial line: " + string(line))
		}
		return header, err
	}
	maxBytes -= 400
	for {
		field, err := r.continuedLine(requireColon)
		if len(field) == 0 {
			return header, err
		}
		colon := colonIndex(field)
		if colon < 0 {
			return header, ProtocolError("malformed MIME header line: " + string(field))
		}
		key := CanonicalMIMEHeaderKey(string(field[:colon]))
		if key == "" {
			continue
		}
		if maxFields--; maxFields < 0 {
			return nil, errHeaderTooLarge
		}
		value := field[colon+1:]
		for len(value) > 0 && (value[0] == ' ' || value[0] == '\t') {
			value = value[1:]
		}
		if _, seen := header[key]; !seen {
			maxBytes -= int64(len(key)) + 200
		}
		if maxBytes -= int64(len(value)); maxBytes < 0 {
			return header, errHeaderTooLarge
		}
		header[key] = append(header[key], string(value))
		// (err is nil here: continuedLine fails only with an empty result)
	}
}

// mime/multipart reads part headers with a budget through this hook (Go links to the
// unexported function instead).
func init() {
	mimeheader.ReadLimited = func(br *bufio.Reader, maxBytes, maxFields int64) (map[string][]string, error) {
		return NewReader(br).readMIMEHeader(maxBytes, maxFields)
	}
}
