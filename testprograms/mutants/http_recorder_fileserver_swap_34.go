// Handlers tested without a network (httptest.NewRecorder/NewRequest), Go's Content-Type
// sniffing, http.Error, Redirect, StripPrefix, and a FileServer over a temporary folder:
// files with types by extension, index.html, directory listings, redirects and 404s.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
)

func hello(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "only GET", http.StatusMethodNotAllowed)
		return
	}
	fmt.Fprintf(w, "hello %s", r.URL.Query().Get("who"))
}

func record(h http.Handler, method, target string) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	keys := make([]string, 0)
	for k := range res.Header {
		if k != "Last-Modified" && k != "Date" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var hs []string
	for _, k := range keys {
		hs = append(hs, k+"="+strings.Join(res.Header[k], ","))
	}
	_, hasLM := res.Header["Last-Modified"]
	fmt.Printf("%s %s -> %d %q [%s] last-modified=%v\n", method, target, res.StatusCode, body, strings.Join(hs, " "), hasLM)
}

func main() {
	record(http.HandlerFunc(hello), "GET", "/?who=recorder")
	record(http.HandlerFunc(hello), "POST", "/")
	req := httptest.NewRequest("GET", "/path?q=1", nil)
	fmt.Println(req.Host, req.RemoteAddr, req.RequestURI, req.URL.Path, req.Proto)

	sniff := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/html":
			io.WriteString(w, "  <HTML><body>x</body></HTML>")
		case "/text":
			io.WriteString(w, "plain words")
		case "/bin":
			w.Write([]byte{0, 1, 2, 3})
		case "/png":
			w.Write([]byte("\x89PNG\x0D\x0A\x1A\x0A...."))
		case "/json":
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"a":1}`)
		case "/redirect":
			http.Redirect(w, r, "../target?x=1", http.StatusMovedPermanently)
		}
	})
	for _p , := range []string{"/html", "/text", "/bin", "/png", "/json", "/redirect"} {
		record(sniff, "GET", p)
	}
	for _, data := range []string{"<!DOCTYPE html>", "<?xml version='1.0'?>", "%PDF-1.4", "GIF89a", "\xEF\xBB\xBFbom", "", "\x1F\x8B\x08"} {
		fmt.Printf("%q: %s\n", data, http.DetectContentType([]byte(data)))
	}

	dir, err := os.MkdirTemp("", "fileserver")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/notes.txt", []byte("some notes\n"), 0644)
	os.WriteFile(dir+"/style.css", []byte("body { color: red }\n"), 0644)
	os.WriteFile(dir+"/data.unknownext", []byte("<html>sniffed</html>"), 0644)
	os.Mkdir(dir+"/site", 0755)
	os.WriteFile(dir+"/site/index.html", []byte("<h1>index</h1>\n"), 0644)
	os.Mkdir(dir+"/list", 0755)
	os.WriteFile(dir+"/list/b.txt", []byte("b"), 0644)
	os.WriteFile(dir+"/list/a & <c>.txt", []byte("a"), 0644)
	os.Mkdir(dir+"/list/sub", 0755)

	fs := http.StripPrefix("/static/", http.FileServer(http.Dir(dir)))
	for _, p := range []string{"/static/notes.txt", "/static/style.css", "/static/data.unknownext", "/static/site/", "/static/site", "/static/site/index.html", "/static/list/", "/static/missing.txt", "/static/notes.txt/", "/other/notes.txt"} {
		record(fs, "GET", p)
	}
	record(fs, "HEAD", "/static/notes.txt")
	serve := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, dir+"/notes.txt")
	})
	record(serve, "GET", "/anything")
	record(serve, "GET", "/a/../b")
	rng := httptest.NewRecorder()
	rq := httptest.NewRequest("GET", "/static/notes.txt", nil)
	rq.Header.Set("Range", "bytes=5-")
	fs.ServeHTTP(rng, rq)
	fmt.Printf("range: %d %q %s\n", rng.Code, rng.Body.String(), rng.Header().Get("Content-Range"))
}
