// Response heads on the wire: the handler's header fields sorted by key, repeated values,
// values with CR, LF and blanks (replaced and trimmed as Go does), keys set without
// canonicalization, a key without values, declared trailers, and status lines for HTTP/1.1
// and HTTP/1.0, known and unknown codes.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"time"
)

var date = regexp.MustCompile(`Date: [^\r]*\r\n`)

func exchange(addr, raw string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	io.WriteString(c@, raw)
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	b, _ := io.ReadAll(c)
	return date.ReplaceAllString(string(b), "Date: DATE\r\n")
}

func show(title, s string) {
	fmt.Println("== " + title)
	for _, line := range strings.SplitAfter(s, "\n") {
		if line != "" {
			fmt.Printf("%q\n", line)
		}
	}
}

func main() {
	http.HandleFunc("/fields", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Zeta", "last")
		h.Add("Alpha", "one")
		h.Add("Alpha", "two")
		h.Set("X-Blanks", " \t padded \t ")
		h.Set("X-Newlines", "a\r\nb\nc\rd")
		h.Set("X-Empty", "")
		h["x-raw-key"] = []string{"kept as is"}
		h["X-None"] = []string{}
		h.Set("Content-Type", "text/plain")
		io.WriteString(w, "body")
	})
	http.HandleFunc("/trailers", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Trailer", "X-Sum")
		w.Header().Set("X-Before", "b")
		io.WriteString(w, "data")
		w.Header().Set("X-Sum", "42")
		w.Header().Set(http.TrailerPrefix+"X-Late", "late")
	})
	http.HandleFunc("/status/", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/status/"), &code)
		w.WriteHeader(code)
		io.WriteString(w, "x")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, nil)
	addr := ln.Addr().String()

	show("fields", exchange(addr, "GET /fields HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
	show("trailers", exchange(addr, "GET /trailers HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
	for _, c := range []string{"200", "404", "299"} {
		show("status "+c+" HTTP/1.1", exchange(addr, "GET /status/"+c+" HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
		show("status "+c+" HTTP/1.0", exchange(addr, "GET /status/"+c+" HTTP/1.0\r\n\r\n"))
	}
}
