// http_mux_routes: ServeMux's routing without a network: exact and subtree patterns, host
// patterns, the redirect of a subtree root to its slash, path cleaning, CONNECT, "*", not
// found, the registration panics and DefaultServeMux (recorded with Go 1.19 before the
// mux was rewritten).
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

func named(name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s got %s", name, r.URL.Path)
	})
}

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%s: panic %v\n", what, recover())
	}()
	f()
}

func serve(mux *http.ServeMux, method, host, target string) {
	r := httptest.NewRequest(method, target, nil)
	if host == "" {
		host = "plain.test" // NewRequest's own host is example.com, which has patterns here
	}
	r.Host = host
	_, pattern := mux.Handler(r)
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, r)
	body := strings.TrimSpace(w.Body.String())
	fmt.Printf("%s %s %s -> %d pattern=%q loc=%q conn=%q body=%q\n", method, host, target, w.Code, pattern,
		w.Header().Get("Location"), w.Header().Get("Connection"), body)
}

func main() {
	mux := http.NewServeMux()
	for _, p := range []string{"/", "/a", "/a/", "/a/b/", "/exact", "/tree/", "/q/", "example.com/", "example.com/h/", "other.org/only"} {
		mux.Handle(p, named(p))
	}
	mux.HandleFunc("/func", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "func!") })

	for _, c := range [][3]string{
		{"GET", "", "/"}, {"GET", "", "/a"}, {"GET", "", "/a/"}, {"GET", "", "/a/x"}, {"GET", "", "/a/b"},
		{"GET", "", "/a/b/c/d"}, {"GET", "", "/exact"}, {"GET", "", "/exact/"}, {"GET", "", "/exactly"},
		{"GET", "", "/tree"}, {"GET", "", "/tree?k=v&x=1"}, {"HEAD", "", "/tree"}, {"POST", "", "/tree"},
		{"GET", "", "/q"}, {"GET", "", "/func"}, {"GET", "", "/nothing/here"},
		{"GET", "", "/a/../exact"}, {"GET", "", "/a//b/"}, {"GET", "", "/./a/"}, {"GET", "", "/a/b/../c?x=1"},
		{"GET", "", "/tree/./"}, {"GET", "", "/tree/.."}, {"GET", "", "//x"}, {"GET", "", "/a/./b/./"},
		{"GET", "example.com", "/"}, {"GET", "example.com", "/zzz"}, {"GET", "example.com:8080", "/h/x"},
		{"GET", "example.com", "/h"}, {"GET", "EXAMPLE.COM", "/h/x"}, {"GET", "example.com:bad:1", "/h/x"},
		{"GET", "other.org", "/only"}, {"GET", "other.org", "/only/"}, {"GET", "[::1]:80", "/a/x"},
		{"CONNECT", "", "/tree"}, {"CONNECT", "", "/a/../exact"}, {"CONNECT", "", "/a/x"},
		{"OPTIONS", "", "*"},
	} {
		serve(mux, c[0], c[1], c[2])
	}

	empty := http.NewServeMux()
	serve(empty, "GET", "", "/anything")
	serve(empty, "GET", "", "/x/../y")

	h := named("x")
	try("empty pattern", func() { mux.Handle("", h) })
	try("nil handler", func() { mux.Handle("/nil", nil) })
	try("nil func", func() { mux.HandleFunc("/nilf", nil) })
	try("duplicate", func() { mux.Handle("/a/", h) })
	try("duplicate host", func() { mux.Handle("example.com/", h) })

	http.Handle("/dflt/", named("dflt"))
	http.HandleFunc("/dfunc", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "dfunc") })
	serve(http.DefaultServeMux, "GET", "", "/dflt/x")
	serve(http.DefaultServeMux, "GET", "", "/dflt")
	serve(http.DefaultServeMux, "GET", "", "/dfunc")
	serve(http.DefaultServeMux, "GET", "", "/")
}
