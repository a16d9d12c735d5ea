package mime

import (
	"errors"
	"sort"
	"strings"
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

func trimLeftSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\v' || s[0] == '\f') {
		s = s[1:]
	}
	return s
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
		if _, dup := params[key]; dup {
			return "", nil, errors.New("mime: duplicate parameter name")
		}
		params[key] = value
		v = rest
	}
	return mediatype, params, nil
}

// FormatMediaType serializes media type t and parameters as a media type (RFC 2045),
// parameters sorted; "" if t or a parameter name is invalid.
func FormatMediaType(t string, param map[string]string) string {
	var b strings.Builder
	if major, sub, ok := strings.Cut(t, "/"); !ok {
		if !isToken(t) {
			return ""
		}
		b.WriteString(strings.ToLower(t))
	} else {
		if !isToken(major) || !isToken(sub) {
			return ""
		}
		b.WriteString(strings.ToLower(major))
		b.WriteByte('/')
		b.WriteString(strings.ToLower(sub))
	}
	keys := make([]string, 0, len(param))
	for k := range param {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		value := param[k]
		if !isToken(k) {
			return ""
		}
		b.WriteString("; ")
		b.WriteString(strings.ToLower(k))
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
