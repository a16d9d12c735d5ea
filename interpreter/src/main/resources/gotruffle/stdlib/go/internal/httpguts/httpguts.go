// Package httpguts: the lexical rules of HTTP shared by net/textproto, net/http and mime
// (Go's golang.org/x/net/http/httpguts), and path cleaning for net/url and net/http.
package httpguts

// IsTokenByte reports whether b may appear in a token (RFC 7230: header names, methods).
func IsTokenByte(b byte) bool {
	if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' {
		return true
	}
	switch b {
	case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~':
		return true
	}
	return false
}

// IsToken reports whether s is a non-empty token.
func IsToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !IsTokenByte(s[i]) {
			return false
		}
	}
	return true
}

// ValidHeaderFieldValue reports whether v may be sent as a header value (no control
// characters other than tab).
func ValidHeaderFieldValue(v string) bool {
	for i := 0; i < len(v); i++ {
		b := v[i]
		if b < ' ' && b != '\t' || b == 0x7f {
			return false
		}
	}
	return true
}

// isClean reports whether CleanPath would return p unchanged: "/" or a rooted or relative
// path without empty, "." or ".." elements and without a trailing slash.
func isClean(p string) bool {
	if p == "/" {
		return true
	}
	if p[len(p)-1] == '/' {
		return false
	}
	start := 0
	if p[0] == '/' {
		start = 1
	}
	segStart := start
	for i := start; i <= len(p); i++ {
		if i == len(p) || p[i] == '/' {
			seg := p[segStart:i]
			if seg == "" || seg == "." || seg == ".." {
				return false
			}
			segStart = i + 1
		}
	}
	return true
}

// CleanPath is path.Clean: the shortest path equivalent to p (no repeated slashes, "."
// elements, or ".." elements where avoidable); "." for an empty path.
func CleanPath(p string) string {
	if p == "" {
		return "."
	}
	if isClean(p) {
		return p
	}
	rooted := p[0] == '/'
	var out []string
	start := 0
	for i := 0; i <= len(p); i++ {
		if i < len(p) && p[i] != '/' {
			continue
		}
		s := p[start:i]
		start = i + 1
		switch s {
		case "", ".":
		case "..":
			if len(out) > 0 && out[len(out)-1] != ".." {
				out = out[:len(out)-1]
			} else if !rooted {
				out = append(out, "..")
			}
		default:
			out = append(out, s)
		}
	}
	r := ""
	for i, s := range out {
		if i > 0 {
			r += "/"
		}
		r += s
	}
	if rooted {
		return "/" + r
	}
	if r == "" {
		return "."
	}
	return r
}

// headOnly are the fields that must arrive in the head (framing, routing, authentication,
// caching, content description; RFC 7230 section 4.1.2): a trailer by one of these names is
// dropped, as is any If-* one.
var headOnly = map[string]bool{
	"Authorization": true, "Cache-Control": true, "Connection": true, "Content-Encoding": true,
	"Content-Length": true, "Content-Range": true, "Content-Type": true, "Expect": true,
	"Host": true, "Keep-Alive": true, "Max-Forwards": true, "Pragma": true,
	"Proxy-Authenticate": true, "Proxy-Authorization": true, "Proxy-Connection": true,
	"Range": true, "Realm": true, "Te": true, "Trailer": true, "Transfer-Encoding": true,
	"Www-Authenticate": true,
}

// TrailerAllowed reports whether a field of this canonical name may be sent as a trailer.
func TrailerAllowed(canonical string) bool {
	return !headOnly[canonical] && !(len(canonical) >= 3 && canonical[:3] == "If-")
}
