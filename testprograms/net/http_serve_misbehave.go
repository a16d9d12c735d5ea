// What the server does with requests it cannot read and with handlers that misbehave: bad
// request lines and header fields (400 and its reason), header size limits (431), panicking
// handlers (logged, connection dropped; ErrAbortHandler silently), WriteHeader twice or with a
// bad code, writes after Hijack, Hijack twice, and a handler that writes nothing.
package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"regexp"
	"strings"
	"time"
)

var (
	date = regexp.MustCompile(`Date: [^\r]*\r\n`)
	port = regexp.MustCompile(`127\.0\.0\.1:\d+`)
)

func exchange(addr, raw string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	go io.WriteString(c, raw)
	c.SetReadDeadline(time.Now().Add(3 * time.Second))
	b, err := io.ReadAll(c)
	s := date.ReplaceAllString(string(b), "Date: DATE\r\n")
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		s += "[still open]"
	}
	return s
}

func show(title, s string) {
	fmt.Println("== " + title)
	for _, line := range strings.SplitAfter(s, "\n") {
		if line != "" {
			fmt.Printf("  %q\n", line)
		}
	}
}

// firstLine prints the first line of each server log entry (a panic's stack trace follows it).
type firstLine struct{}

func (firstLine) Write(p []byte) (int, error) {
	line := strings.SplitN(string(p), "\n", 2)[0]
	fmt.Println("  log:", port.ReplaceAllString(line, "127.0.0.1:PORT"))
	return len(p), nil
}

func writeTwice(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(202)
	w.WriteHeader(500)
	io.WriteString(w, "twice")
}

func writeThenHeader(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "body first")
	w.WriteHeader(404)
}

func badCode(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(42)
}

func hijacker(w http.ResponseWriter, r *http.Request) {
	conn, rw, err := w.(http.Hijacker).Hijack()
	if err != nil {
		fmt.Println("  hijack:", err)
		return
	}
	defer conn.Close()
	rest, err := rw.Reader.Peek(5)
	fmt.Printf("  hijacked; the bytes after the request: %q %v\n", rest, err)
	rw.WriteString("HTTP/1.0 200 Raw\r\n\r\nraw bytes")
	rw.Flush()
	n, err := w.Write([]byte("late"))
	fmt.Println("  write after hijack:", n, err)
	w.WriteHeader(500)
	_, _, err = w.(http.Hijacker).Hijack()
	fmt.Println("  second hijack:", err)
}

func main() {
	log.SetFlags(0)
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s %s %q host=%q", r.Method, r.Proto, r.RequestURI, r.Host)
	})
	mux.Handle("/semi", http.AllowQuerySemicolons(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%q %v", r.URL.RawQuery, r.URL.Query())
	})))
	mux.HandleFunc("/nothing", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/twice", writeTwice)
	mux.HandleFunc("/late", writeThenHeader)
	mux.HandleFunc("/badcode", badCode)
	mux.HandleFunc("/hijack", hijacker)
	mux.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "partial")
		panic("handler failed")
	})
	mux.HandleFunc("/panicflushed", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "partial")
		w.(http.Flusher).Flush()
		panic(fmt.Errorf("after flush"))
	})
	mux.HandleFunc("/abort", func(w http.ResponseWriter, r *http.Request) {
		panic(http.ErrAbortHandler)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux, ErrorLog: log.New(firstLine{}, "", 0), MaxHeaderBytes: 600}
	go srv.Serve(ln)
	addr := ln.Addr().String()
	const tail = "Connection: close\r\n\r\n"

	requests := []string{
		"GET /ok\r\n\r\n",
		"GET /ok HTTP/1.1 extra\r\nHost: x\r\n\r\n",
		"GET /ok HTTP/1.x\r\nHost: x\r\n\r\n",
		"GET /ok HTTP/1.2\r\nHost: x\r\n" + tail,
		"GET /ok HTTP/0.9\r\nHost: x\r\n\r\n",
		"G(T /ok HTTP/1.1\r\nHost: x\r\n\r\n",
		"get /ok HTTP/1.1\r\nHost: x\r\n" + tail,
		"GET  /ok HTTP/1.1\r\nHost: x\r\n" + tail,
		"GET ok HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET http://h/ok?q HTTP/1.1\r\nHost: x\r\n" + tail,
		"GET http://[::1/ok HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: x\r\nSpace : x\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: x\r\nBad{Name}: x\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: x\r\nCtl: a\x01b\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: x\r\nFolded: a\r\n  b\r\n" + tail,
		"GET /ok HTTP/1.1\r\n folded-first: a\r\nHost: x\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: a b\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: user@h\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: h\xc3\xa9\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: a|b\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: a-b_c~d!$&'()*+,;=%41:8\r\n" + tail,
		"GET /ok HTTP/1.1\r\nHost: [::1]:80\r\n" + tail,
		"GET /ok HTTP/1.0\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost:\r\n" + tail,
		"OPTIONS * HTTP/1.1\r\nHost: x\r\n" + tail,
		"GET * HTTP/1.1\r\nHost: x\r\n\r\n",
		"CONNECT h:80 HTTP/1.1\r\n\r\n",
		"GET /ok HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("v", 400) + "\r\n" + tail,
		"GET /ok HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("v", 5000) + "\r\n\r\n",
		"GET /" + strings.Repeat("p", 5000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET /ok?a=1;b=2 HTTP/1.1\r\nHost: x\r\n" + tail,
		"GET /semi?a=1;b=2 HTTP/1.1\r\nHost: x\r\n" + tail,
		"\r\n\r\nGET /ok HTTP/1.1\r\nHost: x\r\n" + tail,
		"GET /ok HTTP/1.1\r\nHost: x\r\n",
	}
	for _, raw := range requests {
		title := raw
		if len(title) > 60 {
			title = title[:60] + "..."
		}
		show(fmt.Sprintf("%q", title), exchange(addr, raw))
	}

	get := func(path string) string { return "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + tail }
	for _, p := range []string{"/nothing", "/twice", "/late", "/badcode", "/panic", "/panicflushed", "/abort"} {
		fmt.Println("== handler " + p)
		show("reply", exchange(addr, get(p)))
	}
	fmt.Println("== handler /hijack")
	show("reply", exchange(addr, "GET /hijack HTTP/1.1\r\nHost: x\r\n\r\nEXTRA"))

	// The response of a request with a body the handler did not read, read with the client's
	// parser.
	c, err := net.Dial("tcp", addr)
	if err == nil {
		io.WriteString(c, get("/nothing"))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			fmt.Printf("ReadResponse: %s cl=%d close=%v %q\n", resp.Status, resp.ContentLength, resp.Close, b)
		}
		c.Close()
	}
	srv.Close()
}
