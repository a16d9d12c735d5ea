// Package html: escaping and unescaping of HTML text, as Go 1.19's package does it
// (UnescapeString follows the HTML standard's character reference rules, outside attributes).
package html

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

var escaper = strings.NewReplacer(`&`, "&amp;", `'`, "&#39;", `<`, "&lt;", `>`, "&gt;", `"`, "&#34;")

// EscapeString escapes <, >, &, ' and " as &lt;, &gt;, &amp;, &#39; and &#34;.
func EscapeString(s string) string { return escaper.Replace(s) }

// The entities, parsed from entityTable at the first unescape that needs them.
var (
	entitiesOnce sync.Once
	entities     map[string][2]rune
)

// longestLegacyEntity: references without a semicolon are at most this long.
const longestLegacyEntity = 6

func loadEntities() {
	fields := strings.Fields(entityTable)
	entities = make(map[string][2]rune, len(fields)/2)
	for i := 0; i+1 < len(fields); i += 2 {
		var v [2]rune
		for j, h := range strings.Split(fields[i+1], "+") {
			c, _ := strconv.ParseUint(h, 16, 32)
			v[j] = rune(c)
		}
		entities[fields[i]] = v
	}
}

// cp1252 holds what numeric references 0x80-0x9F stand for (the Windows-1252 characters).
var cp1252 = [32]rune{
	'\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
	'\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
	'\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
	'\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
}

// UnescapeString replaces character references such as "&lt;", "&eacute;" or "&#x41;" by
// the characters they stand for; anything that is not a reference stays as it is.
// UnescapeString(EscapeString(s)) == s always holds.
func UnescapeString(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	entitiesOnce.Do(loadEntities)
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[i:]
		n := reference(&b, s)
		if n == 0 { // not a reference: the '&' stays
			b.WriteByte('&')
			n = 1
		}
		s = s[n:]
		i = strings.IndexByte(s, '&')
	}
	b.WriteString(s)
	return b.String()
}

// reference writes what the reference at the start of s (at its '&') stands for and returns the
// bytes it took, or 0 when s does not start with one.
func reference(b *strings.Builder, s string) int {
	if len(s) <= 1 {
		return 0
	}
	if s[1] == '#' {
		return numericReference(b, s)
	}
	// A name: letters and digits, with the ';' that ends it.
	i := 1
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	name := s[1:i]
	if name == "" {
		return 0
	}
	if v, ok := entities[name]; ok {
		b.WriteRune(v[0])
		if v[1] != 0 {
			b.WriteRune(v[1])
		}
		return i
	}
	// The longest legacy reference (no semicolon) that starts the name: "&notit;" is "¬it;".
	for j := min(len(name)-1, longestLegacyEntity); j > 1; j-- {
		if v, ok := entities[name[:j]]; ok && v[1] == 0 {
			b.WriteRune(v[0])
			return j + 1
		}
	}
	b.WriteString(s[:i])
	return i
}

// numericReference handles "&#123;" and "&#x7B;" (the ';' is optional). As in Go 1.19, a
// reference must take at least four bytes ("&#x;" is U+FFFD, "&#5" followed by a non-digit is
// not a reference).
func numericReference(b *strings.Builder, s string) int {
	if len(s) <= 3 {
		return 0
	}
	i, base := 2, rune(10)
	if s[i] == 'x' || s[i] == 'X' {
		base = 16
		i++
	}
	x := rune(0)
	for ; i < len(s); i++ {
		d := digitValue(s[i])
		if d >= base {
			if s[i] == ';' {
				i++
			}
			break
		}
		x = x*base + d // wraps as rune arithmetic does
	}
	if i <= 3 {
		return 0
	}
	switch {
	case 0x80 <= x && x <= 0x9F:
		x = cp1252[x-0x80]
	case x == 0 || 0xD800 <= x && x <= 0xDFFF || x > utf8.MaxRune:
		x = utf8.RuneError
	}
	b.WriteRune(x)
	return i
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// digitValue returns the value of a hexadecimal digit, or 16 for any other byte.
func digitValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return 16
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}
