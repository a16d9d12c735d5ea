// Package url: URL parsing, formatting and query escaping after RFC 3986, with Go 1.19's rules.
// Which bytes stay literal in which part of a URL is one table (literal), built at init.
package url

import (
	"errors"
	"internal/httpguts"
	"sort"
	"strconv"
	"strings"
)

// Error: Op ("parse", ...) on URL failed with Err.
type Error struct {
	Op  string
	URL string
	Err error
}

type timeoutError interface{ Timeout() bool }
type temporaryError interface{ Temporary() bool }

func (e *Error) Unwrap() error { return e.Err }
func (e *Error) Error() string { return e.Op + " " + strconv.Quote(e.URL) + ": " + e.Err.Error() }

// Timeout and Temporary pass on what Err says, false when it says nothing.
func (e *Error) Timeout() bool {
	if t, ok := e.Err.(timeoutError); ok {
		return t.Timeout()
	}
	return false
}

func (e *Error) Temporary() bool {
	if t, ok := e.Err.(temporaryError); ok {
		return t.Temporary()
	}
	return false
}

// EscapeError is returned for a malformed %-escape.
type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

// InvalidHostError is returned for a byte not allowed in a host.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

// part names a part of a URL, with its own escaping rules; each is one bit of literal's entries.
type part uint8

const (
	partPath part = 1 << iota
	partSegment
	partHost
	partZone
	partUserinfo
	partQuery
	partFragment
)

// literal[c] has the bit of every part in which byte c is written as itself (not %XX).
var literal [256]part

func init() {
	keep := func(mode part, bytes string) {
		for i := 0; i < len(bytes); i++ {
			literal[bytes[i]] |= mode
		}
	}
	all := partPath | partSegment | partHost | partZone | partUserinfo | partQuery | partFragment
	keep(all, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~")
	// RFC 3986's reserved characters, per part (the query component keeps none of them).
	keep(partPath, "$&+,/:;=@")
	keep(partSegment, "$&+:=@")
	keep(partUserinfo, "$&+,;=")
	keep(partFragment, "$&+,/:;=?@!()*")
	// A host keeps the sub-delims, ':' and the brackets of [v6]:port, and <>" as Go does.
	keep(partHost|partZone, "!$&'()*+,;=:[]<>\"")
}

func shouldEscape(c byte, mode part) bool { return literal[c]&mode == 0 }

// hexValue is the value of hex digit c, -1 when c is none.
func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

const upperhex = "0123456789ABCDEF"

// QueryUnescape undoes QueryEscape ("%AB" to a byte, "+" to a space).
func QueryUnescape(s string) (string, error) {
	return unescape(s, partQuery)
}

// PathUnescape undoes PathEscape ("%AB" to a byte; "+" stays).
func PathUnescape(s string) (string, error) {
	return unescape(s, partSegment)
}

// unescape decodes %XX (and '+' in a query) in one pass; the output is only built once the
// first byte that changes is met. Hosts are checked as well: a host may escape only
// non-ASCII bytes, a zone of an IPv6 literal also what a host may not hold literally.
func unescape(s string, mode part) (string, error) {
	inHost := mode == partHost || mode == partZone
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || hexValue(s[i+1]) < 0 || hexValue(s[i+2]) < 0 {
				end := i + 3
				if end > len(s) {
					end = len(s)
				}
				return "", EscapeError(s[i:end])
			}
			v := byte(hexValue(s[i+1])<<4 | hexValue(s[i+2]))
			if inHost && v != '%' {
				bad := v < 0x80
				if mode == partZone {
					bad = v != ' ' && shouldEscape(v, partHost)
				}
				if bad {
					return "", EscapeError(s[i : i+3])
				}
			}
			if out == nil {
				out = append(make([]byte, 0, len(s)), s[:i]...)
			}
			out = append(out, v)
			i += 2
			continue
		case c == '+' && mode == partQuery:
			c = ' '
		case inHost && c < 0x80 && shouldEscape(c, mode):
			return "", InvalidHostError(s[i : i+1])
		}
		if out != nil {
			out = append(out, c)
		} else if c != s[i] {
			out = append(append(make([]byte, 0, len(s)), s[:i]...), c)
		}
	}
	if out == nil {
		return s, nil
	}
	return string(out), nil
}

// QueryEscape escapes s for use in a query component ("a b" becomes "a+b").
func QueryEscape(s string) string {
	return escape(s, partQuery)
}

// PathEscape escapes s for use as one path segment ("a/b" becomes "a%2Fb").
func PathEscape(s string) string {
	return escape(s, partSegment)
}

func escape(s string, mode part) string {
	start := 0
	for start < len(s) && !shouldEscape(s[start], mode) {
		start++
	}
	if start == len(s) {
		return s
	}
	out := make([]byte, start, len(s)+2*(len(s)-start))
	copy(out, s)
	for i := start; i < len(s); i++ {
		switch c := s[i]; {
		case !shouldEscape(c, mode):
			out = append(out, c)
		case c == ' ' && mode == partQuery:
			out = append(out, '+')
		default:
			out = append(out, '%', upperhex[c>>4], upperhex[c&0xf])
		}
	}
	return string(out)
}

// A URL represents a parsed URL: scheme:[//[userinfo@]host][/]path[?query][#fragment], or
// scheme:opaque[?query][#fragment]. Path is kept decoded; RawPath, when set, is its encoded form.
type URL struct {
	Scheme      string
	Opaque      string    // encoded opaque data
	User        *Userinfo // user name and password, if given
	Host        string    // host or host:port
	Path        string    // decoded; a relative path may lack the leading '/'
	RawPath     string    // the encoded form of Path, when it is not the default part
	OmitHost    bool      // do not print "//" when Host is empty
	ForceQuery  bool      // print '?' even with an empty RawQuery
	RawQuery    string    // the query, encoded, after '?'
	Fragment    string    // decoded, after '#'
	RawFragment string    // the encoded form of Fragment, when it is not the default part
}

// Userinfo is the immutable user name and optional password of a URL.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// User returns a Userinfo with a user name and no password.
func User(username string) *Userinfo {
	return &Userinfo{username: username}
}

// UserPassword returns a Userinfo with a user name and a password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username: username, password: password, passwordSet: true}
}

// noUser stands in for a nil *Userinfo: every accessor answers as for an empty one.
var noUser Userinfo

func (u *Userinfo) orEmpty() *Userinfo {
	if u == nil {
		return &noUser
	}
	return u
}

// Username returns the user name.
func (u *Userinfo) Username() string { return u.orEmpty().username }

// Password returns the password and whether it is set.
func (u *Userinfo) Password() (string, bool) {
	v := u.orEmpty()
	return v.password, v.passwordSet
}

// String returns the encoded "username[:password]" ("" for nil).
func (u *Userinfo) String() string {
	v := u.orEmpty()
	if !v.passwordSet {
		return escape(v.username, partUserinfo)
	}
	return escape(v.username, partUserinfo) + ":" + escape(v.password, partUserinfo)
}

// splitScheme splits "scheme:rest". A scheme is a letter, then letters, digits, '+', '-' or
// '.', then ':'; anything else is no scheme (rest is then all of raw), but a leading ':' is
// an error.
func splitScheme(raw string) (scheme, rest string, err error) {
	end := 0
	for end < len(raw) && isSchemeByte(raw[end]) {
		end++
	}
	switch {
	case end == len(raw) || raw[end] != ':':
		return "", raw, nil
	case end == 0:
		return "", "", errors.New("missing protocol scheme")
	case !isLetter(raw[0]):
		return "", raw, nil
	}
	return raw[:end], raw[end+1:], nil
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSchemeByte(c byte) bool {
	return isLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

// Parse parses a URL, absolute or relative.
func Parse(rawURL string) (*URL, error) {
	beforeFrag, frag, _ := strings.Cut(rawURL, "#")
	u, err := parse(beforeFrag, false)
	if err != nil {
		// the fragment is not part of the URL the error names
		return nil, &Error{"parse", beforeFrag, err}
	}
	if frag != "" {
		if u.Fragment, u.RawFragment, err = decodeKeepingRaw(frag, partFragment); err != nil {
			return nil, &Error{"parse", rawURL, err}
		}
	}
	return u, nil
}

// ParseRequestURI parses an absolute URL or absolute path as received in an HTTP request (no
// fragment).
func ParseRequestURI(rawURL string) (*URL, error) {
	u, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return u, nil
}

func hasControlByte(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) >= 0
}

// parse reads everything but a fragment. viaRequest: s is a request target, which must be
// "*", an absolute path or an absolute URL.
func parse(s string, viaRequest bool) (*URL, error) {
	switch {
	case hasControlByte(s):
		return nil, errors.New("net/url: invalid control character in URL")
	case s == "" && viaRequest:
		return nil, errors.New("empty url")
	case s == "*":
		return &URL{Path: "*"}, nil
	}
	u := new(URL)
	scheme, rest, err := splitScheme(s)
	if err != nil {
		return nil, err
	}
	u.Scheme = strings.ToLower(scheme)
	// A lone '?' at the end is kept as ForceQuery; otherwise the query starts at the first '?'.
	if q := strings.IndexByte(rest, '?'); q >= 0 && q == len(rest)-1 {
		rest, u.ForceQuery = rest[:q], true
	} else if q >= 0 {
		rest, u.RawQuery = rest[:q], rest[q+1:]
	}
	rooted := strings.HasPrefix(rest, "/")
	if !rooted {
		if u.Scheme != "" {
			u.Opaque = rest
			return u, nil
		}
		if viaRequest {
			return nil, errors.New("invalid URI for request")
		}
		// "a:b/c" would read as scheme "a" when printed back
		if firstSegment(rest, ':') {
			return nil, errors.New("first path segment in URL cannot contain colon")
		}
	}
	// "//" starts an authority, but "///" in a relative reference is a path, and a request
	// target without a scheme is always a path.
	if strings.HasPrefix(rest, "//") && (u.Scheme != "" || !viaRequest && !strings.HasPrefix(rest, "///")) {
		authority := rest[2:]
		rest = ""
		if slash := strings.IndexByte(authority, '/'); slash >= 0 {
			authority, rest = authority[:slash], authority[slash:]
		}
		if u.User, u.Host, err = parseAuthority(authority); err != nil {
			return nil, err
		}
	} else {
		u.OmitHost = rooted && u.Scheme != ""
	}
	if u.Path, u.RawPath, err = decodeKeepingRaw(rest, partPath); err != nil {
		return nil, err
	}
	return u, nil
}

// firstSegment reports whether the first '/'-separated segment of p holds byte c.
func firstSegment(p string, c byte) bool {
	if slash := strings.IndexByte(p, '/'); slash >= 0 {
		p = p[:slash]
	}
	return strings.IndexByte(p, c) >= 0
}

// parseAuthority reads "[userinfo@]host[:port]"; the last '@' ends the userinfo. The host is
// checked before the userinfo.
func parseAuthority(authority string) (*Userinfo, string, error) {
	at := strings.LastIndexByte(authority, '@')
	host, err := parseHost(authority[at+1:])
	if err != nil {
		return nil, "", err
	}
	if at < 0 {
		return nil, host, nil
	}
	info := authority[:at]
	for i := 0; i < len(info); i++ {
		// what a user name or password may hold literally, plus ':' and '%XX' and '@'
		if shouldEscape(info[i], partUserinfo) && strings.IndexByte(":!'()*%@", info[i]) < 0 {
			return nil, "", errors.New("net/url: invalid userinfo")
		}
	}
	name, pass, hasPass := strings.Cut(info, ":")
	if name, err = unescape(name, partUserinfo); err != nil {
		return nil, "", err
	}
	if !hasPass {
		return User(name), host, nil
	}
	if pass, err = unescape(pass, partUserinfo); err != nil {
		return nil, "", err
	}
	return UserPassword(name, pass), host, nil
}

// parseHost checks the port and decodes the host. In "[v6%25zone]:port" the zone (from "%25"
// to the ']') is decoded by the zone's rules, the rest by the host's.
func parseHost(host string) (string, error) {
	port := ""
	zone, zoneEnd := -1, -1
	if strings.HasPrefix(host, "[") {
		end := strings.LastIndexByte(host, ']')
		if end < 0 {
			return "", errors.New("missing ']' in host")
		}
		port = host[end+1:]
		if zone = strings.Index(host[:end], "%25"); zone >= 0 {
			zoneEnd = end
		}
	} else if colon := strings.LastIndexByte(host, ':'); colon >= 0 {
		port = host[colon:]
	}
	if !validOptionalPort(port) {
		return "", errors.New("invalid port " + strconv.Quote(port) + " after host")
	}
	if zone < 0 {
		return unescape(host, partHost)
	}
	var b strings.Builder
	for _, part := range [3]struct {
		text string
		mode part
	}{{host[:zone], partHost}, {host[zone:zoneEnd], partZone}, {host[zoneEnd:], partHost}} {
		decoded, err := unescape(part.text, part.mode)
		if err != nil {
			return "", err
		}
		b.WriteString(decoded)
	}
	return b.String(), nil
}

// validOptionalPort: "" or ':' followed by digits only (none is fine too).
func validOptionalPort(port string) bool {
	if port == "" {
		return true
	}
	return port[0] == ':' && strings.Trim(port[1:], "0123456789") == ""
}

// decodeKeepingRaw decodes an escaped path or fragment; raw is the escaped text when escaping
// the decoded text again would not give it back, else "".
func decodeKeepingRaw(escaped string, mode part) (decoded, raw string, err error) {
	if decoded, err = unescape(escaped, mode); err != nil {
		return "", "", err
	}
	if escape(decoded, mode) != escaped {
		raw = escaped
	}
	return decoded, raw, nil
}

func (u *URL) setPath(p string) error {
	path, raw, err := decodeKeepingRaw(p, partPath)
	if err == nil {
		u.Path, u.RawPath = path, raw
	}
	return err
}

// preferRaw returns raw when it is a valid part of decoded, else decoded escaped.
func preferRaw(raw, decoded string, mode part) string {
	if raw != "" && validEncoded(raw, mode) {
		if d, err := unescape(raw, mode); err == nil && d == decoded {
			return raw
		}
	}
	if mode == partPath && decoded == "*" {
		return "*"
	}
	return escape(decoded, mode)
}

// validEncoded: every byte of s may appear as itself in that part (reserved characters and
// '%' always may).
func validEncoded(s string, mode part) bool {
	for i := 0; i < len(s); i++ {
		if shouldEscape(s[i], mode) && strings.IndexByte("!$&'()*+,;=:@[]%", s[i]) < 0 {
			return false
		}
	}
	return true
}

// EscapedPath is the path as it goes on the wire: RawPath when that is a valid part of Path, else escaped Path.
func (u *URL) EscapedPath() string { return preferRaw(u.RawPath, u.Path, partPath) }

// EscapedFragment is the fragment as it goes after '#': RawFragment when it is valid, else escaped Fragment.
func (u *URL) EscapedFragment() string {
	return preferRaw(u.RawFragment, u.Fragment, partFragment)
}

// String puts u back together as URL text, escaping where needed.
func (u *URL) String() string {
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme + ":")
	}
	if u.Opaque != "" {
		b.WriteString(u.Opaque)
	} else {
		u.writeAuthorityAndPath(&b)
	}
	if u.RawQuery != "" || u.ForceQuery {
		b.WriteString("?" + u.RawQuery)
	}
	if u.Fragment != "" {
		b.WriteString("#" + u.EscapedFragment())
	}
	return b.String()
}

func (u *URL) writeAuthorityAndPath(b *strings.Builder) {
	path := u.EscapedPath()
	hasAuthority := u.Host != "" || u.User != nil
	// "//" goes out unless there is nothing to put after it, or a scheme's empty host was
	// left out on purpose (OmitHost: "file:/x").
	if hasAuthority || u.Scheme != "" && !u.OmitHost && path != "" {
		b.WriteString("//")
	}
	if u.User != nil {
		b.WriteString(u.User.String() + "@")
	}
	b.WriteString(escape(u.Host, partHost))
	switch {
	case path != "" && path[0] != '/' && u.Host != "":
		b.WriteByte('/')
	case b.Len() == 0 && firstSegment(path, ':'):
		// a relative "a:b" would read as a scheme
		b.WriteString("./")
	}
	b.WriteString(path)
}

// Redacted is String with the password, if any, shown as "xxxxx".
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	if _, set := u.User.Password(); !set {
		return u.String()
	}
	masked := *u
	masked.User = UserPassword(u.User.username, "xxxxx")
	return masked.String()
}

// Values: query parameters or form fields, each key with its list of values.
type Values map[string][]string

// Get returns the first value of key, or "".
func (v Values) Get(key string) string {
	if list := v[key]; len(list) > 0 {
		return list[0]
	}
	return ""
}

// Set replaces the values of key with value.
func (v Values) Set(key, value string) { v[key] = []string{value} }

// Add appends value to the values of key.
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

// Del deletes the values of key.
func (v Values) Del(key string) { delete(v, key) }

// Has reports whether key is set.
func (v Values) Has(key string) bool {
	_, set := v[key]
	return set
}

// ParseQuery parses a URL-encoded query string; it returns the values it could parse and the
// first error met. A pair that fails is skipped: a bad escape is remembered when it is the
// first error, a ';' always replaces the error so far.
func ParseQuery(query string) (Values, error) {
	m := Values{}
	var firstErr error
	for _, pair := range strings.Split(query, "&") {
		if strings.IndexByte(pair, ';') >= 0 {
			firstErr = errors.New("invalid semicolon separator in query")
			continue
		}
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		key, err := QueryUnescape(k)
		if err == nil {
			v, err = QueryUnescape(v)
		}
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		m[key] = append(m[key], v)
	}
	return m, firstErr
}

// Encode writes v as a query string ("bar=baz&foo=quux"), keys sorted, everything escaped.
func (v Values) Encode() string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pairs := make([]string, 0, len(keys))
	for _, k := range keys {
		prefix := QueryEscape(k) + "="
		for _, value := range v[k] {
			pairs = append(pairs, prefix+QueryEscape(value))
		}
	}
	return strings.Join(pairs, "&")
}

// resolvePath merges ref into base (RFC 3986 5.2.3) and removes dot segments (5.2.4): ".."
// drops the segment kept last (never above the root), a final "." or ".." leaves a trailing
// slash. The result starts with one '/' (a second one from the segments is dropped).
func resolvePath(base, ref string) string {
	merged := ref
	if ref == "" {
		merged = base
	} else if ref[0] != '/' {
		merged = base[:strings.LastIndexByte(base, '/')+1] + ref
	}
	if merged == "" {
		return ""
	}
	segs := strings.Split(merged, "/")
	var kept []string
	for _, seg := range segs {
		switch seg {
		case "..":
			if len(kept) > 0 {
				kept = kept[:len(kept)-1]
			}
		case ".":
			// a leading "." counts as an empty segment: ".//x" keeps both slashes
			if len(kept) == 0 {
				kept = append(kept, "")
			}
		default:
			kept = append(kept, seg)
		}
	}
	out := "/" + strings.Join(kept, "/")
	if last := segs[len(segs)-1]; last == "." || last == ".." {
		out += "/"
	}
	if strings.HasPrefix(out, "//") {
		return out[1:]
	}
	return out
}

// IsAbs reports whether the URL is absolute (has a scheme).
func (u *URL) IsAbs() bool { return u.Scheme != "" }

// Parse reads ref and resolves it against u.
func (u *URL) Parse(ref string) (*URL, error) {
	r, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(r), nil
}

// ResolveReference resolves ref against the base u (RFC 3986, section 5.2); an absolute ref
// is returned as is, cleaned.
func (u *URL) ResolveReference(ref *URL) *URL {
	t := *ref
	if t.Scheme == "" {
		t.Scheme = u.Scheme
	}
	switch {
	case ref.Scheme != "" || ref.Host != "" || ref.User != nil:
		// ref brings its own authority: only its dot segments are resolved
		t.setPath(resolvePath(ref.EscapedPath(), ""))
	case ref.Opaque != "":
		t.User, t.Host, t.Path = nil, "", ""
	default:
		t.User, t.Host = u.User, u.Host
		if ref.Path == "" && ref.RawQuery == "" && !ref.ForceQuery {
			// an empty reference (or a bare fragment) keeps the base's query (and fragment)
			t.RawQuery = u.RawQuery
			if ref.Fragment == "" {
				t.Fragment, t.RawFragment = u.Fragment, u.RawFragment
			}
		}
		t.setPath(resolvePath(u.EscapedPath(), ref.EscapedPath()))
	}
	return &t
}

// Query parses RawQuery and returns the values (malformed pairs are dropped).
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// RequestURI is what goes on an HTTP request line: the encoded path (or opaque part) and query.
func (u *URL) RequestURI() string {
	var target string
	switch {
	case u.Opaque == "":
		target = u.EscapedPath()
		if target == "" {
			target = "/"
		}
	case strings.HasPrefix(u.Opaque, "//"):
		target = u.Scheme + ":" + u.Opaque
	default:
		target = u.Opaque
	}
	if u.RawQuery == "" && !u.ForceQuery {
		return target
	}
	return target + "?" + u.RawQuery
}

// Hostname returns u.Host without any port (and without the brackets of an IPv6 literal).
func (u *URL) Hostname() string {
	host := u.Host[:portColon(u.Host)]
	if len(host) >= 2 && host[0] == '[' && host[len(host)-1] == ']' {
		return host[1 : len(host)-1]
	}
	return host
}

// Port is the port in u.Host, "" when none.
func (u *URL) Port() string {
	if colon := portColon(u.Host); colon < len(u.Host) {
		return u.Host[colon+1:]
	}
	return ""
}

// portColon is the index of the ':' that starts hostPort's port (digits only, maybe none),
// len(hostPort) when it has no port.
func portColon(hostPort string) int {
	if i := strings.LastIndexByte(hostPort, ':'); i >= 0 && validOptionalPort(hostPort[i:]) {
		return i
	}
	return len(hostPort)
}

// MarshalBinary returns the URL's String.
func (u *URL) MarshalBinary() (text []byte, err error) {
	return []byte(u.String()), nil
}

// UnmarshalBinary parses text into the URL.
func (u *URL) UnmarshalBinary(text []byte) error {
	parsed, err := Parse(string(text))
	if err == nil {
		*u = *parsed
	}
	return err
}

// JoinPath returns a new URL with the path elements joined to u's path and cleaned (a
// trailing slash of the last element is kept).
func (u *URL) JoinPath(elem ...string) *URL {
	// Joined as an absolute path, so ".." cannot climb out of a relative one either.
	base := u.EscapedPath()
	rootedBase := base
	if !strings.HasPrefix(base, "/") {
		rootedBase = "/" + base
	}
	parts := []string{rootedBase}
	for _, e := range elem {
		if e != "" {
			parts = append(parts, e)
		}
	}
	p := httpguts.CleanPath(strings.Join(parts, "/"))
	if base != rootedBase {
		p = p[1:]
	}
	last := rootedBase
	if len(elem) > 0 {
		last = elem[len(elem)-1]
	}
	if strings.HasSuffix(last, "/") && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	joined := *u
	joined.setPath(p)
	return &joined
}

// JoinPath parses base and joins the path elements to it.
func JoinPath(base string, elem ...string) (result string, err error) {
	u, err := Parse(base)
	if err != nil {
		return "", err
	}
	return u.JoinPath(elem...).String(), nil
}
