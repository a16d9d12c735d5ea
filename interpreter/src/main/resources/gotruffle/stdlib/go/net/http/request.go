package http

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net"
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
	MultipartForm    *multipart.Form
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
	switch {
	case r.ctx != nil:
		return r.ctx
	case r.srvCtx != nil:
		return r.srvCtx.get()
	}
	return context.Background()
}

// WithContext copies r (shallowly) with ctx as its context.
func (r *Request) WithContext(ctx context.Context) *Request {
	return r.copyWith(ctx)
}

func (r *Request) copyWith(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	cp := *r
	cp.ctx = ctx
	return &cp
}

// Clone copies r deeply, with ctx as its context; the Body stays shared.
func (r *Request) Clone(ctx context.Context) *Request {
	cp := r.copyWith(ctx)
	if r.URL != nil {
		u := *r.URL
		if r.URL.User != nil {
			user := *r.URL.User
			u.User = &user
		}
		cp.URL = &u
	}
	cp.Header = r.Header.Clone()
	cp.Trailer = r.Trailer.Clone()
	if r.TransferEncoding != nil {
		cp.TransferEncoding = append(make([]string, 0, len(r.TransferEncoding)), r.TransferEncoding...)
	}
	// url.Values has Header's shape: Header's Clone keeps nil value lists nil, as Go does.
	cp.Form = url.Values(Header(r.Form).Clone())
	cp.PostForm = url.Values(Header(r.PostForm).Clone())
	cp.MultipartForm = cloneMultipartForm(r.MultipartForm)
	return cp
}

// ProtoAtLeast: the request's HTTP version is major.minor or later.
func (r *Request) ProtoAtLeast(major, minor int) bool {
	if r.ProtoMajor != major {
		return r.ProtoMajor > major
	}
	return r.ProtoMinor >= minor
}

// UserAgent is the User-Agent header, "" when absent.
func (r *Request) UserAgent() string { return r.Header.Get("User-Agent") }

// Referer is the Referer header, "" when absent.
func (r *Request) Referer() string { return r.Header.Get("Referer") }

// Cookies are the cookies of the request's Cookie headers.
func (r *Request) Cookies() []*Cookie { return readCookies(r.Header, "") }

// Cookie finds the request's cookie called name, or ErrNoCookie.
func (r *Request) Cookie(name string) (*Cookie, error) {
	if found := readCookies(r.Header, name); len(found) > 0 {
		return found[0], nil
	}
	return nil, ErrNoCookie
}

// AddCookie appends name=value to the request's single Cookie header (line breaks in the
// name become '-', the value is sanitized as for Set-Cookie).
func (r *Request) AddCookie(c *Cookie) {
	name := strings.ReplaceAll(strings.ReplaceAll(c.Name, "\r", "-"), "\n", "-")
	pair := name + "=" + sanitizeCookieValue(c.Value)
	if have := r.Header.Get("Cookie"); have != "" {
		pair = have + "; " + pair
	}
	r.Header.Set("Cookie", pair)
}

// BasicAuth decodes an "Authorization: Basic ..." header; ok false when there is none or
// it is malformed.
func (r *Request) BasicAuth() (username, password string, ok bool) {
	auth := r.Header.Get("Authorization")
	const scheme = "basic "
	if len(auth) < len(scheme) {
		return "", "", false
	}
	for i := 0; i < len(scheme); i++ {
		c := auth[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != scheme[i] {
			return "", "", false
		}
	}
	// The decoder skips line breaks inside the token, as encoding/base64 does.
	token := strings.ReplaceAll(strings.ReplaceAll(auth[len(scheme):], "\r", ""), "\n", "")
	plain, decoded := base64Decode(token)
	if !decoded {
		return "", "", false
	}
	colon := strings.IndexByte(plain, ':')
	if colon < 0 {
		return "", "", false
	}
	return plain[:colon], plain[colon+1:], true
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

// ParseHTTPVersion parses an HTTP version string: "HTTP/" and one digit on each side of
// the dot ("HTTP/1.0" gives 1, 0).
func ParseHTTPVersion(vers string) (major, minor int, ok bool) {
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	if len(vers) != len("HTTP/1.1") || vers[:5] != "HTTP/" || vers[6] != '.' || !digit(vers[5]) || !digit(vers[7]) {
		return 0, 0, false
	}
	return int(vers[5] - '0'), int(vers[7] - '0'), true
}

func validMethod(method string) bool {
	return method != "" && isToken(method)
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
	switch {
	case !validMethod(method):
		return nil, fmt.Errorf("net/http: invalid method %q", method)
	case ctx == nil:
		return nil, errors.New("net/http: nil Context")
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	// "host:" names the default port, like no port at all.
	u.Host = strings.TrimSuffix(u.Host, ":")
	req := &Request{ctx: ctx, Method: method, URL: u, Host: u.Host, Header: Header{},
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1}
	if body == nil {
		return req, nil
	}
	rc, closes := body.(io.ReadCloser)
	if !closes {
		rc = io.NopCloser(body)
	}
	req.Body = rc
	req.ContentLength, req.GetBody = replayable(body)
	if req.GetBody != nil && req.ContentLength == 0 {
		req.Body = NoBody
		req.GetBody = func() (io.ReadCloser, error) { return NoBody, nil }
	}
	return req, nil
}

// replayable: for the in-memory body kinds, the bytes still to read and a function that
// gives a fresh reader over them each time (for redirects and retries).
func replayable(body io.Reader) (int64, func() (io.ReadCloser, error)) {
	switch b := body.(type) {
	case *bytes.Buffer:
		data := b.Bytes()
		return int64(len(data)), func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
	case *bytes.Reader:
		at := *b
		return int64(b.Len()), func() (io.ReadCloser, error) {
			fresh := at
			return io.NopCloser(&fresh), nil
		}
	case *strings.Reader:
		at := *b
		return int64(b.Len()), func() (io.ReadCloser, error) {
			fresh := at
			return io.NopCloser(&fresh), nil
		}
	}
	return 0, nil
}

// ReadRequest parses one HTTP/1.x request (line, headers, body setup) from b. The Host
// field is taken out of Header: it is in req.Host.
func ReadRequest(b *bufio.Reader) (*Request, error) {
	req, err := readRequest(b)
	if req != nil {
		delete(req.Header, "Host")
	}
	return req, err
}

// badStringError: a plain error naming what was wrong and the quoted value.
func badStringError(what, val string) error { return errors.New(what + " " + strconv.Quote(val)) }

// scanRequestHead is the fast path of readRequest (a Java native): for a request head that
// lies whole in buf and has nothing unusual, the request line, the length of that line and of
// the whole head (with their line ends), and the header fields as key, value pairs, as
// ReadLine and ReadMIMEHeader would give them; headLen 0 otherwise.
func scanRequestHead(buf []byte) (line string, lineLen, headLen int, kv []string)

// readRequest reads the request line and head, then sets up the body. A request usually
// arrives whole: its head is then parsed from the buffer by one native call, and only odd
// or partial heads go through textproto line by line.
func readRequest(b *bufio.Reader) (*Request, error) {
	if b.Buffered() == 0 {
		if _, err := b.Peek(1); err != nil {
			return nil, err
		}
	}
	buffered, _ := b.Peek(b.Buffered())
	line, lineLen, headLen, kv := scanRequestHead(buffered)
	tp := textproto.NewReader(b)
	if headLen == 0 {
		var err error
		if line, err = tp.ReadLine(); err != nil {
			return nil, err
		}
	} else {
		b.Discard(lineLen)
	}
	req, err := requestFromLine(line)
	if err == nil {
		if headLen > 0 {
			b.Discard(headLen - lineLen)
			req.Header = make(Header, len(kv)/2)
			for i := 0; i+1 < len(kv); i += 2 {
				req.Header[kv[i]] = append(req.Header[kv[i]], kv[i+1])
			}
		} else {
			var fields textproto.MIMEHeader
			fields, err = tp.ReadMIMEHeader()
			req.Header = Header(fields)
		}
	}
	if err == nil {
		err = req.finishHead(b)
	}
	// Past the request line, the input ending is a truncated request.
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return nil, err
	}
	return req, nil
}

// requestFromLine parses "METHOD request-target HTTP/x.y". A CONNECT target that is not a
// path is an authority (host:port): the URL gets its Host and no scheme.
func requestFromLine(line string) (*Request, error) {
	// Split at the first two spaces; the version is all that follows the second.
	first := strings.IndexByte(line, ' ')
	second := -1
	if first >= 0 {
		if k := strings.IndexByte(line[first+1:], ' '); k >= 0 {
			second = first + 1 + k
		}
	}
	if second < 0 {
		return nil, badStringError("malformed HTTP request", line)
	}
	req := &Request{Method: line[:first], RequestURI: line[first+1 : second], Proto: line[second+1:]}
	if !validMethod(req.Method) {
		return nil, badStringError("invalid method", req.Method)
	}
	var ok bool
	if req.ProtoMajor, req.ProtoMinor, ok = ParseHTTPVersion(req.Proto); !ok {
		return nil, badStringError("malformed HTTP version", req.Proto)
	}
	authority := req.Method == "CONNECT" && !strings.HasPrefix(req.RequestURI, "/")
	target := req.RequestURI
	if authority {
		target = "http://" + target
	}
	u, err := url.ParseRequestURI(target)
	if err != nil {
		return nil, err
	}
	if authority {
		u.Scheme = ""
	}
	req.URL = u
	return req, nil
}

// finishHead applies the head's rules (one Host at most, the URL's host first, Pragma,
// keep-alive) and sets up the body reader.
func (r *Request) finishHead(b *bufio.Reader) error {
	if hosts := r.Header["Host"]; len(hosts) > 1 {
		return errors.New("too many Host headers")
	}
	// An absolute request-target's authority wins over the Host field.
	if r.Host = r.URL.Host; r.Host == "" {
		r.Host = r.Header.get("Host")
	}
	fixPragmaCacheControl(r.Header)
	r.Close = shouldClose(r.ProtoMajor, r.ProtoMinor, r.Header, false)
	if err := readTransfer(r, b); err != nil {
		return err
	}
	// HTTP/2's connection preface ("PRI * HTTP/2.0" and no fields): what follows is no
	// HTTP/1 body, and the connection is not one to keep.
	if r.Method == "PRI" && r.Proto == "HTTP/2.0" && r.URL.Path == "*" && len(r.Header) == 0 {
		r.ContentLength = -1
		r.Close = true
	}
	return nil
}

// fixPragmaCacheControl: "Pragma: no-cache" implies "Cache-Control: no-cache" (RFC 7234)
// when there is no Cache-Control.
func fixPragmaCacheControl(header Header) {
	pragma := header["Pragma"]
	if len(pragma) == 0 || pragma[0] != "no-cache" {
		return
	}
	if _, has := header["Cache-Control"]; !has {
		header["Cache-Control"] = []string{"no-cache"}
	}
}

// MaxBytesError: a MaxBytesReader's body went over its limit.
type MaxBytesError struct {
	Limit int64
}

func (e *MaxBytesError) Error() string { return "http: request body too large" }

// MaxBytesReader caps a request body at n bytes: reading past them fails with
// *MaxBytesError, and the server closes the connection after the response.
func MaxBytesReader(w ResponseWriter, r io.ReadCloser, n int64) io.ReadCloser {
	if n < 0 {
		n = 0
	}
	return &maxBytesReader{w: w, r: r, limit: n, left: n}
}

type maxBytesReader struct {
	w     ResponseWriter
	r     io.ReadCloser
	limit int64 // reported in MaxBytesError
	left  int64
	err   error // once set, every Read returns it
}

func (m *maxBytesReader) Read(p []byte) (int, error) {
	if m.err != nil || len(p) == 0 {
		return 0, m.err
	}
	// Ask for one byte past the limit: getting it tells "too large" from "exactly at it".
	if int64(len(p))-1 > m.left {
		p = p[:m.left+1]
	}
	n, err := m.r.Read(p)
	if int64(n) > m.left {
		n, m.left = int(m.left), 0
		if res, ok := m.w.(*response); ok {
			res.requestTooLarge()
		}
		m.err = &MaxBytesError{m.limit}
		return n, m.err
	}
	m.left -= int64(n)
	m.err = err
	return n, err
}

func (m *maxBytesReader) Close() error {
	return m.r.Close()
}

// appendValues adds src's values after dst's, key by key.
func appendValues(dst, src url.Values) {
	for k, vs := range src {
		dst[k] = append(dst[k], vs...)
	}
}

// errPostTooLarge: a url-encoded body over 10 MiB (not capped by MaxBytesReader).
var errPostTooLarge = errors.New("http: POST too large")

// parsePostForm reads a url-encoded body. A Content-Type parse error is reported first (a
// media type with a bad parameter is still used), except that a too large body wins.
func parsePostForm(r *Request) (url.Values, error) {
	if r.Body == nil {
		return nil, errMissingFormBody
	}
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		ct = "application/octet-stream"
	}
	media, _, typeErr := mime.ParseMediaType(ct)
	if media != "application/x-www-form-urlencoded" {
		// multipart/form-data is ParseMultipartForm's; other types carry no form.
		return nil, typeErr
	}
	vs, err := readURLEncoded(r.Body)
	if typeErr != nil && err != errPostTooLarge {
		err = typeErr
	}
	return vs, err
}

// readURLEncoded parses a whole url-encoded body; nil values when reading fails.
func readURLEncoded(body io.ReadCloser) (url.Values, error) {
	var src io.Reader = body
	limit := int64(1<<63 - 1)
	if _, capped := body.(*maxBytesReader); !capped {
		limit = 10 << 20
		src = io.LimitReader(body, limit+1)
	}
	data, err := io.ReadAll(src)
	switch {
	case err != nil:
		return nil, err
	case int64(len(data)) > limit:
		return nil, errPostTooLarge
	}
	return url.ParseQuery(string(data))
}

// ParseForm fills r.Form and r.PostForm once: a POST, PUT or PATCH body of type
// application/x-www-form-urlencoded into PostForm, and into Form the body's values followed
// by the URL query's. The first error met is returned; the maps are set even then.
func (r *Request) ParseForm() error {
	var err error
	if r.PostForm == nil {
		switch r.Method {
		case "POST", "PUT", "PATCH":
			r.PostForm, err = parsePostForm(r)
		}
		if r.PostForm == nil {
			r.PostForm = url.Values{}
		}
	}
	if r.Form != nil {
		return err
	}
	query := url.Values{}
	if r.URL != nil {
		var qerr error
		if query, qerr = url.ParseQuery(r.URL.RawQuery); err == nil {
			err = qerr
		}
		if query == nil {
			query = url.Values{}
		}
	}
	if len(r.PostForm) == 0 {
		r.Form = query
		return err
	}
	r.Form = url.Values{}
	appendValues(r.Form, r.PostForm)
	appendValues(r.Form, query)
	return err
}

// defaultMaxMemory is the maxMemory of the form parsed by FormValue, PostFormValue and
// FormFile: 32 MB.
const defaultMaxMemory = 32 << 20

// formByReader marks (as r.MultipartForm) a request whose body MultipartReader handed out.
var formByReader = &multipart.Form{Value: map[string][]string{}, File: map[string][]*multipart.FileHeader{}}

var (
	errReaderTwice     = errors.New("http: MultipartReader called twice")
	errFormParsed      = errors.New("http: multipart handled by ParseMultipartForm")
	errFormByReader    = errors.New("http: multipart handled by MultipartReader")
	errMissingFormBody = errors.New("missing form body")
)

// MultipartReader returns a reader of the parts of a multipart/form-data or multipart/mixed
// body, for handlers that stream the parts instead of calling ParseMultipartForm.
func (r *Request) MultipartReader() (*multipart.Reader, error) {
	switch r.MultipartForm {
	case nil:
	case formByReader:
		return nil, errReaderTwice
	default:
		return nil, errFormParsed
	}
	r.MultipartForm = formByReader
	return r.multipartReader(true)
}

// multipartReader checks the body's Content-Type (multipart/mixed only if mixed) and
// returns a reader over it.
func (r *Request) multipartReader(mixed bool) (*multipart.Reader, error) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return nil, ErrNotMultipart
	}
	if r.Body == nil {
		return nil, errMissingFormBody
	}
	media, params, err := mime.ParseMediaType(ct)
	if err != nil || media != "multipart/form-data" && !(mixed && media == "multipart/mixed") {
		return nil, ErrNotMultipart
	}
	if boundary, ok := params["boundary"]; ok {
		return multipart.NewReader(r.Body, boundary), nil
	}
	return nil, ErrMissingBoundary
}

// ParseMultipartForm parses a multipart/form-data body (after ParseForm, if that was not
// done) into r.MultipartForm, file contents within maxMemory and the rest in temporary
// files; its values are added to r.Form and r.PostForm. Once parsed, calls do nothing. The
// error of ParseForm is returned after a successful parse.
func (r *Request) ParseMultipartForm(maxMemory int64) error {
	if r.MultipartForm == formByReader {
		return errFormByReader
	}
	var formErr error
	if r.Form == nil {
		formErr = r.ParseForm()
	}
	if r.MultipartForm != nil {
		return nil
	}
	var form *multipart.Form
	mr, err := r.multipartReader(false)
	if err == nil {
		form, err = mr.ReadForm(maxMemory)
	}
	if err != nil {
		return err
	}
	if r.PostForm == nil {
		r.PostForm = url.Values{}
	}
	for k, vs := range form.Value {
		r.Form[k] = append(r.Form[k], vs...)
		r.PostForm[k] = append(r.PostForm[k], vs...)
	}
	r.MultipartForm = form
	return formErr
}

// FormValue is the first value of key in r.Form (URL query, url-encoded or multipart body),
// after parsing the form if that was not done; parse errors are dropped.
func (r *Request) FormValue(key string) string {
	if r.Form == nil {
		r.ParseMultipartForm(defaultMaxMemory)
	}
	return r.Form.Get(key)
}

// PostFormValue is the first value of key in a POST, PATCH or PUT body only.
func (r *Request) PostFormValue(key string) string {
	if r.PostForm == nil {
		r.ParseMultipartForm(defaultMaxMemory)
	}
	return r.PostForm.Get(key)
}

// FormFile opens the first file of the multipart form under key (parsing the form first
// if needed); ErrMissingFile if there is none.
func (r *Request) FormFile(key string) (multipart.File, *multipart.FileHeader, error) {
	if r.MultipartForm == formByReader {
		return nil, nil, errFormByReader
	}
	if r.MultipartForm == nil {
		if err := r.ParseMultipartForm(defaultMaxMemory); err != nil {
			return nil, nil, err
		}
	}
	var files []*multipart.FileHeader
	if r.MultipartForm != nil {
		files = r.MultipartForm.File[key]
	}
	if len(files) == 0 {
		return nil, nil, ErrMissingFile
	}
	f, err := files[0].Open()
	return f, files[0], err
}

// cloneMultipartForm copies a form deeply (file headers too; the files are shared).
func cloneMultipartForm(f *multipart.Form) *multipart.Form {
	if f == nil {
		return nil
	}
	cp := &multipart.Form{Value: map[string][]string(Header(f.Value).Clone())}
	if f.File == nil {
		return cp
	}
	cp.File = make(map[string][]*multipart.FileHeader, len(f.File))
	for k, fhs := range f.File {
		list := make([]*multipart.FileHeader, len(fhs))
		for i, fh := range fhs {
			if fh != nil {
				c := *fh
				c.Header = textproto.MIMEHeader(Header(fh.Header).Clone())
				fh = &c
			}
			list[i] = fh
		}
		cp.File[k] = list
	}
	return cp
}

// Write writes an HTTP/1.1 request (header and body) in wire format, as to a server; the
// body is closed afterwards.
func (r *Request) Write(w io.Writer) error {
	return r.write(w, false, nil)
}

// WriteProxy is Write as to a proxy: the request line carries the absolute URL.
func (r *Request) WriteProxy(w io.Writer) error {
	return r.write(w, true, nil)
}

const defaultUserAgent = "Go-http-client/1.1"

// reqWriteExcludeHeader: fields write sets itself, never copied from r.Header.
var reqWriteExcludeHeader = map[string]bool{"Host": true, "User-Agent": true, "Content-Length": true, "Transfer-Encoding": true, "Trailer": true}

// write sends the request line, Host, User-Agent (Go's unless r.Header has one, none when
// that is empty), the framing fields, r.Header's other fields sorted, then extra, and the
// body. It does not flush a *bufio.Writer w.
func (r *Request) write(w io.Writer, usingProxy bool, extra Header) (err error) {
	bodyHandedOver := false
	defer func() {
		if bodyHandedOver || r.Body == nil {
			return
		}
		if cerr := r.Body.Close(); err == nil {
			err = cerr
		}
	}()
	host := cleanHost(r.Host)
	if host == "" {
		if r.URL == nil {
			return errors.New("http: Request.Write on Request with no Host or URL set")
		}
		host = cleanHost(r.URL.Host)
	}
	host = removeZone(host)
	target := requestTarget(r, host, usingProxy)
	for i := 0; i < len(target); i++ {
		if c := target[i]; c < ' ' || c == 0x7f {
			return errors.New("net/http: can't write control character in Request.URL")
		}
	}
	method := r.Method
	if method == "" {
		method = "GET"
	}
	var head strings.Builder
	head.WriteString(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n")
	agent := defaultUserAgent
	if r.Header.has("User-Agent") {
		agent = r.Header.Get("User-Agent")
	}
	if agent != "" {
		head.WriteString("User-Agent: " + agent + "\r\n")
	}
	tw, err := newRequestTransfer(r)
	if err != nil {
		return err
	}
	tw.writeHeader(&head)
	r.Header.appendSubset(&head, reqWriteExcludeHeader)
	if extra != nil {
		extra.appendSubset(&head, nil)
	}
	head.WriteString("\r\n")
	if _, err := io.WriteString(w, head.String()); err != nil {
		return err
	}
	bodyHandedOver = true
	return tw.writeBody(w)
}

// requestTarget is the request line's target: the path and query; for a proxy the absolute
// URL; for CONNECT without a path the authority.
func requestTarget(r *Request, host string, usingProxy bool) string {
	u := r.URL
	switch {
	case usingProxy && u.Scheme != "" && u.Opaque == "":
		return u.Scheme + "://" + host + u.RequestURI()
	case r.Method == "CONNECT" && u.Path == "":
		if u.Opaque != "" {
			return u.Opaque
		}
		return host
	}
	return u.RequestURI()
}

// cleanHost is the Host a request sends: what precedes a space or '/', and for a
// host:port a normalized join. (Go also converts non-ASCII names to punycode; GoTruffle
// sends them as they are.)
func cleanHost(in string) string {
	if cut := strings.IndexAny(in, " /"); cut >= 0 {
		in = in[:cut]
	}
	if h, port, err := net.SplitHostPort(in); err == nil {
		return net.JoinHostPort(h, port)
	}
	return in
}

// removeZone drops an IPv6 zone ("%en0") from a bracketed host.
func removeZone(host string) string {
	end := strings.LastIndexByte(host, ']')
	if !strings.HasPrefix(host, "[") || end < 0 {
		return host
	}
	if pct := strings.LastIndexByte(host[:end], '%'); pct >= 0 {
		return host[:pct] + host[end:]
	}
	return host
}
