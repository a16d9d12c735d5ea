package http

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
)

// Request is an HTTP request, as a server received it or as a client will send it.
type Request struct {
	Method           string
	URL              *url.URL
	Proto            string // "HTTP/1.0"
	ProtoMajor       int    // 1
	ProtoMinor       int    // 0
	Header           Header
	Body             io.ReadCloser
	GetBody          func() (io.ReadCloser, error)
	ContentLength    int64
	TransferEncoding []string
	Close            bool
	Host             string
	Form             url.Values
	PostForm         url.Values
	Trailer          Header
	RemoteAddr       string
	RequestURI       string
	Cancel           <-chan struct{}
	Response         *Response
	ctx              context.Context
	srvCtx           *requestContext // server requests: the context, made on first use
}

var (
	// ErrMissingFile: FormFile found no file under that field name.
	ErrMissingFile = errors.New("http: no such file")
	// ErrNotMultipart is returned by ParseMultipartForm for a request that is not multipart.
	ErrNotMultipart = &ProtocolError{"request Content-Type isn't multipart/form-data"}
	// ErrMissingBoundary is returned for a multipart Content-Type without boundary.
	ErrMissingBoundary = &ProtocolError{"no multipart boundary param in Content-Type"}
	// ErrBodyNotAllowed: a Write for a response that may not have a body (HEAD, 204, 304).
	ErrBodyNotAllowed = errors.New("http: request method or response status code does not allow body")
	// ErrHijacked: a Write after the handler took over the connection.
	ErrHijacked = errors.New("http: connection has been hijacked")
	// ErrContentLength: the handler wrote more than its own Content-Length header promised.
	ErrContentLength = errors.New("http: wrote more than the declared Content-Length")
	// ErrBodyReadAfterClose: a Read on a request or response body that was closed.
	ErrBodyReadAfterClose = errors.New("http: invalid Read on closed Body")
	// ErrNoLocation: Response.Location found no Location header.
	ErrNoLocation = errors.New("http: no Location header in response")
	// ErrLineTooLong: a chunked body with a malformed chunk line.
	ErrLineTooLong = errors.New("header line too long")
)

// ProtocolError: the peer broke the HTTP protocol.
type ProtocolError struct {
	ErrorString string
}

func (pe *ProtocolError) Error() string { return pe.ErrorString }

// Context is the request's context, context.Background() if none was set. On a server it
// ends when the client goes away or ServeHTTP returns.
func (r *Request) Context() context.Context {
	if r.ctx != nil {
		return r.ctx
	}
	if r.srvCtx != nil {
		return r.srvCtx.get()
	}
	return context.Background()
}

// WithContext copies r (shallowly) with ctx as its context.
func (r *Request) WithContext(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	r2 := new(Request)
	*r2 = *r
	r2.ctx = ctx
	return r2
}

// Clone copies r deeply, with ctx as its context; the Body stays shared.
func (r *Request) Clone(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	r2 := new(Request)
	*r2 = *r
	r2.ctx = ctx
	if r.URL != nil {
		u := *r.URL
		if r.URL.User != nil {
			uu := *r.URL.User
			u.User = &uu
		}
		r2.URL = &u
	}
	r2.Header = r.Header.Clone()
	r2.Trailer = r.Trailer.Clone()
	if s := r.TransferEncoding; s != nil {
		r2.TransferEncoding = append([]string(nil), s...)
	}
	r2.Form = cloneValues(r.Form)
	r2.PostForm = cloneValues(r.PostForm)
	return r2
}

func cloneValues(v url.Values) url.Values {
	if v == nil {
		return nil
	}
	v2 := make(url.Values, len(v))
	for k, vv := range v {
		v2[k] = append([]string(nil), vv...)
	}
	return v2
}

// ProtoAtLeast: the request's HTTP version is major.minor or later.
func (r *Request) ProtoAtLeast(major, minor int) bool {
	return r.ProtoMajor > major || r.ProtoMajor == major && r.ProtoMinor >= minor
}

// UserAgent is the User-Agent header, "" when absent.
func (r *Request) UserAgent() string { return r.Header.Get("User-Agent") }

// Referer is the Referer header, "" when absent.
func (r *Request) Referer() string { return r.Header.Get("Referer") }

// Cookies are the cookies of the request's Cookie headers.
func (r *Request) Cookies() []*Cookie { return readCookies(r.Header, "") }

// Cookie finds the request's cookie called name, or ErrNoCookie.
func (r *Request) Cookie(name string) (*Cookie, error) {
	for _, c := range readCookies(r.Header, name) {
		return c, nil
	}
	return nil, ErrNoCookie
}

// AddCookie adds a cookie to the request.
func (r *Request) AddCookie(c *Cookie) {
	s := sanitizeCookieName(c.Name) + "=" + sanitizeCookieValue(c.Value)
	if c := r.Header.Get("Cookie"); c != "" {
		r.Header.Set("Cookie", c+"; "+s)
	} else {
		r.Header.Set("Cookie", s)
	}
}

func sanitizeCookieName(n string) string {
	return strings.NewReplacer("\n", "-", "\r", "-").Replace(n)
}

// BasicAuth decodes an "Authorization: Basic ..." header; ok false when there is none or
// it is malformed.
func (r *Request) BasicAuth() (username, password string, ok bool) {
	auth := r.Header.Get("Authorization")
	const prefix = "Basic "
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) {
		return "", "", false
	}
	c, ok := base64Decode(auth[len(prefix):])
	if !ok {
		return "", "", false
	}
	username, password, ok = strings.Cut(string(c), ":")
	if !ok {
		return "", "", false
	}
	return username, password, true
}

// SetBasicAuth sets an "Authorization: Basic ..." header for username and password.
func (r *Request) SetBasicAuth(username, password string) {
	r.Header.Set("Authorization", "Basic "+base64Encode(username+":"+password))
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// base64Encode is standard base64 with padding (encoding/base64's StdEncoding).
func base64Encode(s string) string {
	out := make([]byte, 0, (len(s)+2)/3*4)
	for i := 0; i < len(s); i += 3 {
		var v uint
		n := len(s) - i
		if n > 3 {
			n = 3
		}
		for k := 0; k < 3; k++ {
			v <<= 8
			if k < n {
				v |= uint(s[i+k])
			}
		}
		for k := 0; k < 4; k++ {
			if k <= n {
				out = append(out, base64Alphabet[(v>>uint(18-6*k))&63])
			} else {
				out = append(out, '=')
			}
		}
	}
	return string(out)
}

// base64Decode decodes standard padded base64.
func base64Decode(s string) (string, bool) {
	if len(s)%4 != 0 {
		return "", false
	}
	out := make([]byte, 0, len(s)/4*3)
	for i := 0; i < len(s); i += 4 {
		var v uint
		pad := 0
		for k := 0; k < 4; k++ {
			c := s[i+k]
			v <<= 6
			switch {
			case c == '=' && i+4 == len(s) && k >= 2:
				pad++
			case pad > 0:
				return "", false
			default:
				d := strings.IndexByte(base64Alphabet, c)
				if d < 0 {
					return "", false
				}
				v |= uint(d)
			}
		}
		out = append(out, byte(v>>16), byte(v>>8), byte(v))
		out = out[:len(out)-pad]
	}
	return string(out), true
}

// ParseHTTPVersion parses an HTTP version string ("HTTP/1.0").
func ParseHTTPVersion(vers string) (major, minor int, ok bool) {
	switch vers {
	case "HTTP/1.1":
		return 1, 1, true
	case "HTTP/1.0":
		return 1, 0, true
	}
	if !strings.HasPrefix(vers, "HTTP/") || len(vers) != len("HTTP/X.Y") || vers[6] != '.' {
		return 0, 0, false
	}
	maj, err := strconv.ParseUint(vers[5:6], 10, 0)
	if err != nil {
		return 0, 0, false
	}
	min, err := strconv.ParseUint(vers[7:8], 10, 0)
	if err != nil {
		return 0, 0, false
	}
	return int(maj), int(min), true
}

func validMethod(method string) bool {
	return len(method) > 0 && isToken(method)
}

// NewRequest is NewRequestWithContext with context.Background().
func NewRequest(method, url string, body io.Reader) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, url, body)
}

// NewRequestWithContext builds a client request; for a *bytes.Buffer, *bytes.Reader or
// *strings.Reader body it also fills in ContentLength and GetBody.
func NewRequestWithContext(ctx context.Context, method, rawURL string, body io.Reader) (*Request, error) {
	if method == "" {
		method = "GET"
	}
	if !validMethod(method) {
		return nil, errors.New("net/http: invalid method " + strconv.Quote(method))
	}
	if ctx == nil {
		return nil, errors.New("net/http: nil Context")
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	rc, ok := body.(io.ReadCloser)
	if !ok && body != nil {
		rc = io.NopCloser(body)
	}
	u.Host = removeEmptyPort(u.Host)
	req := &Request{
		ctx:        ctx,
		Method:     method,
		URL:        u,
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		Header:     make(Header),
		Body:       rc,
		Host:       u.Host,
	}
	if body != nil {
		switch v := body.(type) {
		case *bytes.Buffer:
			req.ContentLength = int64(v.Len())
			buf := v.Bytes()
			req.GetBody = func() (io.ReadCloser, error) {
				return io.NopCloser(bytes.NewReader(buf)), nil
			}
		case *bytes.Reader:
			req.ContentLength = int64(v.Len())
			snapshot := *v
			req.GetBody = func() (io.ReadCloser, error) {
				r := snapshot
				return io.NopCloser(&r), nil
			}
		case *strings.Reader:
			req.ContentLength = int64(v.Len())
			snapshot := *v
			req.GetBody = func() (io.ReadCloser, error) {
				r := snapshot
				return io.NopCloser(&r), nil
			}
		}
		if req.GetBody != nil && req.ContentLength == 0 {
			req.Body = NoBody
			req.GetBody = func() (io.ReadCloser, error) { return NoBody, nil }
		}
	}
	return req, nil
}

// removeEmptyPort drops a trailing ":" that has no port after it.
func removeEmptyPort(host string) string {
	if strings.HasSuffix(host, ":") {
		return strings.TrimSuffix(host, ":")
	}
	return host
}

// ReadRequest parses one HTTP/1.x request (line, headers, body setup) from b.
func ReadRequest(b *bufio.Reader) (*Request, error) {
	return readRequest(b)
}

func badStringError(what, val string) error { return &ProtocolError{what + " " + strconv.Quote(val)} }

// parseRequestLine splits a request line such as "GET /path HTTP/1.1".
func parseRequestLine(line string) (method, requestURI, proto string, ok bool) {
	method, rest, ok1 := strings.Cut(line, " ")
	requestURI, proto, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 {
		return "", "", "", false
	}
	return method, requestURI, proto, true
}

// scanRequestHead is the fast path of readRequest (a Java native): for a request head that
// lies whole in buf and has nothing unusual, the request line, the length of that line and of
// the whole head (with their line ends), and the header fields as key, value pairs, as
// ReadLine and ReadMIMEHeader would give them; headLen 0 otherwise.
func scanRequestHead(buf []byte) (line string, lineLen, headLen int, kv []string)

func readRequest(b *bufio.Reader) (req *Request, err error) {
	tp := textproto.NewReader(b)
	req = new(Request)
	var s string
	// A request usually arrives whole: parse its head from the buffer in one native call.
	if b.Buffered() == 0 {
		if _, err = b.Peek(1); err != nil {
			return nil, err
		}
	}
	buf, _ := b.Peek(b.Buffered())
	s, lineLen, headLen, kv := scanRequestHead(buf)
	if headLen > 0 {
		b.Discard(lineLen)
	} else if s, err = tp.ReadLine(); err != nil {
		return nil, err
	}
	defer func() {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
	}()
	var ok bool
	req.Method, req.RequestURI, req.Proto, ok = parseRequestLine(s)
	if !ok {
		return nil, badStringError("malformed HTTP request", s)
	}
	if !validMethod(req.Method) {
		return nil, badStringError("invalid method", req.Method)
	}
	rawurl := req.RequestURI
	if req.ProtoMajor, req.ProtoMinor, ok = ParseHTTPVersion(req.Proto); !ok {
		return nil, badStringError("malformed HTTP version", req.Proto)
	}
	justAuthority := req.Method == "CONNECT" && !strings.HasPrefix(rawurl, "/")
	if justAuthority {
		rawurl = "http://" + rawurl
	}
	if req.URL, err = url.ParseRequestURI(rawurl); err != nil {
		return nil, err
	}
	if justAuthority {
		req.URL.Scheme = ""
	}
	if headLen > 0 {
		b.Discard(headLen - lineLen)
		req.Header = make(Header, len(kv)/2)
		for i := 0; i < len(kv); i += 2 {
			req.Header[kv[i]] = append(req.Header[kv[i]], kv[i+1])
		}
	} else {
		mimeHeader, err := tp.ReadMIMEHeader()
		if err != nil {
			return nil, err
		}
		req.Header = Header(mimeHeader)
	}
	if len(req.Header["Host"]) > 1 {
		return nil, errors.New("too many Host headers")
	}
	req.Host = req.URL.Host
	if req.Host == "" {
		req.Host = req.Header.get("Host")
	}
	fixPragmaCacheControl(req.Header)
	req.Close = shouldClose(req.ProtoMajor, req.ProtoMinor, req.Header, false)
	if err = readTransfer(req, b); err != nil {
		return nil, err
	}
	return req, nil
}

// fixPragmaCacheControl: "Pragma: no-cache" implies "Cache-Control: no-cache" (RFC 7234).
func fixPragmaCacheControl(header Header) {
	if hp, ok := header["Pragma"]; ok && len(hp) > 0 && hp[0] == "no-cache" {
		if _, presentcc := header["Cache-Control"]; !presentcc {
			header["Cache-Control"] = []string{"no-cache"}
		}
	}
}

// MaxBytesError: a MaxBytesReader's body went over its limit.
type MaxBytesError struct {
	Limit int64
}

func (e *MaxBytesError) Error() string {
	return "http: request body too large"
}

// MaxBytesReader caps a request body at n bytes: reading past them fails with
// *MaxBytesError, and the server closes the connection after the response.
func MaxBytesReader(w ResponseWriter, r io.ReadCloser, n int64) io.ReadCloser {
	if n < 0 {
		n = 0
	}
	return &maxBytesReader{w: w, r: r, i: n, n: n}
}

type maxBytesReader struct {
	w   ResponseWriter
	r   io.ReadCloser
	i   int64 // the original limit, reported in MaxBytesError
	n   int64 // max bytes remaining
	err error
}

func (l *maxBytesReader) Read(p []byte) (n int, err error) {
	if l.err != nil {
		return 0, l.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	// One more byte than allowed tells "exactly n" from "more than n".
	if int64(len(p))-1 > l.n {
		p = p[:l.n+1]
	}
	n, err = l.r.Read(p)
	if int64(n) <= l.n {
		l.n -= int64(n)
		l.err = err
		return n, err
	}
	n = int(l.n)
	l.n = 0
	if res, ok := l.w.(*response); ok {
		res.requestTooLarge()
	}
	l.err = &MaxBytesError{l.i}
	return n, l.err
}

func (l *maxBytesReader) Close() error {
	return l.r.Close()
}

func copyValues(dst, src url.Values) {
	for k, vs := range src {
		dst[k] = append(dst[k], vs...)
	}
}

func parsePostForm(r *Request) (vs url.Values, err error) {
	if r.Body == nil {
		err = errors.New("missing form body")
		return
	}
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		ct = "application/octet-stream"
	}
	ct, _, err = mime.ParseMediaType(ct)
	switch {
	case ct == "application/x-www-form-urlencoded":
		var reader io.Reader = r.Body
		maxFormSize := int64(1<<63 - 1)
		if _, ok := r.Body.(*maxBytesReader); !ok {
			maxFormSize = int64(10 << 20) // 10 MiB cap on a url-encoded body
			reader = io.LimitReader(r.Body, maxFormSize+1)
		}
		b, e := io.ReadAll(reader)
		if e != nil {
			if err == nil {
				err = e
			}
			break
		}
		if int64(len(b)) > maxFormSize {
			err = errors.New("http: POST too large")
			return
		}
		vs, e = url.ParseQuery(string(b))
		if err == nil {
			err = e
		}
	case ct == "multipart/form-data":
		// handled by ParseMultipartForm (which GoTruffle does not support)
	}
	return
}

// ParseForm populates r.Form and r.PostForm: the URL query for every request, and for POST,
// PUT and PATCH requests a body of type application/x-www-form-urlencoded (body values come
// first in r.Form). It is idempotent.
func (r *Request) ParseForm() error {
	var err error
	if r.PostForm == nil {
		if r.Method == "POST" || r.Method == "PUT" || r.Method == "PATCH" {
			r.PostForm, err = parsePostForm(r)
		}
		if r.PostForm == nil {
			r.PostForm = make(url.Values)
		}
	}
	if r.Form == nil {
		if len(r.PostForm) > 0 {
			r.Form = make(url.Values)
			copyValues(r.Form, r.PostForm)
		}
		var newValues url.Values
		if r.URL != nil {
			var e error
			newValues, e = url.ParseQuery(r.URL.RawQuery)
			if err == nil {
				err = e
			}
		}
		if newValues == nil {
			newValues = make(url.Values)
		}
		if r.Form == nil {
			r.Form = newValues
		} else {
			copyValues(r.Form, newValues)
		}
	}
	return err
}

// ParseMultipartForm: GoTruffle has no mime/multipart, so a multipart body makes it panic
// (loudly unsupported); other bodies get ErrNotMultipart after ParseForm, as in Go.
func (r *Request) ParseMultipartForm(maxMemory int64) error {
	if r.Form == nil {
		if err := r.ParseForm(); err != nil {
			return err
		}
	}
	ct := r.Header.Get("Content-Type")
	if d, _, err := mime.ParseMediaType(ct); err == nil && (d == "multipart/form-data" || d == "multipart/mixed") {
		panic("unsupported: net/http.(*Request).ParseMultipartForm (mime/multipart is not available in GoTruffle)")
	}
	return ErrNotMultipart
}

// FormValue is the first value of key from the URL query or a url-encoded body
// (ParseForm runs first if needed; its errors are dropped).
func (r *Request) FormValue(key string) string {
	if r.Form == nil {
		r.ParseMultipartForm(32 << 20)
	}
	if vs := r.Form[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// PostFormValue is the first value of key from a POST, PATCH or PUT body only.
func (r *Request) PostFormValue(key string) string {
	if r.PostForm == nil {
		r.ParseMultipartForm(32 << 20)
	}
	if vs := r.PostForm[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// Write writes an HTTP/1.1 request (header and body) in wire format.
func (r *Request) Write(w io.Writer) error {
	return r.write(w, nil)
}

const defaultUserAgent = "Go-http-client/1.1"

// write sends the request line, headers (Host, User-Agent, framing, the rest sorted, then
// extra) and body.
func (r *Request) write(w io.Writer, extra Header) error {
	host := r.Host
	if host == "" {
		if r.URL == nil {
			return errors.New("http: Request.Write on Request with no Host or URL set")
		}
		host = r.URL.Host
	}
	ruri := r.URL.RequestURI()
	if r.Method == "CONNECT" && r.URL.Path == "" {
		ruri = host
		if r.URL.Opaque != "" {
			ruri = r.URL.Opaque
		}
	}
	method := r.Method
	if method == "" {
		method = "GET"
	}
	var b strings.Builder
	b.WriteString(method)
	b.WriteByte(' ')
	b.WriteString(ruri)
	b.WriteString(" HTTP/1.1\r\nHost: ")
	b.WriteString(removeZone(host))
	b.WriteString("\r\n")
	ua := defaultUserAgent
	if r.Header.has("User-Agent") {
		ua = r.Header.Get("User-Agent")
	}
	if ua != "" {
		b.WriteString("User-Agent: ")
		b.WriteString(ua)
		b.WriteString("\r\n")
	}
	tw, err := newRequestTransfer(r)
	if err != nil {
		return err
	}
	tw.writeHeader(&b)
	r.Header.appendSubset(&b, reqWriteExcludeHeader)
	if extra != nil {
		extra.appendSubset(&b, nil)
	}
	b.WriteString("\r\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if err := tw.writeBody(w); err != nil {
		return err
	}
	if bw, ok := w.(*bufio.Writer); ok {
		return bw.Flush()
	}
	return nil
}

var reqWriteExcludeHeader = map[string]bool{
	"Host":              true,
	"User-Agent":        true,
	"Content-Length":    true,
	"Transfer-Encoding": true,
	"Trailer":           true,
}

// removeZone removes the IPv6 zone identifier from host ("[fe80::1%en0]:8080").
func removeZone(host string) string {
	if !strings.HasPrefix(host, "[") {
		return host
	}
	i := strings.LastIndex(host, "]")
	if i < 0 {
		return host
	}
	j := strings.LastIndex(host[:i], "%")
	if j < 0 {
		return host
	}
	return host[:j] + host[i:]
}
