// http_cookie_edges: Cookie.String (attributes, quoting, dropped bytes and their log lines,
// domains, expiry, SameSite), Valid's errors, SetCookie, and reading cookies back from
// Cookie and Set-Cookie headers (recorded with Go 1.19).
package main

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"time"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	when := time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC)
	for _, c := range []*http.Cookie{
		{Name: "a", Value: "b"},
		{Name: "", Value: "x"},
		{Name: "bad name", Value: "x"},
		{Name: "n", Value: "with space"},
		{Name: "n", Value: "comma,here"},
		{Name: "n", Value: "semi;colon\"quote\\back"},
		{Name: "n", Value: " lead"},
		{Name: "n", Value: "é"},
		{Name: "n", Value: ""},
		{Name: "n", Value: "v", Path: "/p;q", Domain: "example.com"},
		{Name: "n", Value: "v", Domain: ".example.com"},
		{Name: "n", Value: "v", Domain: "127.0.0.1"},
		{Name: "n", Value: "v", Domain: "::1"},
		{Name: "n", Value: "v", Domain: "bad_domain!"},
		{Name: "n", Value: "v", Domain: "a..b"},
		{Name: "n", Value: "v", Domain: "-a.com"},
		{Name: "n", Value: "v", Domain: "a-.com"},
		{Name: "n", Value: "v", Domain: "123.com"},
		{Name: "n", Value: "v", Domain: "localhost"},
		{Name: "n", Value: "v", Expires: when, MaxAge: 10},
		{Name: "n", Value: "v", Expires: time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)},
		{Name: "n", Value: "v", MaxAge: -1},
		{Name: "n", Value: "v", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode},
		{Name: "n", Value: "v", SameSite: http.SameSiteStrictMode},
		{Name: "n", Value: "v", SameSite: http.SameSiteNoneMode},
		{Name: "n", Value: "v", SameSite: http.SameSiteDefaultMode},
		{Name: "n", Value: "v", Path: "/é"},
	} {
		fmt.Printf("String=%q Valid=%v\n", c.String(), c.Valid())
	}
	var nilc *http.Cookie
	fmt.Printf("%q\n", nilc.String())

	w := httptest.NewRecorder()
	http.SetCookie(w, &http.Cookie{Name: "s", Value: "1", Path: "/"})
	http.SetCookie(w, &http.Cookie{Name: "", Value: "dropped"})
	http.SetCookie(w, &http.Cookie{Name: "t", Value: "2", MaxAge: 5})
	fmt.Printf("%q\n", w.Header()["Set-Cookie"])

	r := httptest.NewRequest("GET", "/", nil)
	r.Header["Cookie"] = []string{"a=1; b=2;c=\"quoted\"", "d=4;  ;e; f=x y; g=\"unterminated; =empty; h=é; i=a\"b"}
	for _, c := range r.Cookies() {
		fmt.Printf("req cookie %q=%q\n", c.Name, c.Value)
	}
	for _, name := range []string{"b", "c", "zz"} {
		c, err := r.Cookie(name)
		fmt.Println("Cookie", name, c, err)
	}
	r.AddCookie(&http.Cookie{Name: "added", Value: "v v"})
	fmt.Printf("%q\n", r.Header["Cookie"])
	r2 := httptest.NewRequest("GET", "/", nil)
	r2.AddCookie(&http.Cookie{Name: "first", Value: "1"})
	r2.AddCookie(&http.Cookie{Name: "second", Value: "2", Path: "/ignored"})
	fmt.Printf("%q\n", r2.Header["Cookie"])

	resp := &http.Response{Header: http.Header{"Set-Cookie": {
		"id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; HttpOnly",
		"sess=x; Max-Age=0", "neg=x; Max-Age=-5", "age=x; Max-Age=60", "badage=x; Max-Age=6x0", "zero=x; max-age=07",
		"dom=x; Domain=.Example.COM; Path=/a; SameSite=Lax", "ss=x; SameSite=strict", "ss2=x; SameSite=None", "ss3=x; SameSite=bogus", "ss4=x; SameSite",
		"q=\"quoted val\"", "bad name=x", "=novalue", "noequals", "sp = spaced ; path = /x ",
		"exp=x; Expires=Mon, 02-Jan-2006 15:04:05 MST", "exp2=x; Expires=garbage", "unk=x; Foo=bar; Flag",
		"dup=1; Path=/a; Path=/b", "raw=v; HttpOnly; Secure; Unknown=1",
		"na=x; Pâth=/x; Path=/ok", "tab=x; a\tb=c; SECURE", "", "  ", "sq=x; SameSite=LAX; Domain=\"q\"", "mx=x; Max-Age=00; max-age=+3",
	}}}
	for _, c := range resp.Cookies() {
		fmt.Printf("set-cookie %q=%q path=%q domain=%q exp=%v rawexp=%q maxage=%d secure=%v httponly=%v samesite=%v raw=%q unparsed=%q\n",
			c.Name, c.Value, c.Path, c.Domain, c.Expires.UTC(), c.RawExpires, c.MaxAge, c.Secure, c.HttpOnly, c.SameSite, c.Raw, c.Unparsed)
	}
}
