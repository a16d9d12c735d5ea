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
	lv := r.Header.Get("Location")
	if lv == "" {
		return nil, ErrNoLocation
	}
	if r.Request != nil && r.Request.URL != nil {
		return r.Request.URL.Parse(lv)
	}
	return url.Parse(lv)
}

// ProtoAtLeast: the response's HTTP version is major.minor or later.
func (r *Response) ProtoAtLeast(major, minor int) bool {
	return r.ProtoMajor > major || r.ProtoMajor == major && r.ProtoMinor >= minor
}

// ReadResponse parses one HTTP/1.x response from r; req (may be nil) is the request it
// answers (a response to HEAD has no body).
func ReadResponse(r *bufio.Reader, req *Request) (*Response, error) {
	tp := textproto.NewReader(r)
	resp := &Response{Request: req}
	line, err := tp.ReadLine()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	proto, status, ok := strings.Cut(line, " ")
	if !ok {
		return nil, badStringError("malformed HTTP response", line)
	}
	resp.Proto = proto
	resp.Status = strings.TrimLeft(status, " ")
	statusCode, _, _ := strings.Cut(resp.Status, " ")
	if len(statusCode) != 3 {
		return nil, badStringError("malformed HTTP status code", statusCode)
	}
	resp.StatusCode, err = strconv.Atoi(statusCode)
	if err != nil || resp.StatusCode < 0 {
		return nil, badStringError("malformed HTTP status code", statusCode)
	}
	if resp.ProtoMajor, resp.ProtoMinor, ok = ParseHTTPVersion(resp.Proto); !ok {
		return nil, badStringError("malformed HTTP version", resp.Proto)
	}
	mimeHeader, err := tp.ReadMIMEHeader()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	resp.Header = Header(mimeHeader)
	fixPragmaCacheControl(resp.Header)
	if err = readTransfer(resp, r); err != nil {
		return nil, err
	}
	return resp, nil
}

// Write emits r as an HTTP/1.x response: status line, headers, body.
func (r *Response) Write(w io.Writer) error {
	text := r.Status
	if text == "" {
		text = StatusText(r.StatusCode)
		if text == "" {
			text = "status code " + strconv.Itoa(r.StatusCode)
		}
	} else {
		text = strings.TrimPrefix(text, strconv.Itoa(r.StatusCode)+" ")
	}
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
