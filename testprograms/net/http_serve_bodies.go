// The server's body framing on the wire, both ways: chunked request bodies (extensions, trailers,
// malformed sizes), Content-Length forms that are accepted or refused, Transfer-Encoding values,
// Expect: 100-continue, unread request bodies, and the response side: Content-Length when the
// handler's output fits the buffer, chunking past it, declared lengths written short or long,
// HEAD, 204/304/1xx, Flush, and the handler's own Transfer-Encoding.
package main

import (
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"
)

var date = regexp.MustCompile(`Date: [^\r]*\r\n`)

// exchange writes raw on a new connection and returns what came back until the server closed
// the connection (or 3 s passed: "[still open]").
func exchange(addr, raw string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	// Written while reading, so that a server that stops reading cannot block the writer.
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

func sortedHeader(h http.Header) string {
	var keys []string
	for k, v := range h {
		keys = append(keys, fmt.Sprintf("%s=%q", k, v))
	}
	sort.Strings(keys)
	return strings.Join(keys, " ")
}

func echo(w http.ResponseWriter, r *http.Request) {
	declared := sortedHeader(r.Trailer)
	b, err := io.ReadAll(r.Body)
	fmt.Fprintf(w, "%q cl=%d te=%v err=%v declared=[%s] trailer=[%s] header=[%s]", b, r.ContentLength, r.TransferEncoding, err, declared, sortedHeader(r.Trailer), sortedHeader(r.Header))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/echo", echo)
	mux.HandleFunc("/ignore", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ignored "+r.Method)
	})
	mux.HandleFunc("/size/", func(w http.ResponseWriter, r *http.Request) {
		var n, writes int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/size/"), "%d/%d", &n, &writes)
		chunk := strings.Repeat("x", n/writes)
		for i := 0; i < writes; i++ {
			io.WriteString(w, chunk)
		}
	})
	mux.HandleFunc("/declared/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "6")
		n, err := io.WriteString(w, strings.TrimPrefix(r.URL.Path, "/declared/"))
		fmt.Println("handler: declared 6, wrote", n, err)
	})
	mux.HandleFunc("/badlength", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "nope")
		io.WriteString(w, "body")
	})
	mux.HandleFunc("/status/", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/status/"), "%d", &code)
		w.Header().Set("Content-Type", "text/x-set")
		w.Header().Set("Content-Length", "4")
		w.Header().Set("X-Kept", "yes")
		w.WriteHeader(code)
		_, err := io.WriteString(w, "body")
		fmt.Println("handler: status", code, "write:", err)
	})
	mux.HandleFunc("/early", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Link", "</style.css>; rel=preload")
		w.WriteHeader(http.StatusEarlyHints)
		w.Header().Set("X-Final", "1")
		io.WriteString(w, "final")
	})
	mux.HandleFunc("/flush", func(w http.ResponseWriter, r *http.Request) {
		w.(http.Flusher).Flush()
		io.WriteString(w, "after flush")
		w.(http.Flusher).Flush()
		io.WriteString(w, "!")
	})
	mux.HandleFunc("/flushlen", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5")
		io.WriteString(w, "ab")
		w.(http.Flusher).Flush()
		io.WriteString(w, "cde")
	})
	mux.HandleFunc("/te/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Transfer-Encoding", strings.TrimPrefix(r.URL.Path, "/te/"))
		if r.URL.RawQuery == "cl" {
			w.Header().Set("Content-Length", "3")
		}
		io.WriteString(w, "abc")
	})
	mux.HandleFunc("/trailer", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Trailer", "X-Sum, Content-Length,cache-control, ,Expires")
		io.WriteString(w, "data")
		w.Header().Set("X-Sum", "42")
		w.Header().Set("Cache-Control", "no")
		w.Header().Set("Expires", "never")
		w.Header().Set(http.TrailerPrefix+"X-Late", "late")
	})
	mux.HandleFunc("/headafter", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(201)
		w.Header().Set("X-Too-Late", "1")
		io.WriteString(w, "created")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux, ErrorLog: log.New(os.Stdout, "  log: ", 0)}
	go srv.Serve(ln)
	addr := ln.Addr().String()
	const close = "Connection: close\r\n"
	post := func(path, headers, body string) string {
		return "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n" + body
	}

	// Request bodies.
	show("chunked with extensions and trailers", exchange(addr,
		post("/echo", "Transfer-Encoding: chunked\r\n"+close, "3;name=v\r\nabc\r\nA \r\n0123456789\r\n0\r\nX-Trail: t1\r\nx-other: t2\r\n\r\n")))
	show("chunked with declared trailers", exchange(addr,
		post("/echo", "Transfer-Encoding: chunked\r\nTrailer: x-trail, X-Other\r\n"+close, "1\r\na\r\n0\r\nX-Trail: t1\r\n\r\n")))
	show("chunked, forbidden trailer declared", exchange(addr,
		post("/echo", "Transfer-Encoding: chunked\r\nTrailer: Content-Length\r\n"+close, "1\r\na\r\n0\r\n\r\n")))
	show("chunked, upper-case TE and hex", exchange(addr,
		post("/echo", "Transfer-Encoding: CHUNKED\r\n"+close, "1F\r\n"+strings.Repeat("z", 31)+"\r\n0\r\n\r\n")))
	for _, chunks := range []string{"x\r\nabc\r\n0\r\n\r\n", "3\r\nabcdef\r\n0\r\n\r\n", "\r\nabc\r\n", "11111111111111111\r\na\r\n0\r\n\r\n", "3 ;x\r\nabc\r\n0\r\n\r\n", "3\r\nab"} {
		show("malformed chunks "+fmt.Sprintf("%q", chunks), exchange(addr, post("/echo", "Transfer-Encoding: chunked\r\n"+close, chunks)))
	}
	for _, cl := range []string{"Content-Length: 3\r\nContent-Length: 3", "Content-Length: 3\r\nContent-Length: 4", "Content-Length: abc", "Content-Length: -1", "Content-Length: +3", "Content-Length:", "Content-Length:  3 "} {
		show("length "+fmt.Sprintf("%q", cl), exchange(addr, post("/echo", cl+"\r\n"+close, "abcd")))
	}
	for _, te := range []string{"identity", "chunked, chunked", "gzip, chunked"} {
		show("TE "+te, exchange(addr, post("/echo", "Transfer-Encoding: "+te+"\r\n"+close, "0\r\n\r\n")))
	}
	show("TE and Content-Length", exchange(addr, post("/echo", "Transfer-Encoding: chunked\r\nContent-Length: 99\r\n"+close, "2\r\nhi\r\n0\r\n\r\n")))
	show("HTTP/1.0 ignores TE", exchange(addr, "POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n"))
	halfClosed := func(raw string) string {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return err.Error()
		}
		defer c.Close()
		io.WriteString(c, raw)
		c.(*net.TCPConn).CloseWrite()
		c.SetReadDeadline(time.Now().Add(3 * time.Second))
		b, _ := io.ReadAll(c)
		return date.ReplaceAllString(string(b), "Date: DATE\r\n")
	}
	show("short body, then half close", halfClosed(post("/echo", "Content-Length: 10\r\n", "abc")))
	for _, chunks := range []string{"2\r\nhi\r\n0\r\n", "2\r\nhi\r\n0\r\nX", "2\r\nhi\r\n0\r\nX-A: 1\r\n", "2\r\nhi\r\n"} {
		show("chunked, then half close "+fmt.Sprintf("%q", chunks), halfClosed(post("/echo", "Transfer-Encoding: chunked\r\n", chunks)))
	}

	// Expect: 100-continue and unread bodies.
	show("100-continue, body read", exchange(addr, post("/echo", "Expect: 100-continue\r\nContent-Length: 2\r\n"+close, "hi")))
	show("100-continue, body ignored", exchange(addr, post("/ignore", "Expect: 100-continue\r\nContent-Length: 2\r\n", "hi")))
	show("100-continue, no body", exchange(addr, post("/echo", "Expect: 100-Continue\r\nContent-Length: 0\r\n"+close, "")))
	show("100-continue, HTTP/1.0", exchange(addr, "POST /echo HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi"))
	show("other expectation", exchange(addr, post("/echo", "Expect: teapot\r\nContent-Length: 2\r\n", "hi")))
	show("unread small bodies keep the connection", exchange(addr,
		post("/ignore", "Content-Length: 5\r\n", "12345")+post("/ignore", "Transfer-Encoding: chunked\r\n", "2\r\nab\r\n0\r\n\r\n")+post("/ignore", close, "")))
	show("unread big body closes", exchange(addr, post("/ignore", "Content-Length: 300000\r\n", strings.Repeat("b", 300000))+post("/ignore", close, "")))

	// Response framing.
	get := func(path string) string { return "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + close + "\r\n" }
	for _, p := range []string{"/size/2048/1", "/size/2049/1", "/size/2000/100", "/size/4000/2", "/size/0/1"} {
		s := exchange(addr, get(p))
		s = regexp.MustCompile(`x{20,}`).ReplaceAllStringFunc(s, func(x string) string { return fmt.Sprintf("x*%d", len(x)) })
		show("size "+p, s)
	}
	show("declared, short", exchange(addr, get("/declared/abc")+get("/declared/abcdef")))
	show("declared, long", exchange(addr, get("/declared/abcdefgh")))
	show("declared, exact, keep-alive", exchange(addr, "GET /declared/abcdef HTTP/1.1\r\nHost: x\r\n\r\n"+get("/declared/abcdef")))
	show("bad declared length", exchange(addr, get("/badlength")))
	show("HEAD small", exchange(addr, "HEAD /size/10/1 HTTP/1.1\r\nHost: x\r\n"+close+"\r\n"))
	show("HEAD big", exchange(addr, "HEAD /size/3000/1 HTTP/1.1\r\nHost: x\r\n"+close+"\r\n"))
	show("HEAD empty", exchange(addr, "HEAD /size/0/1 HTTP/1.1\r\nHost: x\r\n"+close+"\r\n"))
	show("HEAD declared", exchange(addr, "HEAD /declared/abcdef HTTP/1.1\r\nHost: x\r\n"+close+"\r\n"))
	for _, code := range []string{"204", "304", "205", "404"} {
		show("status "+code, exchange(addr, get("/status/"+code)))
	}
	show("1xx then final", exchange(addr, get("/early")))
	show("flush", exchange(addr, get("/flush")))
	show("flush, declared", exchange(addr, get("/flushlen")))
	show("flush, HTTP/1.0", exchange(addr, "GET /flush HTTP/1.0\r\n\r\n"))
	for _, p := range []string{"/te/chunked", "/te/identity", "/te/gzip", "/te/chunked?cl", "/te/identity?cl"} {
		show("handler TE "+p, exchange(addr, get(p)))
	}
	show("trailers", exchange(addr, get("/trailer")))
	show("header after WriteHeader", exchange(addr, get("/headafter")))
	srv.Close()
}
