// The HTTP/1.1 server on the wire, seen by a raw TCP client: header order, Date, Content-Length
// versus chunked framing, keep-alive and pipelining on one connection, HTTP/1.0 and
// "Connection: close", a request body with Content-Length and a chunked one, and the replies
// to malformed requests (400) and to requests without Host.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"time"
)

var date = regexp.MustCompile(`Date: [^\r]*\r\n`)

// exchange sends raw on a new connection and returns everything the server answered until
// it closed the connection (or 2 s passed).
func exchange(addr, raw string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	io.WriteString(c, raw)
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
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
	mux := http.NewServeMux()
	mux.HandleFunc("/small", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-B", "2")
		w.Header().Set("X-A", "1")
		io.WriteString(w, "small body")
	})
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, 300)
		w.(http.Flusher).Flush()
		io.WriteString(w, "part two")
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/nocontent", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %q cl=%d te=%v err=%v", r.Method, b, r.ContentLength, r.TransferEncoding, err)
	})
	mux.HandleFunc("/declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5")
		w.Header().Set("Content-Type", "text/x-custom")
		io.WriteString(w, "12345")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	addr := ln.Addr().String()

	show("keep-alive, pipelined, then close", exchange(addr,
		"GET /small HTTP/1.1\r\nHost: x\r\n\r\n"+
			"GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n"+
			"GET /empty HTTP/1.1\r\nHost: x\r\n\r\n"+
			"GET /nocontent HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
	show("HTTP/1.0", exchange(addr, "GET /small HTTP/1.0\r\n\r\n"))
	show("HTTP/1.0 chunk-less streaming", exchange(addr, "GET /chunked HTTP/1.0\r\n\r\n"))
	show("HTTP/1.0 keep-alive", exchange(addr, "GET /declared HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /small HTTP/1.0\r\n\r\n"))
	show("bodies", exchange(addr,
		"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"+
			"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n"+
			"HEAD /small HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
	show("not found and method", exchange(addr, "DELETE /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
	show("missing Host", exchange(addr, "GET /small HTTP/1.1\r\n\r\n"))
	show("garbage", exchange(addr, "HELLO\r\n\r\n"))
	show("bad version", exchange(addr, "GET /small HTTP/2.0\r\nHost: x\r\n\r\n"))
	show("unsupported transfer encoding", exchange(addr, "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n"))

	// The client side reads such responses too.
	c, _ := net.Dial("tcp", addr)
	io.WriteString(c, "GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("ReadResponse: %s %v %q\n", resp.Status, resp.TransferEncoding, b)
	}
	c.Close()
	srv.Close()
}
