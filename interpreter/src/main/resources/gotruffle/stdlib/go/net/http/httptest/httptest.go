// Package httptest provides utilities for HTTP testing: a ResponseRecorder for handlers, a
// loopback test Server, and NewRequest for incoming-style requests.
package httptest

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"strings"
)

// DefaultRemoteAddr: the RemoteAddr NewRequest gives its requests.
const DefaultRemoteAddr = "1.2.3.4"

// NewRequest builds a server-side request for calling a handler directly in a test; target
// is a path or an absolute URL. Bad arguments panic.
func NewRequest(method, target string, body io.Reader) *http.Request {
	if method == "" {
		method = "GET"
	}
	req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(method + " " + target + " HTTP/1.0\r\n\r\n")))
	if err != nil {
		panic("invalid NewRequest arguments; " + err.Error())
	}
	req.Proto = "HTTP/1.1"
	req.ProtoMinor = 1
	req.Close = false
	if body != nil {
		switch v := body.(type) {
		case *bytes.Buffer:
			req.ContentLength = int64(v.Len())
		case *bytes.Reader:
			req.ContentLength = int64(v.Len())
		case *strings.Reader:
			req.ContentLength = int64(v.Len())
		default:
			req.ContentLength = -1
		}
		if rc, ok := body.(io.ReadCloser); ok {
			req.Body = rc
		} else {
			req.Body = io.NopCloser(body)
		}
	}
	req.RemoteAddr = "192.0.2.1:1234"
	if req.Host == "" {
		req.Host = "example.com"
	}
	if strings.HasPrefix(target, "https://") {
		panic("unsupported: httptest.NewRequest with an https target (GoTruffle has no crypto/tls)")
	}
	return req
}
