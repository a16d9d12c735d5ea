// http_request_edges: ReadRequest on odd heads (error texts, CONNECT, absolute and "*" targets,
// Host rules, Pragma, Close), NewRequest's checks and body kinds, BasicAuth, cookies,
// ParseForm/FormValue/ParseMultipartForm outcomes, Clone/WithContext, ProtoAtLeast,
// ParseHTTPVersion, and Write/WriteProxy's wire form.
package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

func headers(h http.Header) string {
	var keys []string
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []string
	for _, k := range keys {
		out = append(out, k+"="+strings.Join(h[k], "|"))
	}
	return "[" + strings.Join(out, " ") + "]"
}

func read(raw string) {
	req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(raw)))
	if err != nil {
		fmt.Printf("%q\n  error %T %q\n", raw, err, err.Error())
		return
	}
	body := ""
	if req.Body != nil {
		b, err := io.ReadAll(req.Body)
		body = fmt.Sprintf("%q err=%v", b, err)
	}
	fmt.Printf("%q\n  %s uri=%q url=%q scheme=%q host=%q path=%q %s %d.%d close=%v cl=%d te=%v %s body=%s\n",
		raw, req.Method, req.RequestURI, req.URL.String(), req.URL.Scheme, req.Host, req.URL.Path, req.Proto,
		req.ProtoMajor, req.ProtoMinor, req.Close, req.ContentLength, req.TransferEncoding, headers(req.Header), body)
}

func form(method, target, ctype, body string) {
	var rd io.Reader
	if body != "-" {
		rd = strings.NewReader(body)
	}
	req, _ := http.NewRequest(method, target, rd)
	if body == "-" {
		req.Body = nil
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	err := req.ParseForm()
	fmt.Printf("%s %s %q %q: ParseForm err=%v form=%v post=%v\n", method, target, ctype, body, err, req.Form, req.PostForm)
	req2, _ := http.NewRequest(method, target, rd)
	if body != "-" {
		req2.Body = io.NopCloser(strings.NewReader(body))
	} else {
		req2.Body = nil
	}
	if ctype != "" {
		req2.Header.Set("Content-Type", ctype)
	}
	fmt.Printf("  FormValue(a)=%q PostFormValue(a)=%q ParseMultipartForm=%v\n", req2.FormValue("a"), req2.PostFormValue("a"), req2.ParseMultipartForm(1024))
	req3, _ := http.NewRequest(method, target, nil)
	if body != "-" {
		req3.Body = io.NopCloser(strings.NewReader(body))
	}
	if ctype != "" {
		req3.Header.Set("Content-Type", ctype)
	}
	fmt.Printf("  ParseMultipartForm first=%v form=%v\n", req3.ParseMultipartForm(1024), req3.Form)
}

func write(label string, req *http.Request, proxy bool) {
	var b bytes.Buffer
	var err error
	if proxy {
		err = req.WriteProxy(&b)
	} else {
		err = req.Write(&b)
	}
	fmt.Printf("%s: err=%v\n%s\n", label, err, strings.ReplaceAll(b.String(), "\r\n", "\\r\\n\n"))
}

type closer struct {
	io.Reader
	closed *bool
}

func (c closer) Close() error { *c.closed = true; return nil }

func main() {
	log.SetFlags(0)
	for _, raw := range []string{
		"",
		"GET / HTTP/1.1\r\n",
		"GET / HTTP/1.1\r\nHost: a.test\r\n",
		"GET / HTTP/1.1\r\nHost: a.test\r\n\r\n",
		"GET /\r\n\r\n",
		"GET\r\n\r\n",
		"GET  / HTTP/1.1\r\n\r\n",
		"G@T / HTTP/1.1\r\n\r\n",
		"GET / HTTP/1.x\r\n\r\n",
		"GET / HTTP/2.0\r\n\r\n",
		"GET / HTTP/1.10\r\n\r\n",
		"GET / http/1.1\r\n\r\n",
		"GET / HTTP/1.1 \r\n\r\n",
		"GET %zz HTTP/1.1\r\n\r\n",
		"GET x HTTP/1.1\r\n\r\n",
		"GET * HTTP/1.1\r\n\r\n",
		"OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
		"CONNECT a.test:443 HTTP/1.1\r\n\r\n",
		"CONNECT /path HTTP/1.1\r\nHost: b\r\n\r\n",
		"GET http://abs.test:8080/p?q=1 HTTP/1.1\r\nHost: other\r\n\r\n",
		"GET /x HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
		"GET /x HTTP/1.1\r\nhost: a\r\n\r\n",
		"GET /x HTTP/1.1\r\nBad\r\n\r\n",
		"GET /x HTTP/1.1\r\nPragma: no-cache\r\n\r\n",
		"GET /x HTTP/1.1\r\nPragma: no-cache\r\nCache-Control: max-age=1\r\n\r\n",
		"GET /x HTTP/1.1\r\nPragma: No-Cache\r\n\r\n",
		"GET /x HTTP/1.0\r\n\r\n",
		"GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
		"GET /x HTTP/1.1\r\nConnection: close\r\n\r\n",
		"POST /x HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcdef",
		"POST /x HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc",
		"POST /x HTTP/1.1\r\nContent-Length: x\r\n\r\nabc",
		"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
		"POST /x HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
		"GET /a%2Fb?x=%20 HTTP/1.1\r\n\r\n",
		"GET //double HTTP/1.1\r\n\r\n",
		"PRI * HTTP/2.0\r\n\r\n",
		"PRI * HTTP/2.0\r\nX: y\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n",
	} {
		read(raw)
	}

	fmt.Println("NewRequest")
	for _, c := range [][2]string{{"", "http://a.test/x"}, {"get", "http://a.test/x"}, {"BAD METHOD", "http://a.test"}, {"GET", "http://a.test:/x"},
		{"GET", "http://[::1]:/x"}, {"GET", "::"}, {"GET", "/relative"}, {"GET", "http://a b/"}, {"X-Y_Z", "http://a.test"}, {"GET", "http://%41.test/"}} {
		req, err := http.NewRequest(c[0], c[1], nil)
		if err != nil {
			fmt.Printf("  %q %q: %v\n", c[0], c[1], err)
			continue
		}
		fmt.Printf("  %q %q: %s host=%q url=%q %s body=%v getbody=%v bg=%v\n", c[0], c[1], req.Method, req.Host, req.URL, req.Proto, req.Body, req.GetBody != nil, req.Context() == context.Background())
	}
	var nilCtx context.Context
	_, err := http.NewRequestWithContext(nilCtx, "GET", "http://a", nil)
	fmt.Println(" ", err)
	_, err = http.NewRequestWithContext(nilCtx, "B D", "http://a", nil)
	fmt.Println(" ", err)
	bodies := []io.Reader{bytes.NewBufferString("buffer"), bytes.NewReader([]byte("reader")), strings.NewReader("strings"),
		strings.NewReader(""), new(bytes.Buffer), io.LimitReader(strings.NewReader("limited"), 3)}
	for _, b := range bodies {
		req, _ := http.NewRequest("POST", "http://a.test/", b)
		first, _ := io.ReadAll(req.Body)
		again := "-"
		if req.GetBody != nil {
			rc, err := req.GetBody()
			data, _ := io.ReadAll(rc)
			again = fmt.Sprintf("%q %v", data, err)
		}
		fmt.Printf("  %T: cl=%d first=%q again=%s nobody=%v\n", b, req.ContentLength, first, again, req.Body == http.NoBody)
	}
	sr := strings.NewReader("partly read")
	sr.Read(make([]byte, 7))
	req, _ := http.NewRequest("PUT", "http://a.test/", sr)
	io.ReadAll(req.Body)
	rc, _ := req.GetBody()
	rest, _ := io.ReadAll(rc)
	fmt.Printf("  partly read: cl=%d again=%q\n", req.ContentLength, rest)

	fmt.Println("BasicAuth")
	for _, h := range []string{"", "Basic YTpi", "basic YTpi", "BASIC YTpi", "Basic", "Basic ", "Basic YWI=", "Basic !!!", "Basic Og==",
		"Basic YTpiOmM=", "Bearer YTpi", "Basic  YTpi", "Basic YTpi ", "Basic YQ", "Basic w6k6w6k=", "Basic YT\r\npi", "Basic\tYTpi", "Basic YR==:"} {
		req, _ := http.NewRequest("GET", "http://a.test/", nil)
		if h != "" {
			req.Header.Set("Authorization", h)
		}
		u, p, ok := req.BasicAuth()
		fmt.Printf("  %q -> %q %q %v\n", h, u, p, ok)
	}
	req, _ = http.NewRequest("GET", "http://a.test/", nil)
	req.SetBasicAuth("user:x", "pa:ss é")
	u, p, ok := req.BasicAuth()
	fmt.Printf("  set %q -> %q %q %v\n", req.Header.Get("Authorization"), u, p, ok)
	req.SetBasicAuth("", "")
	fmt.Printf("  set empty %q\n", req.Header.Get("Authorization"))

	fmt.Println("cookies, agent, referer, proto")
	req, _ = http.NewRequest("GET", "http://a.test/", nil)
	req.AddCookie(&http.Cookie{Name: "a\nb", Value: "v 1"})
	req.AddCookie(&http.Cookie{Name: "c", Value: `"q"`})
	req.Header.Add("Cookie", "d=4; e")
	fmt.Printf("  %q\n", req.Header["Cookie"])
	for _, c := range req.Cookies() {
		fmt.Printf("  cookie %q=%q\n", c.Name, c.Value)
	}
	c, err := req.Cookie("d")
	fmt.Println("  Cookie(d):", c, err)
	c, err = req.Cookie("zz")
	fmt.Println("  Cookie(zz):", c, err)
	req.Header.Set("User-Agent", "ua/1")
	req.Header["Referer"] = []string{"r1", "r2"}
	fmt.Printf("  ua=%q referer=%q\n", req.UserAgent(), req.Referer())
	req.ProtoMajor, req.ProtoMinor = 1, 1
	fmt.Println(" ", req.ProtoAtLeast(1, 0), req.ProtoAtLeast(1, 1), req.ProtoAtLeast(1, 2), req.ProtoAtLeast(2, 0), req.ProtoAtLeast(0, 9))
	for _, v := range []string{"HTTP/1.0", "HTTP/1.1", "HTTP/2.0", "HTTP/0.9", "HTTP/3.7", "HTTP/1", "HTTP/11", "HTTP/1.11", "HTTP/a.b", "HTTP/+.1",
		"http/1.1", "HTTP/1-1", "", "HTTP/1.1 "} {
		ma, mi, ok := http.ParseHTTPVersion(v)
		fmt.Printf("  ParseHTTPVersion(%q) = %d %d %v\n", v, ma, mi, ok)
	}

	fmt.Println("forms")
	form("POST", "http://a.test/?a=q1&z=q", "application/x-www-form-urlencoded", "a=b1&a=b2&y=%41")
	form("PUT", "http://a.test/?a=q1", "application/x-www-form-urlencoded; charset=utf-8", "a=put")
	form("PATCH", "http://a.test/", "application/x-www-form-urlencoded", "a=patch")
	form("GET", "http://a.test/?a=q1", "application/x-www-form-urlencoded", "a=get")
	form("DELETE", "http://a.test/?a=del", "application/x-www-form-urlencoded", "a=b")
	form("POST", "http://a.test/?a=q1", "text/plain", "a=plain")
	form("POST", "http://a.test/?a=q1", "", "a=none")
	form("POST", "http://a.test/?a=q1", "application/x-www-form-urlencoded", "-")
	form("POST", "http://a.test/?a=%zz&b=1", "application/x-www-form-urlencoded", "a=ok")
	form("POST", "http://a.test/?a=1", "application/x-www-form-urlencoded", "a=%zz&b=2")
	form("POST", "http://a.test/?a=1", "application/x-www-form-urlencoded", "a=1;b=2")
	form("POST", "http://a.test/?a=1", "bad/type; x", "a=2")
	form("POST", "http://a.test/?a=%zz", "application/x-www-form-urlencoded; x", "a=2")
	form("POST", "http://a.test/?a=1", "Application/X-WWW-Form-Urlencoded", "a=3")
	form("POST", "http://a.test/?a=1", "multipart/form-data", "a=2")
	form("POST", "http://a.test/?a=1", "multipart/form-data; boundary=", "-")
	form("GET", "http://a.test/?a=%zz", "", "-")

	fmt.Println("Clone, WithContext")
	req, _ = http.NewRequest("GET", "http://u:p@a.test/x?q=1", nil)
	req.Header.Set("X", "1")
	req.TransferEncoding = []string{"chunked"}
	req.ParseForm()
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "v")
	cl := req.Clone(ctx)
	cl.Header.Set("X", "2")
	cl.URL.Path = "/changed"
	cl.URL.User = url.User("other")
	cl.Form.Add("q", "2")
	cl.TransferEncoding[0] = "gzip"
	fmt.Println(" ", req.Header.Get("X"), req.URL, req.Form, req.TransferEncoding, req.Context().Value(key{}))
	fmt.Println(" ", cl.Header.Get("X"), cl.URL, cl.Form, cl.TransferEncoding, cl.Context().Value(key{}))
	wc := req.WithContext(ctx)
	wc.Header.Set("X", "3")
	fmt.Println(" ", req.Header.Get("X"), wc.URL == req.URL, wc.Context().Value(key{}))
	empty := (&http.Request{}).Clone(context.Background())
	fmt.Println(" ", empty.URL == nil, empty.Header == nil, empty.Form == nil, empty.TransferEncoding == nil)
	for _, f := range []func(){func() { req.Clone(nilCtx) }, func() { req.WithContext(nilCtx) }} {
		func() {
			defer func() { fmt.Println("  panic:", recover()) }()
			f()
		}()
	}

	fmt.Println("Write")
	req, _ = http.NewRequest("POST", "http://a.test:8080/p%20q?x=1#frag", strings.NewReader("hello"))
	req.Header.Set("X-B", "2")
	req.Header.Set("X-A", "1")
	req.Header.Set("Content-Length", "99")
	write("post", req, false)
	closed := false
	req, _ = http.NewRequest("PUT", "http://a.test/", closer{strings.NewReader("c"), &closed})
	req.Header.Set("User-Agent", "")
	write("chunked", req, false)
	fmt.Println("body closed:", closed)
	req, _ = http.NewRequest("GET", "http://a.test/x", nil)
	req.Host = "virtual.test:81/ignored part"
	req.Header.Set("User-Agent", "my agent")
	req.Header.Set("Host", "hdr")
	req.Header.Set("Transfer-Encoding", "x")
	write("host override", req, false)
	write("proxy", req, true)
	req, _ = http.NewRequest("CONNECT", "http://a.test:443", nil)
	req.URL.Path = ""
	write("connect", req, false)
	req = &http.Request{Method: "CONNECT", URL: &url.URL{Opaque: "opaque.test:1"}, Header: http.Header{}}
	write("connect opaque", req, false)
	write("no host", &http.Request{Method: "GET", Header: http.Header{}}, false)
	req, _ = http.NewRequest("GET", "http://[fe80::1%25en0]:8080/z", nil)
	write("zone", req, false)
	req, _ = http.NewRequest("GET", "http://a.test/", nil)
	req.URL.Path = "/a\x01b"
	req.URL.RawPath = ""
	write("ctl", req, false)
	req = &http.Request{Method: "", URL: &url.URL{Scheme: "http", Host: "h", Path: "/", RawQuery: "a=1"}, Header: http.Header{"Accept": {"x", "y"}}, ContentLength: 2, Body: io.NopCloser(strings.NewReader("ab"))}
	write("literal", req, false)
	write("literal proxy", &http.Request{URL: &url.URL{Scheme: "http", Host: "h", Opaque: "//h/op"}, Header: http.Header{}}, true)
	var bw bytes.Buffer
	w := bufio.NewWriter(&bw)
	req, _ = http.NewRequest("GET", "http://a.test/buffered", nil)
	err = req.Write(w)
	fmt.Printf("bufio writer: err=%v buffered=%d written=%d\n", err, w.Buffered(), bw.Len())
}
