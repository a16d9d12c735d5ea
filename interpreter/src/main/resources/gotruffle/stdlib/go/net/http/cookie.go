package http

import (
	"errors"
	"log"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// Cookie is one HTTP cookie, as set by a response's Set-Cookie header or sent in a
// request's Cookie header.
type Cookie struct {
	Name  string
	Value string

	Path       string    // optional
	Domain     string    // optional
	Expires    time.Time // optional
	RawExpires string    // Expires as received; only parsing sets it

	// MaxAge: 0 leaves the attribute out; negative deletes the cookie at once
	// ("Max-Age: 0"); positive is a lifetime in seconds.
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite SameSite
	Raw      string
	Unparsed []string // attribute pairs the parser did not know
}

// SameSite: whether the browser may send the cookie along with cross-site requests.
type SameSite int

const (
	SameSiteDefaultMode SameSite = iota + 1
	SameSiteLaxMode
	SameSiteStrictMode
	SameSiteNoneMode
)

// ErrNoCookie: Request.Cookie found no cookie with that name.
var ErrNoCookie = errors.New("http: named cookie not present")

// SetCookie adds cookie as a Set-Cookie header of w; an invalid cookie may be dropped
// without a word.
func SetCookie(w ResponseWriter, cookie *Cookie) {
	if v := cookie.String(); v != "" {
		w.Header().Add("Set-Cookie", v)
	}
}

// The SameSite modes that String writes out, with their attribute values.
var sameSiteText = map[SameSite]string{SameSiteLaxMode: "Lax", SameSiteStrictMode: "Strict", SameSiteNoneMode: "None"}

// String formats the cookie for a Cookie header (only Name and Value set) or else for a
// Set-Cookie header: "name=value" and the attributes that are set, joined by "; ". Bytes
// a value or path may not hold are dropped and an invalid domain is left out, each with a
// log line.
func (c *Cookie) String() string {
	if c == nil || !isCookieNameValid(c.Name) {
		return ""
	}
	attrs := []string{c.Name + "=" + sanitizeCookieValue(c.Value)}
	if c.Path != "" {
		attrs = append(attrs, "Path="+sanitizeOrWarn("Cookie.Path", validCookiePathByte, c.Path))
	}
	if c.Domain != "" && validCookieDomain(c.Domain) {
		attrs = append(attrs, "Domain="+strings.TrimPrefix(c.Domain, "."))
	} else if c.Domain != "" {
		log.Printf("net/http: invalid Cookie.Domain %q; dropping domain attribute", c.Domain)
	}
	if validCookieExpires(c.Expires) {
		attrs = append(attrs, "Expires="+c.Expires.UTC().Format(TimeFormat))
	}
	if c.MaxAge != 0 {
		age := 0 // a negative MaxAge deletes the cookie now
		if c.MaxAge > 0 {
			age = c.MaxAge
		}
		attrs = append(attrs, "Max-Age="+strconv.Itoa(age))
	}
	if c.HttpOnly {
		attrs = append(attrs, "HttpOnly")
	}
	if c.Secure {
		attrs = append(attrs, "Secure")
	}
	if mode, ok := sameSiteText[c.SameSite]; ok {
		attrs = append(attrs, "SameSite="+mode)
	}
	return strings.Join(attrs, "; ")
}

// Valid checks the cookie's name, expiry (Go 1.19: a zero Expires is invalid too), value,
// path and domain, in that order; nil means fine.
func (c *Cookie) Valid() error {
	switch {
	case c == nil:
		return errors.New("http: nil Cookie")
	case !isCookieNameValid(c.Name):
		return errors.New("http: invalid Cookie.Name")
	case !validCookieExpires(c.Expires):
		return errors.New("http: invalid Cookie.Expires")
	}
	if i := indexInvalid(c.Value, validCookieValueByte); i >= 0 {
		return errors.New("http: invalid byte " + strconv.QuoteRune(rune(c.Value[i])) + " in Cookie.Value")
	}
	if i := indexInvalid(c.Path, validCookiePathByte); i >= 0 {
		return errors.New("http: invalid byte " + strconv.QuoteRune(rune(c.Path[i])) + " in Cookie.Path")
	}
	if c.Domain != "" && !validCookieDomain(c.Domain) {
		return errors.New("http: invalid Cookie.Domain")
	}
	return nil
}

// readSetCookies collects the cookies of every Set-Cookie line in h (never nil).
func readSetCookies(h Header) []*Cookie {
	cookies := []*Cookie{}
	for _, line := range h["Set-Cookie"] {
		if c := parseSetCookie(line); c != nil {
			cookies = append(cookies, c)
		}
	}
	return cookies
}

// parseSetCookie reads "name=value; attr[=val]; ..." (nil when the name or value is bad).
// An attribute we do not know, or whose value does not parse, is kept in Unparsed; one whose
// name is not printable ASCII is ignored altogether.
func parseSetCookie(line string) *Cookie {
	parts := strings.Split(textproto.TrimString(line), ";")
	name, value, ok := strings.Cut(textproto.TrimString(parts[0]), "=")
	if !ok || !isCookieNameValid(name) {
		return nil
	}
	if value, ok = parseCookieValue(value, true); !ok {
		return nil
	}
	c := &Cookie{Name: name, Value: value, Raw: line}
	for _, part := range parts[1:] {
		part = textproto.TrimString(part)
		attr, val, _ := strings.Cut(part, "=")
		if part == "" || !printableASCII(attr) {
			continue
		}
		if val, ok := parseCookieValue(val, false); !ok || !c.setAttribute(strings.ToLower(attr), val) {
			c.Unparsed = append(c.Unparsed, part)
		}
	}
	return c
}

// setAttribute applies one Set-Cookie attribute (name in lower case); false when the name is
// unknown or the value does not fit it.
func (c *Cookie) setAttribute(attr, val string) bool {
	switch attr {
	case "secure":
		c.Secure = true
	case "httponly":
		c.HttpOnly = true
	case "domain":
		c.Domain = val
	case "path":
		c.Path = val
	case "samesite":
		c.SameSite = SameSiteDefaultMode
		for mode, text := range sameSiteText {
			if strings.ToLower(val) == strings.ToLower(text) {
				c.SameSite = mode
			}
		}
	case "max-age":
		// digits without a leading zero (but "0"), maybe signed; zero or less deletes
		secs, err := strconv.Atoi(val)
		if err != nil || secs != 0 && val[0] == '0' {
			return false
		}
		if secs <= 0 {
			secs = -1
		}
		c.MaxAge = secs
	case "expires":
		var ok bool
		c.RawExpires = val
		c.Expires, ok = parseCookieExpires(val)
		return ok
	default:
		return false
	}
	return true
}

// parseCookieExpires reads an Expires date in RFC 1123 form or with dashes (the Netscape
// form); the zero time and false when neither fits.
func parseCookieExpires(val string) (time.Time, bool) {
	for _, layout := range []string{time.RFC1123, "Mon, 02-Jan-2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, val); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

func printableASCII(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < ' ' || r > '~' }) < 0
}

// readCookies parses the "Cookie" values of h (only those named filter, if it is not ""):
// ';'-separated name=value pairs; pairs with a bad name or value are skipped.
func readCookies(h Header, filter string) []*Cookie {
	cookies := []*Cookie{}
	for _, line := range h["Cookie"] {
		for _, pair := range strings.Split(line, ";") {
			pair = textproto.TrimString(pair)
			name, val, _ := strings.Cut(pair, "=")
			if pair == "" || !isCookieNameValid(name) || filter != "" && name != filter {
				continue
			}
			if val, ok := parseCookieValue(val, true); ok {
				cookies = append(cookies, &Cookie{Name: name, Value: val})
			}
		}
	}
	return cookies
}

// validCookieExpires: RFC 6265 5.1.1 wants a year of 1601 or later.
func validCookieExpires(t time.Time) bool { return t.Year() >= 1601 }

// validCookieDomain: a domain name (see isCookieDomainName) or an IPv4 address.
func validCookieDomain(v string) bool {
	return isCookieDomainName(v) || net.ParseIP(v) != nil && strings.IndexByte(v, ':') < 0
}

// isCookieDomainName: s is a host name as a cookie's Domain may give it, a leading dot
// allowed (and a trailing one): at most 255 bytes, labels of 1 to 63 letters, digits and
// inner hyphens, at least one letter somewhere.
func isCookieDomainName(s string) bool {
	if s == "" || len(s) > 255 {
		return false
	}
	labels := strings.Split(strings.TrimPrefix(s, "."), ".")
	if labels[len(labels)-1] == "" {
		labels = labels[:len(labels)-1]
	}
	letters := false
	for _, label := range labels {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			switch c := label[i]; {
			case 'a' <= c|0x20 && c|0x20 <= 'z':
				letters = true
			case '0' <= c && c <= '9' || c == '-':
			default:
				return false
			}
		}
	}
	return letters
}

// A cookie value is printable ASCII without '"', ';' and '\\' (RFC 6265 4.1.1, plus the
// space and comma browsers accept); a path is printable ASCII without ';'.
func validCookieValueByte(b byte) bool {
	return b >= ' ' && b <= '~' && b != '"' && b != ';' && b != '\\'
}

func validCookiePathByte(b byte) bool { return b >= ' ' && b <= '~' && b != ';' }

// indexInvalid is the index of the first byte of s that valid refuses, -1 if none.
func indexInvalid(s string, valid func(byte) bool) int {
	for i := 0; i < len(s); i++ {
		if !valid(s[i]) {
			return i
		}
	}
	return -1
}

// sanitizeCookieValue drops bytes a value may not hold and quotes a value with a space or a
// comma.
func sanitizeCookieValue(v string) string {
	v = sanitizeOrWarn("Cookie.Value", validCookieValueByte, v)
	if strings.ContainsAny(v, " ,") {
		return "\"" + v + "\""
	}
	return v
}

// sanitizeOrWarn drops the bytes of v that valid refuses, logging the first of them.
func sanitizeOrWarn(field string, valid func(byte) bool, v string) string {
	bad := indexInvalid(v, valid)
	if bad < 0 {
		return v
	}
	log.Printf("net/http: invalid byte %q in %s; dropping invalid bytes", v[bad], field)
	kept := []byte(v[:bad])
	for i := bad + 1; i < len(v); i++ {
		if valid(v[i]) {
			kept = append(kept, v[i])
		}
	}
	return string(kept)
}

// parseCookieValue checks a received value; one pair of surrounding double quotes is
// removed first when allowed.
func parseCookieValue(raw string, allowDoubleQuote bool) (string, bool) {
	if allowDoubleQuote && len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' {
		raw = raw[1 : len(raw)-1]
	}
	return raw, indexInvalid(raw, validCookieValueByte) < 0
}

func isCookieNameValid(raw string) bool {
	return isToken(raw)
}
