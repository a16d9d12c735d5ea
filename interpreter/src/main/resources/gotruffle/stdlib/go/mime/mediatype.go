package mime

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// ErrInvalidMediaParameter is returned by ParseMediaType for a malformed parameter; the media
// type is still returned.
var ErrInvalidMediaParameter = errors.New("mime: invalid media parameter")

func isTSpecial(c byte) bool {
	return strings.IndexByte(`()<>@,;:\"/[]?=`, c) >= 0
}

func isTokenChar(c byte) bool {
	return c > 0x20 && c < 0x7f && !isTSpecial(c)
}

// isToken: RFC 2045 tokens (which, unlike HTTP's, may contain '{' and '}').
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTokenChar(s[i]) {
			return false
		}
	}
	return true
}

func consumeToken(v string) (token, rest string) {
	i := 0
	for i < len(v) && isTokenChar(v[i]) {
		i++
	}
	return v[:i], v[i:]
}

func consumeValue(v string) (value, rest string) {
	if v == "" {
		return
	}
	if v[0] != '"' {
		return consumeToken(v)
	}
	var b strings.Builder
	for i := 1; i < len(v); i++ {
		c := v[i]
		if c == '"' {
			return b.String(), v[i+1:]
		}
		// A backslash escapes only a special character (MSIE sends bare paths).
		if c == '\\' && i+1 < len(v) && isTSpecial(v[i+1]) {
			b.WriteByte(v[i+1])
			i++
			continue
		}
		if c == '\r' || c == '\n' {
			return "", v
		}
		b.WriteByte(c)
	}
	return "", v
}

// trimLeftSpace drops leading white space (Unicode's, as Go's parser does).
func trimLeftSpace(s string) string {
	return strings.TrimLeftFunc(s, unicode.IsSpace)
}

func consumeParam(v string) (param, value, rest string) {
	rest = trimLeftSpace(v)
	if !strings.HasPrefix(rest, ";") {
		return "", "", v
	}
	rest = trimLeftSpace(rest[1:])
	param, rest = consumeToken(rest)
	param = strings.ToLower(param)
	if param == "" {
		return "", "", v
	}
	rest = trimLeftSpace(rest)
	if !strings.HasPrefix(rest, "=") {
		return "", "", v
	}
	rest = trimLeftSpace(rest[1:])
	value, rest2 := consumeValue(rest)
	if value == "" && rest2 == rest {
		return "", "", v
	}
	return param, value, rest2
}

// ParseMediaType parses a media type value and its parameters ("text/html; charset=utf-8");
// the type is lower-cased, as are parameter names.
func ParseMediaType(v string) (mediatype string, params map[string]string, err error) {
	base, _, _ := strings.Cut(v, ";")
	mediatype = strings.TrimSpace(strings.ToLower(base))
	typ, rest := consumeToken(mediatype)
	if typ == "" {
		return "", nil, errors.New("mime: no media type")
	}
	if rest != "" {
		if !strings.HasPrefix(rest, "/") {
			return "", nil, errors.New("mime: expected slash after first token")
		}
		sub, rest2 := consumeToken(rest[1:])
		if sub == "" {
			return "", nil, errors.New("mime: expected token after slash")
		}
		if rest2 != "" {
			return "", nil, errors.New("mime: unexpected content after media subtype")
		}
	}
	params = make(map[string]string)
	// RFC 2231 pieces ("name*", "name*0", "name*1*", ...), by the name they make up
	var pieces map[string]map[string]string
	v = v[len(base):]
	for len(v) > 0 {
		v = trimLeftSpace(v)
		if len(v) == 0 {
			break
		}
		key, value, rest := consumeParam(v)
		if key == "" {
			if strings.TrimSpace(rest) == ";" {
				break // a trailing semicolon is fine
			}
			return mediatype, nil, ErrInvalidMediaParameter
		}
		into := params
		if name, _, star := strings.Cut(key, "*"); star {
			if pieces == nil {
				pieces = map[string]map[string]string{}
			}
			if pieces[name] == nil {
				pieces[name] = map[string]string{}
			}
			into = pieces[name]
		}
		if _, dup := into[key]; dup {
			return "", nil, errors.New("mime: duplicate parameter name")
		}
		into[key] = value
		v = rest
	}
	for name, parts := range pieces {
		if value, whole := parts[name+"*"]; whole {
			if text, ok := decodeExtValue(value); ok {
				params[name] = text
			}
			continue
		}
		if text, any := joinPieces(name, parts); any {
			params[name] = text
		}
	}
	return mediatype, params, nil
}

// joinPieces joins the numbered pieces of an RFC 2231 continued parameter, from name*0 up to
// the first number missing; "name*N*" pieces are percent-encoded, the first one with its
// charset and language. Pieces that do not decode add nothing.
func joinPieces(name string, parts map[string]string) (string, bool) {
	var b strings.Builder
	n := 0
	for ; ; n++ {
		key := name + "*" + strconv.Itoa(n)
		if plain, ok := parts[key]; ok {
			b.WriteString(plain)
			continue
		}
		encoded, ok := parts[key+"*"]
		if !ok {
			break
		}
		if n == 0 {
			text, _ := decodeExtValue(encoded)
			b.WriteString(text)
		} else {
			text, _ := unescapePercents(encoded)
			b.WriteString(text)
		}
	}
	return b.String(), n > 0
}

// decodeExtValue decodes an RFC 2231 extended value charset'language'text, for the charsets
// us-ascii and utf-8 only (the language is dropped).
func decodeExtValue(v string) (string, bool) {
	charset, rest, ok1 := strings.Cut(v, "'")
	_, text, ok2 := strings.Cut(rest, "'")
	if !ok1 || !ok2 {
		return "", false
	}
	switch strings.ToLower(charset) {
	case "us-ascii", "utf-8":
	default:
		return "", false
	}
	decoded, err := unescapePercents(text)
	return decoded, err == nil
}

// hexDigit is the value of a hex digit (either case).
func hexDigit(c byte) (byte, bool) {
	i := strings.IndexByte("0123456789abcdefABCDEF", c)
	if i >= 16 {
		i -= 6
	}
	return byte(i), i >= 0
}

// unescapePercents decodes %XX escapes; a "%" not followed by two hex digits is an error.
func unescapePercents(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			out = append(out, s[i])
			continue
		}
		var hi, lo byte
		ok := i+2 < len(s)
		if ok {
			var ok2 bool
			hi, ok = hexDigit(s[i+1])
			lo, ok2 = hexDigit(s[i+2])
			ok = ok && ok2
		}
		if !ok {
			bad := s[i:]
			if len(bad) > 3 {
				bad = bad[:3]
			}
			return "", fmt.Errorf("mime: bogus characters after %%: %q", bad)
		}
		out = append(out, hi<<4|lo)
		i += 2
	}
	return string(out), nil
}

// FormatMediaType serializes media type t and parameters as a media type (RFC 2045),
// parameters sorted; "" if t or a parameter name is invalid.
func FormatMediaType(t string, param map[string]string) string {
	major, sub, slash := strings.Cut(t, "/")
	if !isToken(major) || slash && !isToken(sub) {
		return ""
	}
	var b strings.Builder
	b.WriteString(strings.ToLower(t))
	keys := make([]string, 0, len(param))
	for name := range param {
		keys = append(keys, name)
	}
	sort.Strings(keys)
	for _, k := range keys {
		value := param[k]
		if !isToken(k) {
			return ""
		}
		b.WriteString("; ")
		b.WriteString(strings.ToLower(k))
		if needsExtValue(value) {
			b.WriteString("*=utf-8''")
			for i := 0; i < len(value); i++ {
				c := value[i]
				if c <= ' ' || c >= 0x7f || c == '*' || c == '\'' || c == '%' || isTSpecial(c) {
					b.WriteString("%" + upperHex[c>>4:c>>4+1] + upperHex[c&15:c&15+1])
				} else {
					b.WriteByte(c)
				}
			}
			continue
		}
		b.WriteByte('=')
		if isToken(value) {
			b.WriteString(value)
			continue
		}
		b.WriteByte('"')
		for i := 0; i < len(value); i++ {
			if value[i] == '"' || value[i] == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(value[i])
		}
		b.WriteByte('"')
	}
	return b.String()
}

const upperHex = "0123456789ABCDEF"

// needsExtValue: value holds a byte that a quoted string cannot carry (a control other than
// tab, or non-ASCII), so FormatMediaType writes it as an RFC 2231 utf-8 extended value.
func needsExtValue(value string) bool {
	for _, r := range value {
		if r != '\t' && (r < ' ' || r > '~') {
			return true
		}
	}
	return false
}
