// Splitting "host:port" three ways, with every error net.SplitHostPort can report
// (missing port, too many colons, unbalanced or misplaced brackets), url.URL's
// Hostname and Port (which never fail), and http.StripPrefix on paths with and
// without an encoded RawPath, including a RawPath that lacks the prefix.
package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
)

func main() {
	for _, hp := range []string{
		"example.com:80", "[::1]:443", "[fe80::1%eth0]:8080", ":9", "host:", "[::1]:",
		"", "host", "a:b:c", "[::1]", "[::1]x", "[::1]:80:90", "[::1", "x[y]:80",
		"[a]b]:80", "[a[b]:80", "x]:80", "[]:1", "::1", "[::1]]:80",
	} {
		h, p, err := net.SplitHostPort(hp)
		if err != nil {
			ae := err.(*net.AddrError)
			fmt.Printf("%-22q error %q (addr %q)\n", hp, ae.Err, ae.Addr)
			continue
		}
		fmt.Printf("%-22q host %q port %q\n", hp, h, p)
	}

	for _, host := range []string{
		"example.com", "example.com:8080", "[::1]", "[::1]:80", "127.0.0.1:", "host:port",
		"[fe80::1%25en0]:1", "a:b:80", "", "[x]",
	} {
		u := &url.URL{Host: host}
		fmt.Printf("url host %-20q Hostname %q Port %q\n", host, u.Hostname(), u.Port())
	}

	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "path=%q raw=%q uri=%q", r.URL.Path, r.URL.RawPath, r.RequestURI)
	})
	h := http.StripPrefix("/api", inner)
	for _, target := range []string{
		"/api/users", "/api", "/other/api", "/api/a%2Fb", "/ap%69/x", "/apix?q=1", "/",
	} {
		req := httptest.NewRequest("GET", target, nil)
		before := req.URL.Path
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%-14s %d %s (request path still %q)\n", target, rec.Code, rec.Body.String(), before)
	}
	same := http.StripPrefix("", inner)
	rec := httptest.NewRecorder()
	same.ServeHTTP(rec, httptest.NewRequest("GET", "/keep", nil))
	fmt.Println("empty prefix:", rec.Body.String())
}
