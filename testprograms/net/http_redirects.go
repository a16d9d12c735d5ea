// http_redirects: Redirect's Location and body (relative targets, queries, dot segments,
// non-ASCII bytes, a Content-Type set before), RedirectHandler, StripPrefix, Error/NotFound,
// MaxBytesHandler, AllowQuerySemicolons and TimeoutHandler (finished, timed out, panicking),
// all through httptest.ResponseRecorder, without a network (recorded with Go 1.19).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"
)

func show(label string, w *httptest.ResponseRecorder) {
	h := w.Result().Header
	fmt.Printf("%s: %d loc=%q ct=%q nosniff=%q body=%q\n", label, w.Code, h.Get("Location"), h.Get("Content-Type"),
		h.Get("X-Content-Type-Options"), w.Body.String())
}

func main() {
	for _, c := range []struct{ method, path, to string }{
		{"GET", "/a/b/c", "d"}, {"GET", "/a/b/c", "../d"}, {"GET", "/a/b/", "../../../../x"}, {"GET", "/a/b/c", "/abs"},
		{"GET", "/a/b/c", ""}, {"GET", "/a/b/c", "./"}, {"GET", "/a/b/c", "d/"}, {"GET", "/a/b/c", "d/./e/../f/"},
		{"GET", "/a/b/c", "d?x=1&y=<2>"}, {"GET", "/a/b/c", "?only"}, {"GET", "/a/b/c", "/x/../y?q=../z"},
		{"GET", "/a", "http://other.example/p/../q"}, {"GET", "/a", "//host.example/x"}, {"GET", "/a", "https:opaque"},
		{"GET", "/a", "/caf\u00e9?n=\u00e9"}, {"GET", "/a", "%zz/x"}, {"GET", "/a", "/x\"y'<z>&"},
		{"HEAD", "/a/b", "c"}, {"POST", "/a/b", "c"}, {"PUT", "/a/b", "/c"}, {"GET", "/", "a//b"}, {"GET", "/a/b", "//"},
	} {
		for _, code := range []int{http.StatusFound, http.StatusPermanentRedirect} {
			r := httptest.NewRequest(c.method, c.path, nil)
			w := httptest.NewRecorder()
			http.Redirect(w, r, c.to, code)
			show(fmt.Sprintf("%s %s -> %q (%d)", c.method, c.path, c.to, code), w)
		}
	}
	r := httptest.NewRequest("GET", "/x", nil)
	w := httptest.NewRecorder()
	w.Header().Set("Content-Type", "text/plain")
	http.Redirect(w, r, "y", http.StatusSeeOther)
	show("preset content type", w)
	r.URL.Path = ""
	w = httptest.NewRecorder()
	http.Redirect(w, r, "rel", 399)
	show("empty path, odd code", w)

	w = httptest.NewRecorder()
	http.RedirectHandler("/to?a=b", http.StatusMovedPermanently).ServeHTTP(w, httptest.NewRequest("GET", "/from/here", nil))
	show("RedirectHandler", w)

	w = httptest.NewRecorder()
	http.Error(w, "bad <thing>", http.StatusTeapot)
	show("Error", w)
	w = httptest.NewRecorder()
	http.NotFound(w, r)
	show("NotFound", w)

	echo := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "path=%q raw=%q query=%q uri=%q", r.URL.Path, r.URL.RawPath, r.URL.RawQuery, r.RequestURI)
	})
	for _, p := range []struct{ prefix, target string }{
		{"/api", "/api/v1"}, {"/api/", "/api/v1"}, {"/api", "/apix"}, {"/api", "/other"}, {"", "/same"},
		{"/a b", "/a%20b/c"}, {"/a/b", "/a%2Fb/c"}, {"/a", "/a%2Fb/c?x=1"}, {"/api", "/api"},
	} {
		w := httptest.NewRecorder()
		req := httptest.NewRequest("GET", p.target, nil)
		http.StripPrefix(p.prefix, echo).ServeHTTP(w, req)
		show(fmt.Sprintf("StripPrefix(%q) %s", p.prefix, p.target), w)
		fmt.Printf("  original still %q %q\n", req.URL.Path, req.URL.RawPath)
	}

	for _, q := range []string{"/s?a=1;b=2", "/s?a=1&b=2", "/s?x=%3B;y"} {
		w := httptest.NewRecorder()
		req := httptest.NewRequest("GET", q, nil)
		http.AllowQuerySemicolons(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "%q %v", r.URL.RawQuery, r.URL.Query())
		})).ServeHTTP(w, req)
		show("AllowQuerySemicolons "+q, w)
		fmt.Printf("  original still %q\n", req.URL.RawQuery)
	}

	reader := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		var mbe *http.MaxBytesError
		fmt.Fprintf(w, "read %q err=%v maxBytesError=%v", b, err, errors.As(err, &mbe))
	})
	for _, body := range []string{"short", "exactly10!", "this one is too long"} {
		w := httptest.NewRecorder()
		http.MaxBytesHandler(reader, 10).ServeHTTP(w, httptest.NewRequest("POST", "/up", stringsReader(body)))
		show("MaxBytesHandler "+body, w)
	}

	quick := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Quick", "yes")
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprint(w, "done in time")
	})
	silent := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	w = httptest.NewRecorder()
	http.TimeoutHandler(quick, time.Minute, "too slow").ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	show("TimeoutHandler quick", w)
	fmt.Println("  X-Quick:", w.Header().Get("X-Quick"))
	w = httptest.NewRecorder()
	http.TimeoutHandler(silent, time.Minute, "").ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	show("TimeoutHandler silent", w)

	for _, msg := range []string{"too slow", ""} {
		served := make(chan struct{})
		after := make(chan string)
		slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
			<-served
			_, err := w.Write([]byte("late"))
			after <- fmt.Sprint(err, " ", errors.Is(err, http.ErrHandlerTimeout), " ", r.Context().Err() == context.DeadlineExceeded)
		})
		w = httptest.NewRecorder()
		http.TimeoutHandler(slow, 20*time.Millisecond, msg).ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
		close(served)
		show("TimeoutHandler slow "+msg, w)
		fmt.Println("  late write:", <-after)
	}

	func() {
		defer func() { fmt.Println("TimeoutHandler panic passed on:", recover()) }()
		boom := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic("boom") })
		http.TimeoutHandler(boom, time.Minute, "").ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	}()
}

type sr struct {
	s string
}

func (r *sr) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func stringsReader(s string) io.Reader { return &sr{s} }
