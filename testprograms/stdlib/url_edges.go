// url_edges: net/url's parsing, escaping, query and reference resolution on odd inputs,
// pinned by Go 1.19 (written before the package was rewritten).
package main

import (
	"errors"
	"fmt"
	"net/url"
)

func show(u *url.URL) string {
	pw, has := u.User.Password()
	return fmt.Sprintf("scheme=%q opaque=%q user=%q pw=%q/%v host=%q path=%q raw=%q omit=%v force=%v q=%q frag=%q rawfrag=%q",
		u.Scheme, u.Opaque, u.User.Username(), pw, has, u.Host, u.Path, u.RawPath, u.OmitHost,
		u.ForceQuery, u.RawQuery, u.Fragment, u.RawFragment)
}

func parse(s string) {
	u, err := url.Parse(s)
	if err != nil {
		var ue *url.Error
		fmt.Printf("Parse(%q): %v | op=%s as *Error=%v timeout=%v temp=%v\n", s, err, ue0(err), errors.As(err, &ue), ue.Timeout(), ue.Temporary())
		return
	}
	fmt.Printf("Parse(%q): %s\n  String=%q Escaped=%q EscFrag=%q ReqURI=%q Hostname=%q Port=%q abs=%v redacted=%q\n",
		s, show(u), u.String(), u.EscapedPath(), u.EscapedFragment(), u.RequestURI(), u.Hostname(), u.Port(), u.IsAbs(), u.Redacted())
}

func ue0(err error) string {
	if e, ok := err.(*url.Error); ok {
		return e.Op + "/" + e.URL + "/" + fmt.Sprint(e.Unwrap())
	}
	return "?"
}

func main() {
	for _, s := range []string{
		"", "*", "http://example.com", "HTTP://Example.COM/a%20b?x=1#frag",
		"http://user:pa%20ss@host:8080/p/a/t/h?query=1&b=%zz#f%20r",
		"http://user@host", "http://:pw@host/", "http://a@b@c/", "http://us er@host/",
		"mailto:joe@example.com", "mailto:joe@example.com?subject=hi", "news:comp.lang.go",
		"file:///etc/passwd", "file:/etc/passwd", "//host/path", "///triple", "/abs/path?", "/abs/path?a?",
		"rel/path", "./a:b", "a:b", "1a:b", ":nope", "a/b:c", "?only=query", "#onlyfrag", "#",
		"http://[::1]:80/", "http://[fe80::1%25en0]:8080/", "http://[fe80::1%25%65n0]/", "http://[::1]:x/",
		"http://[::1", "http://host:port/", "http://host:/", "http://host:123abc/", "http://h%41st/",
		"http://h%2Fst/", "http://h%C3%A9st/", "http://ho st/", "http://host/%2Fa%2fb", "http://host/a b",
		"http://host/%", "http://host/%4", "http://host/%zz/x", "http://host/?q#%zz", "http://host/#a%2Fb",
		"http://host/#a b", "http://x/\x7f", "http://x/\n", "HtTpS://x.y", "h-t.t+p://x", "+x://y",
		"http://host/pa;th,?x", "http://[fe80::1%25en%200]/", "http://[fe80::1%25en%2F0]/",
		"http://%41:%42@h/", "http://a:b:c@h/", "foo://a/b/../c/./d", "http://h/é?é#é",
		"http:opaque/with/slash", "http:%zz", "http://h/p?#", "http://h?a=1",
	} {
		parse(s)
	}

	for _, s := range []string{"", "*", "/a b", "http://h/x?y", "rel", "//h/p", "/%zz", "http://h/p#f", "https://h?q"} {
		u, err := url.ParseRequestURI(s)
		if err != nil {
			fmt.Printf("ParseRequestURI(%q): %v\n", s, err)
		} else {
			fmt.Printf("ParseRequestURI(%q): %s\n", s, show(u))
		}
	}

	ins := []string{"", "abc", "a b", "a+b", "a/b?c=d&e#f", "é~-_.!*'()", "50%", "\x00\xff", "@:;,$=", "[]<>\""}
	for _, s := range ins {
		fmt.Printf("Q=%q P=%q\n", url.QueryEscape(s), url.PathEscape(s))
	}
	for _, s := range []string{"", "a+b", "a%20b", "%41%42", "%", "%4", "%4g", "%zzab", "a%2", "a+%2B", "%e9", "%C3%A9"} {
		q, qe := url.QueryUnescape(s)
		p, pe := url.PathUnescape(s)
		fmt.Printf("QU(%q)=%q %v PU=%q %v\n", s, q, qe, p, pe)
	}

	for _, q := range []string{"", "a=1&b=2&a=3", "a", "a=", "=b", "&&a=1&&", "a=1;b=2", "x=%zz&y=2", "%zz=1&y=%yy", "a+b=c+d", "a=1&b;=2&c=%q", "x=%zz&a;b&y=1", "k=%g1&k=%2"} {
		v, err := url.ParseQuery(q)
		fmt.Printf("ParseQuery(%q) = %v err=%v enc=%q has(a)=%v get(a)=%q\n", q, v, err, v.Encode(), v.Has("a"), v.Get("a"))
	}
	v := url.Values{}
	v.Set("z", "1")
	v.Add("z", "2 3")
	v.Add("a&b", "=")
	v.Add("é", "")
	fmt.Println(v.Encode(), v.Get("z"), v.Get("none"))
	v.Del("z")
	fmt.Println(v.Encode())
	var nilv url.Values
	fmt.Printf("%q %q\n", nilv.Encode(), nilv.Get("x"))

	base, _ := url.Parse("http://a/b/c/d;p?q#f")
	for _, r := range []string{"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
		"g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g",
		"/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
		"http:g", "mailto:x", "a%20b", "%2e%2e/x", "///x", "?", "#"} {
		u, err := base.Parse(r)
		if err != nil {
			fmt.Printf("ref %q: %v\n", r, err)
			continue
		}
		fmt.Printf("ref %q -> %q\n", r, u.String())
	}
	b2, _ := url.Parse("http://h")
	for _, r := range []string{"x", "../x", "?q", "#f", ""} {
		u, _ := b2.Parse(r)
		fmt.Printf("noslash %q -> %q\n", r, u)
	}
	b3, _ := url.Parse("mailto:x@y")
	u3, _ := b3.Parse("z")
	fmt.Println("opaque base:", u3)

	for _, c := range [][]string{{"http://h/a/", "b", "c"}, {"http://h/a", "../b"}, {"http://h", "x/"}, {"http://h/a/", "../../.."},
		{"rel", "x", ""}, {"http://h/a", ""}, {"http://h/a b/", "c d"}, {"%zz"}, {"http://h/", "%2F"}, {"", "a"}, {"a", "/../b/"}} {
		s, err := url.JoinPath(c[0], c[1:]...)
		fmt.Printf("JoinPath%q = %q %v\n", c, s, err)
	}

	for _, u := range []*url.URL{
		{Scheme: "http", Host: "h", Path: "a"},
		{Scheme: "http", Path: "/a"},
		{Scheme: "http", Path: "/a", OmitHost: true},
		{Path: "a:b/c"},
		{Path: "/x y", RawPath: "/x%20y"},
		{Path: "/x y", RawPath: "/x+y"},
		{Path: "/a/b", RawPath: "/a%2Fb"},
		{Path: "/a/b", RawPath: "/a%2fb"},
		{Path: "/a", RawPath: "/b"},
		{Path: "/a", RawPath: "/%zz"},
		{Host: "h", Path: "p"},
		{User: url.User("u s"), Host: "h"},
		{User: url.UserPassword("u", "p@:/"), Host: "h é"},
		{Scheme: "s", Opaque: "//o", RawQuery: "q"},
		{Scheme: "s", Opaque: "o", ForceQuery: true},
		{Fragment: "a b#c", RawFragment: "a%20b%23c"},
		{Fragment: "x", RawFragment: "y"},
		{Fragment: "!()*/?", RawFragment: ""},
		{Path: "*"},
		{},
	} {
		fmt.Printf("%q %q %q\n", u.String(), u.RequestURI(), u.Redacted())
	}
	var nu *url.URL
	fmt.Printf("%q\n", nu.Redacted())
	var ui *url.Userinfo
	p, ok := ui.Password()
	fmt.Printf("%q %q %v %q\n", ui.Username(), p, ok, ui.String())
	fmt.Println(url.UserPassword("a:b", "c d").String(), url.User("").String())

	for _, h := range []string{"h", "h:80", "[::1]", "[::1]:80", "::1", "h:", "h:x", "[::1]:", "[a]b:1", ":80"} {
		u := &url.URL{Host: h}
		fmt.Printf("%q: %q %q\n", h, u.Hostname(), u.Port())
	}

	u, _ := url.Parse("http://u:p@h/x?y#z")
	bin, _ := u.MarshalBinary()
	var back url.URL
	err := back.UnmarshalBinary(bin)
	fmt.Println(string(bin), back.String(), err, back.UnmarshalBinary([]byte(":x")))
	fmt.Println(url.EscapeError("%zz").Error(), url.InvalidHostError(" ").Error())
	e := &url.Error{Op: "Get", URL: "http://x\"", Err: errors.New("boom")}
	fmt.Println(e, errors.Unwrap(e))
}
