// httptest.NewRequest: what the request looks like for each kind of target and body (lengths
// known for the in-memory readers only), and the panics of bad arguments.
package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type plainReader struct{ io.Reader }

type closer struct{ io.Reader }

func (closer) Close() error { return nil }

func main() {
	buf := bytes.NewBufferString("buffer")
	buf.ReadByte()
	bodies := []io.Reader{nil, buf, bytes.NewReader([]byte("bytes")), strings.NewReader("strings"),
		plainReader{strings.NewReader("plain")}, closer{strings.NewReader("closer")}}
	for i, body := range bodies {
		r := httptest.NewRequest("POST", "/p?q=1", body)
		b := []byte(nil)
		if r.Body != nil {
			b, _ = io.ReadAll(r.Body)
		}
		rc, isCloser := body.(io.ReadCloser)
		fmt.Printf("%d: NoBody=%v own=%v cl=%d %q\n", i, r.Body == http.NoBody, isCloser && r.Body == rc, r.ContentLength, b)
	}
	for _, target := range []string{"/", "/a/b?c=d#frag", "http://example.org:8080/x", "//host/path", "*"} {
		r := httptest.NewRequest("", target, nil)
		fmt.Printf("%q: %s %q host=%q uri=%q %s %d.%d close=%v remote=%s\n", target, r.Method, r.URL.String(), r.Host,
			r.RequestURI, r.Proto, r.ProtoMajor, r.ProtoMinor, r.Close, r.RemoteAddr)
	}
	for _, args := range [][2]string{{"GET", "no spaces allowed"}, {"BAD METHOD", "/"}, {"GET", ""}, {"GET", "http://[::1/"}, {"GET", "/%zz"}} {
		func() {
			defer func() { fmt.Printf("%q %q: %v\n", args[0], args[1], recover()) }()
			httptest.NewRequest(args[0], args[1], nil)
		}()
	}
	fmt.Println(httptest.DefaultRemoteAddr)
}
