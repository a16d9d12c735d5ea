package http

import (
	"internal/httpguts"
	"io"
	"net/textproto"
	"sort"
	"strings"
	"time"
)

// Header maps canonical header names (see CanonicalHeaderKey) to their values.
type Header map[string][]string

// Add appends value to the list under key (canonicalized).
func (h Header) Add(key, value string) {
	k := CanonicalHeaderKey(key)
	h[k] = append(h[k], value)
}

// Set makes value the only value under key (canonicalized).
func (h Header) Set(key, value string) { h[CanonicalHeaderKey(key)] = []string{value} }

// Get is the first value under key (canonicalized), or "".
func (h Header) Get(key string) string { return h.get(CanonicalHeaderKey(key)) }

// Values is every value stored under key (canonicalized), shared, not copied.
func (h Header) Values(key string) []string { return h[CanonicalHeaderKey(key)] }

// get is Get for a key that is already canonical.
func (h Header) get(key string) (first string) {
	if vs := h[key]; len(vs) != 0 {
		first = vs[0]
	}
	return
}

// has: key is present, even with no values.
func (h Header) has(key string) bool {
	_, present := h[key]
	return present
}

// Del removes key (canonicalized) and its values.
func (h Header) Del(key string) { delete(h, CanonicalHeaderKey(key)) }

// Write emits h as "Key: value" lines ending in CRLF.
func (h Header) Write(w io.Writer) error {
	return h.WriteSubset(w, nil)
}

// Clone deep-copies h; nil stays nil, and so does a nil value list.
func (h Header) Clone() Header {
	if h == nil {
		return nil
	}
	c := make(Header, len(h))
	for k, vs := range h {
		if vs != nil {
			vs = append(make([]string, 0, len(vs)), vs...)
		}
		c[k] = vs
	}
	return c
}

// sortedKeys returns the keys of h not in exclude, sorted.
func (h Header) sortedKeys(exclude map[string]bool) []string {
	keys := make([]string, 0, len(h))
	for k := range h {
		if exclude == nil || !exclude[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// WriteSubset emits h in wire format, keys sorted, leaving out the keys exclude maps to true.
func (h Header) WriteSubset(w io.Writer, exclude map[string]bool) error {
	var b strings.Builder
	h.appendSubset(&b, exclude)
	_, err := io.WriteString(w, b.String())
	return err
}

func (h Header) appendSubset(b *strings.Builder, exclude map[string]bool) {
	b.WriteString(headerLines(h, exclude))
}

// headerLines is the wire text of h without the excluded keys and those that are not tokens
// (Go drops them): "Key: value\r\n" per value, keys sorted, CR and LF in values replaced by spaces, values trimmed (a Java native: every
// response's header goes through it).
func headerLines(h Header, exclude map[string]bool) string

// CanonicalHeaderKey spells key the way HTTP headers are usually written ("accept-encoding"
// gives "Accept-Encoding"); a key with a space or invalid byte comes back unchanged.
func CanonicalHeaderKey(s string) string { return textproto.CanonicalMIMEHeaderKey(s) }

// TimeFormat: how HTTP headers write times (always in UTC, "GMT").
const TimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

// ParseTime reads a header time in any of HTTP/1.1's three forms: TimeFormat,
// time.RFC850 or time.ANSIC; when none fits, the error is the one for time.ANSIC.
func ParseTime(text string) (t time.Time, err error) {
	for _, layout := range [...]string{TimeFormat, time.RFC850, time.ANSIC} {
		if t, err = time.Parse(layout, text); err == nil {
			break
		}
	}
	return
}

// hasToken reports whether token occurs in v, ASCII case ignored, with a space, tab, comma or an
// end of v on each side: how a Connection or Expect list is read ("foo close" holds close).
func hasToken(v, token string) bool {
	n := len(token)
	if n == 0 {
		return false
	}
	for start := 0; start+n <= len(v); start++ {
		end := start + n
		if (start == 0 || listSeparator(v[start-1])) && (end == len(v) || listSeparator(v[end])) &&
			sameASCIIFold(v[start:end], token) {
			return true
		}
	}
	return false
}

func listSeparator(b byte) bool { return b == ' ' || b == ',' || b == '\t' }

// sameASCIIFold compares a and b (of one length) with A-Z and a-z taken as equal.
func sameASCIIFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func isTokenByte(b byte) bool { return httpguts.IsTokenByte(b) }

func isToken(s string) bool { return httpguts.IsToken(s) }

func validHeaderFieldValue(v string) bool { return httpguts.ValidHeaderFieldValue(v) }
