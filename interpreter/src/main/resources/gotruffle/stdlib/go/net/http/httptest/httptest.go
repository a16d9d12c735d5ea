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
	// Read as a server reads a request line; HTTP/1.0 does not need a Host field, the
	// request is made HTTP/1.1 afterwards.
	line := method + " " + target + " HTTP/1.0\r\n\r\n"
	req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(line)))
	if err != nil {
		panic("invalid NewRequest arguments; " + err.Error())
	}
	if strings.HasPrefix(target, "https://") {
		panic("unsupported: httptest.NewRequest with an https target (GoTruffle has no crypto/tls)")
	}
	req.Proto, req.ProtoMinor, req.Close = "HTTP/1.1", 1, false
	req.RemoteAddr = "192.0.2.1:1234" // TEST-NET-1 (RFC 5737)
	if req.Host == "" {
		req.Host = "example.com"
	}
	if body != nil {
		req.Body, req.ContentLength = asReadCloser(body), knownLength(body)
	}
	return req
}

// knownLength is the number of bytes left in the readers whose length NewRequest knows (the
// standard in-memory ones), -1 for the others.
func knownLength(r io.Reader) int64 {
	switch r := r.(type) {
	case *bytes.Buffer:
		return int64(r.Len())
	case *bytes.Reader:
		return int64(r.Len())
	case *strings.Reader:
		return int64(r.Len())
	}
	return -1
}

func asReadCloser(r io.Reader) io.ReadCloser {
	if rc, ok := r.(io.ReadCloser); ok {
		return rc
	}
	return io.NopCloser(r)
}
