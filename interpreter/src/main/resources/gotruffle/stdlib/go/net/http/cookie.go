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

// String formats the cookie for a Cookie header (only Name and Value set) or else for a
// Set-Cookie header.
func (c *Cookie) String() string {
	if c == nil || !isCookieNameValid(c.Name) {
		return ""
	}
	var b strings.Builder
	b.WriteString(c.Name)
	b.WriteByte('=')
	b.WriteString(sanitizeCookieValue(c.Value))
	if len(c.Path) > 0 {
		b.WriteString("; Path=")
		b.WriteString(sanitizeOrWarn("Cookie.Path", validCookiePathByte, c.Path))
	}
	if len(c.Domain) > 0 {
		if validCookieDomain(c.Domain) {
			d := c.Domain
			if d[0] == '.' {
				d = d[1:]
			}
			b.WriteString("; Domain=")
			b.WriteString(d)
		} else {
			log.Printf("net/http: invalid Cookie.Domain %q; dropping domain attribute", c.Domain)
		}
	}
	if validCookieExpires(c.Expires) {
		b.WriteString("; Expires=")
		b.WriteString(c.Expires.UTC().Format(TimeFormat))
	}
	if c.MaxAge > 0 {
		b.WriteString("; Max-Age=")
		b.WriteString(strconv.Itoa(c.MaxAge))
	} else if c.MaxAge < 0 {
		b.WriteString("; Max-Age=0")
	}
	if c.HttpOnly {
		b.WriteString("; HttpOnly")
	}
	if c.Secure {
		b.WriteString("; Secure")
	}
	switch c.SameSite {
	case SameSiteNoneMode:
		b.WriteString("; SameSite=None")
	case SameSiteLaxMode:
		b.WriteString("; SameSite=Lax")
	case SameSiteStrictMode:
		b.WriteString("; SameSite=Strict")
	}
	return b.String()
}

// Valid checks the cookie's name, value, path and domain; nil means fine.
func (c *Cookie) Valid() error {
	if c == nil {
		return errors.New("http: nil Cookie")
	}
	if !isCookieNameValid(c.Name) {
		return errors.New("http: invalid Cookie.Name")
	}
	if !c.Expires.IsZero() && !validCookieExpires(c.Expires) {
		return errors.New("http: invalid Cookie.Expires")
	}
	for i := 0; i < len(c.Value); i++ {
		if !validCookieValueByte(c.Value[i]) {
			return errors.New("http: invalid byte " + strconv.QuoteRune(rune(c.Value[i])) + " in Cookie.Value")
		}
	}
	if len(c.Path) > 0 {
		for i := 0; i < len(c.Path); i++ {
			if !validCookiePathByte(c.Path[i]) {
				return errors.New("http: invalid byte " + strconv.QuoteRune(rune(c.Path[i])) + " in Cookie.Path")
			}
		}
	}
	if len(c.Domain) > 0 && !validCookieDomain(c.Domain) {
		return errors.New("http: invalid Cookie.Domain")
	}
	return nil
}

// readSetCookies collects the cookies of every Set-Cookie line in h.
func readSetCookies(h Header) []*Cookie {
	lines := h["Set-Cookie"]
	cookies := make([]*Cookie, 0, len(lines))
	for _, line := range lines {
		parts := strings.Split(textproto.TrimString(line), ";")
		if len(parts) == 1 && parts[0] == "" {
			continue
		}
		parts[0] = textproto.TrimString(parts[0])
		name, value, ok := strings.Cut(parts[0], "=")
		if !ok || !isCookieNameValid(name) {
			continue
		}
		value, ok = parseCookieValue(value, true)
		if !ok {
			continue
		}
		c := &Cookie{Name: name, Value: value, Raw: line}
		for i := 1; i < len(parts); i++ {
			parts[i] = textproto.TrimString(parts[i])
			if len(parts[i]) == 0 {
				continue
			}
			attr, val, _ := strings.Cut(parts[i], "=")
			lowerAttr := strings.ToLower(attr)
			val, ok = parseCookieValue(val, false)
			if !ok {
				c.Unparsed = append(c.Unparsed, parts[i])
				continue
			}
			switch lowerAttr {
			case "samesite":
				switch strings.ToLower(val) {
				case "lax":
					c.SameSite = SameSiteLaxMode
				case "strict":
					c.SameSite = SameSiteStrictMode
				case "none":
					c.SameSite = SameSiteNoneMode
				default:
					c.SameSite = SameSiteDefaultMode
				}
				continue
			case "secure":
				c.Secure = true
				continue
			case "httponly":
				c.HttpOnly = true
				continue
			case "domain":
				c.Domain = val
				continue
			case "max-age":
				secs, err := strconv.Atoi(val)
				if err != nil || secs != 0 && val[0] == '0' {
					break
				}
				if secs <= 0 {
					secs = -1
				}
				c.MaxAge = secs
				continue
			case "expires":
				c.RawExpires = val
				t, err := time.Parse(time.RFC1123, val)
				if err != nil {
					t, err = time.Parse("Mon, 02-Jan-2006 15:04:05 MST", val)
					if err != nil {
						c.Expires = time.Time{}
						break
					}
				}
				c.Expires = t.UTC()
				continue
			case "path":
				c.Path = val
				continue
			}
			c.Unparsed = append(c.Unparsed, parts[i])
		}
		cookies = append(cookies, c)
	}
	return cookies
}

// readCookies parses the "Cookie" values of h (only those named filter, if it is not "").
func readCookies(h Header, filter string) []*Cookie {
	lines := h["Cookie"]
	cookies := []*Cookie{}
	for _, line := range lines {
		line = textproto.TrimString(line)
		var part string
		for len(line) > 0 {
			part, line, _ = strings.Cut(line, ";")
			part = textproto.TrimString(part)
			if part == "" {
				continue
			}
			name, val, _ := strings.Cut(part, "=")
			if !isCookieNameValid(name) || filter != "" && filter != name {
				continue
			}
			val, ok := parseCookieValue(val, true)
			if !ok {
				continue
			}
			cookies = append(cookies, &Cookie{Name: name, Value: val})
		}
	}
	return cookies
}

func validCookieExpires(t time.Time) bool {
	return t.Year() >= 1601
}

func validCookieDomain(v string) bool {
	if isCookieDomainName(v) {
		return true
	}
	return net.ParseIP(v) != nil && !strings.Contains(v, ":")
}

// isCookieDomainName: s is a host name as a cookie's Domain may give it, a leading dot allowed.
func isCookieDomainName(s string) bool {
	if len(s) == 0 || len(s) > 255 {
		return false
	}
	if s[0] == '.' {
		s = s[1:]
	}
	last := byte('.')
	ok := false
	partlen := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			ok = true
			partlen++
		case '0' <= c && c <= '9':
			partlen++
		case c == '-':
			if last == '.' {
				return false
			}
			partlen++
		case c == '.':
			if last == '.' || last == '-' || partlen > 63 || partlen == 0 {
				return false
			}
			partlen = 0
		default:
			return false
		}
		last = c
	}
	if last == '-' || partlen > 63 {
		return false
	}
	return ok
}

func validCookieValueByte(b byte) bool {
	return 0x20 <= b && b < 0x7f && b != '"' && b != ';' && b != '\\'
}

func validCookiePathByte(b byte) bool {
	return 0x20 <= b && b < 0x7f && b != ';'
}

func sanitizeCookieValue(v string) string {
	v = sanitizeOrWarn("Cookie.Value", validCookieValueByte, v)
	if len(v) == 0 {
		return v
	}
	if strings.ContainsAny(v, " ,") {
		return `"` + v + `"`
	}
	return v
}

func sanitizeOrWarn(field string, valid func(byte) bool, v string) string {
	ok := true
	for i := 0; i < len(v); i++ {
		if !valid(v[i]) {
			log.Printf("net/http: invalid byte %q in %s; dropping invalid bytes", v[i], field)
			ok = false
			break
		}
	}
	if ok {
		return v
	}
	buf := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		if valid(v[i]) {
			buf = append(buf, v[i])
		}
	}
	return string(buf)
}

func parseCookieValue(raw string, allowDoubleQuote bool) (string, bool) {
	if allowDoubleQuote && len(raw) > 1 && raw[0] == '"' && raw[len(raw)-1] == '"' {
		raw = raw[1 : len(raw)-1]
	}
	for i := 0; i < len(raw); i++ {
		if !validCookieValueByte(raw[i]) {
			return "", false
		}
	}
	return raw, true
}

func isCookieNameValid(raw string) bool {
	return isToken(raw)
}
