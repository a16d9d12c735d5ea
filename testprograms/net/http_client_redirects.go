// http_client_redirects: Client.Do's redirect rules over a scripted RoundTripper (no network):
// 301/302/303 turn POST into GET, 307/308 keep method and body (or stop without GetBody),
// headers copied or dropped across hosts, Referer, cookies with a Jar, the 10-redirect limit,
// CheckRedirect and ErrUseLastResponse, Location errors, url.Error texts and ops.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// script answers by path: "/NNN/rest" redirects with status NNN to the Location in query "to".
type script struct{ log []string }

func (s *script) RoundTrip(req *http.Request) (*http.Response, error) {
	body := ""
	if req.Body != nil {
		b, _ := io.ReadAll(req.Body)
		req.Body.Close()
		body = string(b)
	}
	var keys []string
	for k := range req.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var hs []string
	for _, k := range keys {
		hs = append(hs, k+"="+strings.Join(req.Header[k], "|"))
	}
	s.log = append(s.log, fmt.Sprintf("%s %s host=%q body=%q cl=%d [%s]", req.Method, req.URL, req.Host, body, req.ContentLength, strings.Join(hs, " ")))
	if strings.HasPrefix(req.URL.Path, "/fail") {
		return nil, errors.New("dial refused")
	}
	if req.URL.Path == "/nil" {
		return nil, nil
	}
	res := &http.Response{StatusCode: 200, Header: make(http.Header), Request: req,
		Body: io.NopCloser(strings.NewReader("done")), ContentLength: -1}
	var code int
	if n, _ := fmt.Sscanf(req.URL.Path, "/%d", &code); n == 1 {
		res.StatusCode = code
		if to := req.URL.Query().Get("to"); to != "" {
			res.Header.Set("Location", to)
		}
	}
	if req.URL.Path == "/loop" {
		res.StatusCode = 302
		res.Header.Set("Location", "/loop")
	}
	if req.URL.Path == "/cookie" {
		res.Header.Add("Set-Cookie", "sid=new; Path=/")
		res.StatusCode = 302
		res.Header.Set("Location", "/end")
	}
	return res, nil
}

type jar struct{ m map[string][]*http.Cookie }

func (j *jar) SetCookies(u *url.URL, cs []*http.Cookie) { j.m[u.Host] = append(j.m[u.Host], cs...) }
func (j *jar) Cookies(u *url.URL) []*http.Cookie        { return j.m[u.Host] }

type closeBody struct{ closed *bool }

func (c closeBody) Read([]byte) (int, error) { return 0, io.EOF }
func (c closeBody) Close() error             { *c.closed = true; return nil }

// plain is a body without GetBody support.
type plain struct{ r io.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

func run(c *http.Client, s *script, req *http.Request) {
	s.log = nil
	res, err := c.Do(req)
	for _, l := range s.log {
		fmt.Println("  ->", l)
	}
	if res != nil {
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Printf("  = %d %q location=%q\n", res.StatusCode, b, res.Header.Get("Location"))
	}
	if err != nil {
		ue, ok := err.(*url.Error)
		fmt.Printf("  err %q (url.Error %v", err.Error(), ok)
		if ok {
			fmt.Printf(" op=%q url=%q", ue.Op, ue.URL)
		}
		fmt.Println(")")
	}
}

func main() {
	s := &script{}
	c := &http.Client{Transport: s}
	for _, code := range []int{301, 302, 303, 307, 308} {
		for _, m := range []string{"GET", "POST", "PUT", "HEAD"} {
			fmt.Println(m, code)
			req, _ := http.NewRequest(m, fmt.Sprintf("http://a.test/%d/x?to=/end", code), strings.NewReader("payload"))
			req.Header.Set("X-Custom", "c")
			run(c, s, req)
		}
	}
	fmt.Println("307 body without GetBody")
	req, _ := http.NewRequest("POST", "http://a.test/307?to=/end", plain{strings.NewReader("abc")})
	run(c, s, req)
	fmt.Println("307 empty body without GetBody")
	req, _ = http.NewRequest("POST", "http://a.test/307?to=/end", plain{strings.NewReader("")})
	run(c, s, req)
	fmt.Println("cross host headers")
	req, _ = http.NewRequest("GET", "http://a.test/302?to=http://b.test/end", nil)
	req.Header.Set("Authorization", "Bearer t")
	req.Header.Set("Cookie", "k=v")
	req.Header.Set("X-Keep", "1")
	req.Header.Set("Www-Authenticate", "w")
	run(c, s, req)
	fmt.Println("sub domain keeps auth")
	req, _ = http.NewRequest("GET", "http://a.test/302?to=http://sub.a.test/end", nil)
	req.Header.Set("Authorization", "Bearer t")
	run(c, s, req)
	for _, to := range []string{"http://a.test:8080/end", "https://a.test/end", "http://A.TEST/end", "http://a.test:80/end", "http://xa.test/end", "http://.a.test/end"} {
		fmt.Println("auth to", to)
		req, _ = http.NewRequest("GET", "http://a.test/302?to="+url.QueryEscape(to), nil)
		req.Header.Set("Authorization", "Bearer t")
		req.Header["cookie2"] = []string{"raw key"}
		run(c, s, req)
	}
	fmt.Println("relative Location, Host override kept")
	req, _ = http.NewRequest("GET", "http://a.test/301/dir/x?to=../end%3Fq=1", nil)
	req.Host = "virtual.test"
	run(c, s, req)
	fmt.Println("absolute Location, Host override dropped")
	req, _ = http.NewRequest("GET", "http://a.test/301?to=http://a.test/end", nil)
	req.Host = "virtual.test"
	run(c, s, req)
	fmt.Println("https to http: no Referer; user info stripped")
	req, _ = http.NewRequest("GET", "https://u:p@a.test/302?to=http://a.test/end", nil)
	run(c, s, req)
	req, _ = http.NewRequest("GET", "http://u:p@a.test/302?to=/end", nil)
	run(c, s, req)
	fmt.Println("no Location")
	run(c, s, mustReq("GET", "http://a.test/302"))
	fmt.Println("bad Location")
	run(c, s, mustReq("GET", "http://a.test/302?to=http://%zz/"))
	fmt.Println("loop")
	run(c, s, mustReq("POST", "http://a.test/loop"))
	fmt.Println("CheckRedirect")
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		fmt.Printf("  check %s %s via=%d first=%s referer=%q\n", req.Method, req.URL, len(via), via[0].URL, req.Referer())
		if len(via) == 2 {
			return http.ErrUseLastResponse
		}
		return nil
	}
	run(c, s, mustReq("GET", "http://a.test/302?to=/303%3Fto=/301%3Fto=/end"))
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error { return errors.New("no thanks") }
	run(c, s, mustReq("DELETE", "http://u:p@a.test/302?to=/end"))
	c.CheckRedirect = nil
	fmt.Println("jar")
	j := &jar{m: map[string][]*http.Cookie{"a.test": {{Name: "j", Value: "1"}}}}
	cj := &http.Client{Transport: s, Jar: j}
	req = mustReq("GET", "http://a.test/cookie")
	req.Header.Set("Cookie", "sid=old; other=2")
	run(cj, s, req)
	fmt.Println("errors")
	run(c, s, mustReq("GET", "http://u:secret@a.test/fail"))
	run(c, s, mustReq("patch", "http://a.test/fail"))
	run(c, s, mustReq("PoSt", "http://a.test/nil"))
	run(c, s, &http.Request{Method: "GET"})
	run(c, s, &http.Request{Method: "GÉT", URL: &url.URL{Scheme: "http", Host: "a.test", Path: "/fail"}})
	run(c, s, &http.Request{URL: &url.URL{Scheme: "http", Host: "a.test", Path: "/end"}, RequestURI: "/end"})
	run(c, s, mustReq("GET", "http://a.test/302?to=/fail"))
	_, err := c.Get("::bad")
	fmt.Println(err)
	_, err = http.NewRequest("BAD METHOD", "http://a.test/", nil)
	fmt.Println(err)
	_, err = http.Get("ftp://a.test/x")
	fmt.Println(err)
	_, err = http.Post("http://[::1/x", "text/plain", nil)
	fmt.Println(err)
	fmt.Println("Transport checks")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, req := range []*http.Request{
		{Method: "GET"},
		{Method: "GET", URL: &url.URL{Scheme: "http", Host: "a.test"}},
		{Method: "GET", URL: &url.URL{Scheme: "ftp", Host: "a.test"}, Header: http.Header{"Bad Key": {"v"}}},
		{Method: "GET", URL: &url.URL{Scheme: "http", Host: "a.test"}, Header: http.Header{"Bad Key": {"v"}}},
		{Method: "GET", URL: &url.URL{Scheme: "http", Host: "a.test"}, Header: http.Header{"K": {"ok", "a\nb"}}},
		{Method: "GET", URL: &url.URL{Scheme: "", Host: "a.test"}, Header: http.Header{}},
		{Method: "BAD METHOD", URL: &url.URL{Scheme: "http", Host: "a.test"}, Header: http.Header{}},
		{Method: "GET", URL: &url.URL{Scheme: "http", Path: "/x"}, Header: http.Header{}},
		(&http.Request{Method: "GET", URL: &url.URL{Scheme: "http", Host: "a.test"}, Header: http.Header{}}).WithContext(ctx),
	} {
		closed := false
		req.Body = closeBody{&closed}
		_, err := http.DefaultTransport.RoundTrip(req)
		fmt.Printf("  %v (body closed %v)\n", err, closed)
	}
	fmt.Println("Post, PostForm, Head")
	c2 := &http.Client{Transport: s}
	s.log = nil
	c2.Post("http://a.test/end", "text/x", strings.NewReader("p"))
	c2.PostForm("http://a.test/end", url.Values{"b": {"2", "3"}, "a": {"1 &"}})
	c2.Head("http://a.test/end")
	c2.Get("http://a.test/end")
	for _, l := range s.log {
		fmt.Println("  ->", l)
	}
}

func mustReq(method, u string) *http.Request {
	req, err := http.NewRequest(method, u, nil)
	if err != nil {
		panic(err)
	}
	return req
}
