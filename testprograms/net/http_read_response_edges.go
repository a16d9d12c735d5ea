// http.ReadResponse on hand-written wire text (no network): status line forms and their
// errors, versions, truncated input, header errors; Response.Location and ProtoAtLeast.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

func main() {
	inputs := []string{
		"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi",
		"HTTP/1.0 404 Not Found\r\n\r\n",
		"HTTP/1.1 204\r\n\r\n",
		"HTTP/1.1  301  Moved  Twice\r\nLocation: /x\r\n\r\n",
		"HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n",
		"HTTP/1.1\r\n\r\n",
		"HTTP/1.1 20 OK\r\n\r\n",
		"HTTP/1.1 2000 OK\r\n\r\n",
		"HTTP/1.1 abc OK\r\n\r\n",
		"HTTP/1.1 -12 OK\r\n\r\n",
		"HTTP/1.1 +12 OK\r\n\r\n",
		"HTTP/2.0 200 OK\r\n\r\n",
		"HTTP/1.10 200 OK\r\n\r\n",
		"HTTP/a.1 200 OK\r\n\r\n",
		"FTP/1.1 200 OK\r\n\r\n",
		"HTTP/1 200 OK\r\n\r\n",
		"HTTP/1.1 200 OK",
		"HTTP/1.1 200 OK\r\n",
		"HTTP/1.1 200 OK\r\nBad Header\r\n\r\n",
		"HTTP/1.1 200 OK\r\n Cont: x\r\n\r\n",
		"",
		"\r\n",
		"HTTP/1.1 999 Whatever\r\nPragma: no-cache\r\n\r\n",
		"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nbody to eof",
		"HTTP/1.1 200 OK\nX: y\n\nbare LF",
	}
	for _, in := range inputs {
		resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(in)), nil)
		if err != nil {
			fmt.Printf("%q: error %v\n", in, err)
			continue
		}
		body, berr := io.ReadAll(resp.Body)
		fmt.Printf("%q: %q %d %q %d.%d h=%v cl=%d close=%v body=%q %v\n", in, resp.Status, resp.StatusCode, resp.Proto,
			resp.ProtoMajor, resp.ProtoMinor, resp.Header, resp.ContentLength, resp.Close, body, berr)
		fmt.Println("  ", resp.ProtoAtLeast(1, 0), resp.ProtoAtLeast(1, 1), resp.ProtoAtLeast(2, 0), resp.ProtoAtLeast(0, 9))
	}
	head, _ := http.NewRequest("HEAD", "http://example.com/a/b?q=1", nil)
	resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n")), head)
	fmt.Println(resp.ContentLength, err, resp.Request.Method)

	for _, loc := range []string{"", "/abs", "rel", "../up", "http://other/x", "%zz", "//host/p", "?q=2"} {
		r := &http.Response{Header: http.Header{}}
		if loc != "" {
			r.Header.Set("Location", loc)
		}
		u, err := r.Location()
		fmt.Printf("%q: %v %v", loc, u, err)
		base, _ := url.Parse("http://example.com/a/b?q=1")
		r.Request = &http.Request{URL: base}
		u, err = r.Location()
		fmt.Printf(" | %v %v", u, err)
		r.Request = &http.Request{}
		u, err = r.Location()
		fmt.Printf(" | %v %v\n", u, err)
	}
	fmt.Println(http.ErrNoLocation)

	for _, st := range []struct {
		status string
		code   int
	}{{"", 200}, {"", 799}, {"200 OK", 200}, {"201 Made", 201}, {"Fine", 200}, {"200 ", 200}, {"404", 404}} {
		var b strings.Builder
		r := &http.Response{Status: st.status, StatusCode: st.code, ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{"X": {"1"}},
			Body: io.NopCloser(strings.NewReader("ab")), ContentLength: 2}
		err := r.Write(&b)
		fmt.Printf("%q %v\n", b.String(), err)
	}
}
