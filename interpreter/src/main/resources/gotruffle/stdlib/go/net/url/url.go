// Package url: URL parsing, formatting and query escaping after RFC 3986, with Go 1.19's rules.
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

func (e *Error) Unwrap() error { return e.Err }
func (e *Error) Error() string { return e.Op + " " + strconv.Quote(e.URL) + ": " + e.Err.Error() }

func (e *Error) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (e *Error) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

const upperhex = "0123456789ABCDEF"

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

// The parts of a URL, each with its own escaping rules.
type encoding int

const (
	encodePath encoding = 1 + iota
	encodePathSegment
	encodeHost
	encodeZone
	encodeUserPassword
	encodeQueryComponent
	encodeFragment
)

// EscapeError is returned for a malformed %-escape.
type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

// InvalidHostError is returned for a byte not allowed in a host.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

// shouldEscape tells whether c must be %-escaped in the given part of a URL.
func shouldEscape(c byte, mode encoding) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	if mode == encodeHost || mode == encodeZone {
		// sub-delims of a reg-name, plus what host:port and [ipv6] need
		switch c {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"':
			return false
		}
	}
	switch c {
	case '-', '_', '.', '~':
		return false
	case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
		switch mode {
		case encodePath:
			return c == '?'
		case encodePathSegment:
			return c == '/' || c == ';' || c == ',' || c == '?'
		case encodeUserPassword:
			return c == '@' || c == '/' || c == '?' || c == ':'
		case encodeQueryComponent:
			return true
		case encodeFragment:
			return false
		}
	}
	if mode == encodeFragment {
		switch c {
		case '!', '(', ')', '*':
			return false
		}
	}
	return true
}

// QueryUnescape undoes QueryEscape ("%AB" to a byte, "+" to a space).
func QueryUnescape(s string) (string, error) {
	return unescape(s, encodeQueryComponent)
}

// PathUnescape undoes PathEscape ("%AB" to a byte; "+" stays).
func PathUnescape(s string) (string, error) {
	return unescape(s, encodePathSegment)
}

func unescape(s string, mode encoding) (string, error) {
	escapes := 0
	plus := false
	for i := 0; i < len(s); {
		switch s[i] {
		case '%':
			escapes++
			if i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2]) {
				bad := s[i:]
				if len(bad) > 3 {
					bad = bad[:3]
				}
				return "", EscapeError(bad)
			}
			// In a host only non-ASCII bytes may be escaped (and %25 in a zone, RFC 6874).
			if mode == encodeHost && unhex(s[i+1]) < 8 && s[i:i+3] != "%25" {
				return "", EscapeError(s[i : i+3])
			}
			if mode == encodeZone {
				v := unhex(s[i+1])<<4 | unhex(s[i+2])
				if s[i:i+3] != "%25" && v != ' ' && shouldEscape(v, encodeHost) {
					return "", EscapeError(s[i : i+3])
				}
			}
			i += 3
		case '+':
			plus = mode == encodeQueryComponent
			i++
		default:
			if (mode == encodeHost || mode == encodeZone) && s[i] < 0x80 && shouldEscape(s[i], mode) {
				return "", InvalidHostError(s[i : i+1])
			}
			i++
		}
	}
	if escapes == 0 && !plus {
		return s, nil
	}
	out := make([]byte, 0, len(s)-2*escapes)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '%':
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		case '+':
			if mode == encodeQueryComponent {
				out = append(out, ' ')
			} else {
				out = append(out, '+')
			}
		default:
			out = append(out, c)
		}
	}
	return string(out), nil
}

// QueryEscape escapes s for use in a query component ("a b" becomes "a+b").
func QueryEscape(s string) string {
	return escape(s, encodeQueryComponent)
}

// PathEscape escapes s for use as one path segment ("a/b" becomes "a%2Fb").
func PathEscape(s string) string {
	return escape(s, encodePathSegment)
}

func escape(s string, mode encoding) string {
	need := false
	for i := 0; i < len(s); i++ {
		if shouldEscape(s[i], mode) {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	out := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' && mode == encodeQueryComponent:
			out = append(out, '+')
		case shouldEscape(c, mode):
			out = append(out, '%', upperhex[c>>4], upperhex[c&15])
		default:
			out = append(out, c)
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
	RawPath     string    // the encoded form of Path, when it is not the default encoding
	OmitHost    bool      // do not print "//" when Host is empty
	ForceQuery  bool      // print '?' even with an empty RawQuery
	RawQuery    string    // the query, encoded, after '?'
	Fragment    string    // decoded, after '#'
	RawFragment string    // the encoded form of Fragment, when it is not the default encoding
}

// Userinfo is the immutable user name and optional password of a URL.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// User returns a Userinfo with a user name and no password.
func User(username string) *Userinfo {
	return &Userinfo{username, "", false}
}

// UserPassword returns a Userinfo with a user name and a password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username, password, true}
}

// Username returns the user name.
func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

// Password returns the password and whether it is set.
func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

// String returns the encoded "username[:password]".
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, encodeUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, encodeUserPassword)
	}
	return s
}

// getScheme splits "scheme:rest" (no scheme: "" and the whole string).
func getScheme(raw string) (scheme, rest string, err error) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", raw, nil
			}
		case c == ':':
			if i == 0 {
				return "", "", errors.New("missing protocol scheme")
			}
			return raw[:i], raw[i+1:], nil
		default:
			return "", raw, nil
		}
	}
	return "", raw, nil
}

// Parse parses a URL, absolute or relative.
func Parse(rawURL string) (*URL, error) {
	u, frag, _ := strings.Cut(rawURL, "#")
	url, err := parse(u, false)
	if err != nil {
		return nil, &Error{"parse", u, err}
	}
	if frag == "" {
		return url, nil
	}
	if err = url.setFragment(frag); err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

// ParseRequestURI parses an absolute URL or absolute path as received in an HTTP request (no
// fragment).
func ParseRequestURI(rawURL string) (*URL, error) {
	url, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

func containsCTL(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b < ' ' || b == 0x7f {
			return true
		}
	}
	return false
}

func parse(raw string, viaRequest bool) (*URL, error) {
	if containsCTL(raw) {
		return nil, errors.New("net/url: invalid control character in URL")
	}
	if raw == "" && viaRequest {
		return nil, errors.New("empty url")
	}
	url := new(URL)
	if raw == "*" {
		url.Path = "*"
		return url, nil
	}
	var rest string
	var err error
	if url.Scheme, rest, err = getScheme(raw); err != nil {
		return nil, err
	}
	url.Scheme = strings.ToLower(url.Scheme)
	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		url.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else {
		rest, url.RawQuery, _ = strings.Cut(rest, "?")
	}
	if !strings.HasPrefix(rest, "/") {
		if url.Scheme != "" {
			url.Opaque = rest // rootless: opaque
			return url, nil
		}
		if viaRequest {
			return nil, errors.New("invalid URI for request")
		}
		if seg, _, _ := strings.Cut(rest, "/"); strings.Contains(seg, ":") {
			return nil, errors.New("first path segment in URL cannot contain colon")
		}
	}
	if (url.Scheme != "" || !viaRequest && !strings.HasPrefix(rest, "///")) && strings.HasPrefix(rest, "//") {
		authority := rest[2:]
		rest = ""
		if i := strings.Index(authority, "/"); i >= 0 {
			authority, rest = authority[:i], authority[i:]
		}
		url.User, url.Host, err = parseAuthority(authority)
		if err != nil {
			return nil, err
		}
	} else if url.Scheme != "" && strings.HasPrefix(rest, "/") {
		url.OmitHost = true
	}
	if err := url.setPath(rest); err != nil {
		return nil, err
	}
	return url, nil
}

func parseAuthority(authority string) (user *Userinfo, host string, err error) {
	i := strings.LastIndex(authority, "@")
	if i < 0 {
		host, err = parseHost(authority)
	} else {
		host, err = parseHost(authority[i+1:])
	}
	if err != nil {
		return nil, "", err
	}
	if i < 0 {
		return nil, host, nil
	}
	userinfo := authority[:i]
	if !validUserinfo(userinfo) {
		return nil, "", errors.New("net/url: invalid userinfo")
	}
	name, pass, hasPass := strings.Cut(userinfo, ":")
	if name, err = unescape(name, encodeUserPassword); err != nil {
		return nil, "", err
	}
	if !hasPass {
		return User(name), host, nil
	}
	if pass, err = unescape(pass, encodeUserPassword); err != nil {
		return nil, "", err
	}
	return UserPassword(name, pass), host, nil
}

func parseHost(host string) (string, error) {
	if strings.HasPrefix(host, "[") {
		i := strings.LastIndex(host, "]")
		if i < 0 {
			return "", errors.New("missing ']' in host")
		}
		colonPort := host[i+1:]
		if !validOptionalPort(colonPort) {
			return "", errors.New("invalid port " + strconv.Quote(colonPort) + " after host")
		}
		// A zone (RFC 6874) starts at %25 and may escape more than a host may.
		if zone := strings.Index(host[:i], "%25"); zone >= 0 {
			h1, err := unescape(host[:zone], encodeHost)
			if err != nil {
				return "", err
			}
			h2, err := unescape(host[zone:i], encodeZone)
			if err != nil {
				return "", err
			}
			h3, err := unescape(host[i:], encodeHost)
			if err != nil {
				return "", err
			}
			return h1 + h2 + h3, nil
		}
	} else if i := strings.LastIndex(host, ":"); i != -1 {
		colonPort := host[i:]
		if !validOptionalPort(colonPort) {
			return "", errors.New("invalid port " + strconv.Quote(colonPort) + " after host")
		}
	}
	return unescape(host, encodeHost)
}

func (u *URL) setPath(p string) error {
	path, err := unescape(p, encodePath)
	if err != nil {
		return err
	}
	u.Path = path
	if escape(path, encodePath) == p {
		u.RawPath = ""
	} else {
		u.RawPath = p
	}
	return nil
}

// EscapedPath is the path as it goes on the wire: RawPath when that is a valid encoding of Path, else escaped Path.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncoded(u.RawPath, encodePath) {
		if p, err := unescape(u.RawPath, encodePath); err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*"
	}
	return escape(u.Path, encodePath)
}

func validEncoded(s string, mode encoding) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
		default:
			if shouldEscape(s[i], mode) {
				return false
			}
		}
	}
	return true
}

func (u *URL) setFragment(f string) error {
	frag, err := unescape(f, encodeFragment)
	if err != nil {
		return err
	}
	u.Fragment = frag
	if escape(frag, encodeFragment) == f {
		u.RawFragment = ""
	} else {
		u.RawFragment = f
	}
	return nil
}

// EscapedFragment is the fragment as it goes after '#': RawFragment when it is valid, else escaped Fragment.
func (u *URL) EscapedFragment() string {
	if u.RawFragment != "" && validEncoded(u.RawFragment, encodeFragment) {
		if f, err := unescape(u.RawFragment, encodeFragment); err == nil && f == u.Fragment {
			return u.RawFragment
		}
	}
	return escape(u.Fragment, encodeFragment)
}

func validOptionalPort(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

// String puts u back together as URL text, escaping where needed.
func (u *URL) String() string {
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme)
		b.WriteByte(':')
	}
	if u.Opaque != "" {
		b.WriteString(u.Opaque)
	} else {
		if u.Scheme != "" || u.Host != "" || u.User != nil {
			if !(u.OmitHost && u.Host == "" && u.User == nil) {
				if u.Host != "" || u.Path != "" || u.User != nil {
					b.WriteString("//")
				}
				if u.User != nil {
					b.WriteString(u.User.String())
					b.WriteByte('@')
				}
				if u.Host != "" {
					b.WriteString(escape(u.Host, encodeHost))
				}
			}
		}
		path := u.EscapedPath()
		if path != "" && path[0] != '/' && u.Host != "" {
			b.WriteByte('/')
		}
		if b.Len() == 0 {
			// "a:b" as a first relative segment would read as a scheme
			if seg, _, _ := strings.Cut(path, "/"); strings.Contains(seg, ":") {
				b.WriteString("./")
			}
		}
		b.WriteString(path)
	}
	if u.ForceQuery || u.RawQuery != "" {
		b.WriteByte('?')
		b.WriteString(u.RawQuery)
	}
	if u.Fragment != "" {
		b.WriteByte('#')
		b.WriteString(u.EscapedFragment())
	}
	return b.String()
}

// Redacted is String with the password, if any, shown as "xxxxx".
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	ru := *u
	if _, has := ru.User.Password(); has {
		ru.User = UserPassword(ru.User.Username(), "xxxxx")
	}
	return ru.String()
}

// Values: query parameters or form fields, each key with its list of values.
type Values map[string][]string

// Get returns the first value of key, or "".
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Set replaces the values of key with value.
func (v Values) Set(key, value string) {
	v[key] = []string{value}
}

// Add appends value to the values of key.
func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

// Del deletes the values of key.
func (v Values) Del(key string) {
	delete(v, key)
}

// Has reports whether key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// ParseQuery parses a URL-encoded query string; it returns the values it could parse and the
// first error met.
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	err := parseQuery(m, query)
	return m, err
}

func parseQuery(m Values, query string) (err error) {
	for query != "" {
		var key string
		key, query, _ = strings.Cut(query, "&")
		if strings.Contains(key, ";") {
			err = errors.New("invalid semicolon separator in query")
			continue
		}
		if key == "" {
			continue
		}
		key, value, _ := strings.Cut(key, "=")
		key, err1 := QueryUnescape(key)
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		value, err1 = QueryUnescape(value)
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		m[key] = append(m[key], value)
	}
	return err
}

// Encode writes v as a query string ("bar=baz&foo=quux"), keys sorted, everything escaped.
func (v Values) Encode() string {
	if v == nil {
		return ""
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		ke := QueryEscape(k)
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(ke)
			b.WriteByte('=')
			b.WriteString(QueryEscape(val))
		}
	}
	return b.String()
}

// resolvePath joins ref to base (RFC 3986 5.2.2) and removes dot segments: ".." drops the
// segment before it (never above the root), a trailing "." or ".." leaves a trailing slash.
func resolvePath(base, ref string) string {
	var full string
	switch {
	case ref == "":
		full = base
	case ref[0] != '/':
		full = base[:strings.LastIndex(base, "/")+1] + ref
	default:
		full = ref
	}
	if full == "" {
		return ""
	}
	out := []byte{'/'}
	atStart := true // nothing written after the leading '/'
	segs := strings.Split(full, "/")
	for _, seg := range segs {
		switch seg {
		case ".":
			atStart = false
		case "..":
			i := strings.LastIndexByte(string(out[1:]), '/')
			if i < 0 {
				out = out[:1]
				atStart = true
			} else {
				out = out[:i+1]
			}
		default:
			if !atStart {
				out = append(out, '/')
			}
			out = append(out, seg...)
			atStart = false
		}
	}
	if last := segs[len(segs)-1]; last == "." || last == ".." {
		out = append(out, '/')
	}
	r := string(out)
	if len(r) > 1 && r[1] == '/' {
		r = r[1:]
	}
	return r
}

// IsAbs reports whether the URL is absolute (has a scheme).
func (u *URL) IsAbs() bool {
	return u.Scheme != ""
}

// Parse reads ref and resolves it against u.
func (u *URL) Parse(ref string) (*URL, error) {
	refURL, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(refURL), nil
}

// ResolveReference resolves ref against the base u (RFC 3986, section 5.2); an absolute ref
// is returned as is, cleaned.
func (u *URL) ResolveReference(ref *URL) *URL {
	url := *ref
	if ref.Scheme == "" {
		url.Scheme = u.Scheme
	}
	if ref.Scheme != "" || ref.Host != "" || ref.User != nil {
		url.setPath(resolvePath(ref.EscapedPath(), ""))
		return &url
	}
	if ref.Opaque != "" {
		url.User = nil
		url.Host = ""
		url.Path = ""
		return &url
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		url.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			url.Fragment = u.Fragment
			url.RawFragment = u.RawFragment
		}
	}
	url.Host = u.Host
	url.User = u.User
	url.setPath(resolvePath(u.EscapedPath(), ref.EscapedPath()))
	return &url
}

// Query parses RawQuery and returns the values (malformed pairs are dropped).
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// RequestURI is what goes on an HTTP request line: the encoded path (or opaque part) and query.
func (u *URL) RequestURI() string {
	result := u.Opaque
	if result == "" {
		result = u.EscapedPath()
		if result == "" {
			result = "/"
		}
	} else if strings.HasPrefix(result, "//") {
		result = u.Scheme + ":" + result
	}
	if u.ForceQuery || u.RawQuery != "" {
		result += "?" + u.RawQuery
	}
	return result
}

// Hostname returns u.Host without any port (and without the brackets of an IPv6 literal).
func (u *URL) Hostname() string {
	host, _ := splitHostPort(u.Host)
	return host
}

// Port is the port in u.Host, "" when none.
func (u *URL) Port() string {
	_, port := splitHostPort(u.Host)
	return port
}

// splitHostPort separates an optional ":port" from hostPort and unwraps "[v6 address]".
func splitHostPort(hostPort string) (host, port string) {
	host = hostPort
	if i := strings.LastIndexByte(hostPort, ':'); i >= 0 && validOptionalPort(hostPort[i:]) {
		host, port = hostPort[:i], hostPort[i+1:]
	}
	if n := len(host); n > 0 && host[0] == '[' && host[n-1] == ']' {
		host = host[1 : n-1]
	}
	return host, port
}

// MarshalBinary returns the URL's String.
func (u *URL) MarshalBinary() (text []byte, err error) {
	return []byte(u.String()), nil
}

// UnmarshalBinary parses text into the URL.
func (u *URL) UnmarshalBinary(text []byte) error {
	u1, err := Parse(string(text))
	if err != nil {
		return err
	}
	*u = *u1
	return nil
}

// cleanJoin is path.Join: the elements joined by '/', cleaned, "" for nothing.
func cleanJoin(elem []string) string {
	nonEmpty := make([]string, 0, len(elem))
	for _, e := range elem {
		if e != "" {
			nonEmpty = append(nonEmpty, e)
		}
	}
	if len(nonEmpty) == 0 {
		return ""
	}
	return httpguts.CleanPath(strings.Join(nonEmpty, "/"))
}

// JoinPath returns a new URL with the path elements joined to u's path and cleaned (a
// trailing slash of the last element is kept).
func (u *URL) JoinPath(elem ...string) *URL {
	elem = append([]string{u.EscapedPath()}, elem...)
	var p string
	if !strings.HasPrefix(elem[0], "/") {
		elem[0] = "/" + elem[0]
		p = cleanJoin(elem)[1:]
	} else {
		p = cleanJoin(elem)
	}
	if strings.HasSuffix(elem[len(elem)-1], "/") && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	url := *u
	url.setPath(p)
	return &url
}

// JoinPath parses base and joins the path elements to it.
func JoinPath(base string, elem ...string) (result string, err error) {
	url, err := Parse(base)
	if err != nil {
		return
	}
	result = url.JoinPath(elem...).String()
	return
}

func validUserinfo(s string) bool {
	for _, r := range s {
		if 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			continue
		}
		switch r {
		case '-', '.', '_', ':', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', '%', '@':
			continue
		default:
			return false
		}
	}
	return true
}
