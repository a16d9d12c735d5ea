package http

import (
	"bufio"
	"errors"
	"io"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
)

// Response is the answer to a request; whoever receives it must close its Body.
type Response struct {
	Status           string // e.g. "200 OK"
	StatusCode       int    // e.g. 200
	Proto            string // e.g. "HTTP/1.0"
	ProtoMajor       int    // e.g. 1
	ProtoMinor       int    // e.g. 0
	Header           Header
	Body             io.ReadCloser
	ContentLength    int64
	TransferEncoding []string
	Close            bool
	Uncompressed     bool
	Trailer          Header
	Request          *Request
}

// Cookies are the cookies the response sets (Set-Cookie headers).
func (r *Response) Cookies() []*Cookie {
	return readSetCookies(r.Header)
}

// Location is the response's Location header as a URL, resolved against the request's URL.
func (r *Response) Location() (*url.URL, error) {
	loc := r.Header.Get("Location")
	switch {
	case loc == "":
		return nil, ErrNoLocation
	case r.Request == nil || r.Request.URL == nil:
		return url.Parse(loc)
	}
	return r.Request.URL.Parse(loc)
}

// ProtoAtLeast: the response's HTTP version is major.minor or later.
func (r *Response) ProtoAtLeast(major, minor int) bool {
	return r.ProtoMajor > major || r.ProtoMajor == major && r.ProtoMinor >= minor
}

// ReadResponse parses one HTTP/1.x response from r; req (may be nil) is the request it
// answers (a response to HEAD has no body).
func ReadResponse(r *bufio.Reader, req *Request) (*Response, error) {
	tp := textproto.NewReader(r)
	line, err := tp.ReadLine()
	if err != nil {
		return nil, eofInHead(err)
	}
	resp := &Response{Request: req}
	if err := resp.parseStatusLine(line); err != nil {
		return nil, err
	}
	fields, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, eofInHead(err)
	}
	resp.Header = Header(fields)
	fixPragmaCacheControl(resp.Header)
	if err := readTransfer(resp, r); err != nil {
		return nil, err
	}
	return resp, nil
}

// eofInHead: input that ends before the blank line closing the head was cut short.
func eofInHead(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// parseStatusLine fills Proto, Status and the numbers from "HTTP/x.y code [reason]"; Status is
// everything after the spaces that follow the version, and the code must be 3 digits.
func (r *Response) parseStatusLine(line string) error {
	sp := strings.IndexByte(line, ' ')
	if sp < 0 {
		return badStringError("malformed HTTP response", line)
	}
	r.Proto = line[:sp]
	r.Status = strings.TrimLeft(line[sp+1:], " ")
	code := r.Status
	if end := strings.IndexByte(code, ' '); end >= 0 {
		code = code[:end]
	}
	n, err := strconv.Atoi(code)
	if len(code) != 3 || err != nil || n < 0 {
		return badStringError("malformed HTTP status code", code)
	}
	r.StatusCode = n
	var ok bool
	if r.ProtoMajor, r.ProtoMinor, ok = ParseHTTPVersion(r.Proto); !ok {
		return badStringError("malformed HTTP version", r.Proto)
	}
	return nil
}

// reason is the status line's text after the code: Status without its leading code, else
// the standard text, else "status code N".
func (r *Response) reason() string {
	code := strconv.Itoa(r.StatusCode)
	if r.Status != "" {
		return strings.TrimPrefix(r.Status, code+" ")
	}
	if text := StatusText(r.StatusCode); text != "" {
		return text
	}
	return "status code " + code
}

// Write emits r as an HTTP/1.x response: status line, headers, body.
func (r *Response) Write(w io.Writer) error {
	text := r.reason()
	var b strings.Builder
	b.WriteString("HTTP/" + strconv.Itoa(r.ProtoMajor) + "." + strconv.Itoa(r.ProtoMinor) + " " + strconv.Itoa(r.StatusCode) + " " + text + "\r\n")
	var body []byte
	if r.Body != nil {
		var err error
		body, err = io.ReadAll(r.Body)
		if err != nil {
			return err
		}
		r.Body.Close()
	}
	exclude := map[string]bool{"Content-Length": true, "Transfer-Encoding": true}
	if r.ContentLength >= 0 || r.Body == nil || len(r.TransferEncoding) == 0 {
		if bodyAllowedForStatus(r.StatusCode) && (len(body) > 0 || r.ContentLength > 0 || r.Request == nil || r.Request.Method != "HEAD") {
			b.WriteString("Content-Length: " + strconv.Itoa(len(body)) + "\r\n")
		}
	}
	if r.Close {
		b.WriteString("Connection: close\r\n")
	}
	r.Header.appendSubset(&b, exclude)
	b.WriteString("\r\n")
	b.Write(body)
	_, err := io.WriteString(w, b.String())
	return err
}

var errNoResponse = errors.New("http: no response")
