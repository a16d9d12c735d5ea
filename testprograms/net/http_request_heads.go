// Request heads as the server parses them, sent raw over TCP: canonical keys, repeated fields,
// blanks around values, continuation lines, bare LF line ends, a head that arrives in pieces,
// pipelined requests, and malformed heads (no colon, empty key, a key with a space, a first
// field line starting with a blank) with the server's replies.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"time"
)

var date = regexp.MustCompile(`Date: [^\r]*\r\n`)

// exchange sends the pieces (one write each, the first two 50 ms apart) on a new connection
// and returns what the server answered until it closed the connection.
func exchange(addr string, pieces ...string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	for i, p := range pieces {
		if i > 0 {
			time.Sleep(50 * time.Millisecond)
		}
		io.WriteString(c, p)
	}
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
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		keys := make([]string, 0, len(r.Header))
		for k := range r.Header {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(w, "%s %q %s host=%q\n", r.Method, r.RequestURI, r.Proto, r.Host)
		for _, k := range keys {
			fmt.Fprintf(w, "%s=%q\n", k, r.Header[k])
		}
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, nil)
	addr := ln.Addr().String()

	show("canonical keys and repeated fields", exchange(addr,
		"GET /a?x=1 HTTP/1.1\r\nhost: example.com\r\nx-lower: a\r\nX-UPPER: b\r\nx-MiXeD-cAsE: c\r\n"+
			"Accept: text/html\r\naccept: text/plain\r\nConnection: close\r\n\r\n"))
	show("blanks around values", exchange(addr,
		"GET / HTTP/1.1\r\nHost: h\r\nX-A:no-space\r\nX-B:   \t spaced \t \r\nX-C:\r\nX-D: inner  space\r\nConnection: close\r\n\r\n"))
	show("continuation lines", exchange(addr,
		"GET / HTTP/1.1\r\nHost: h\r\nX-Long: first\r\n  second\r\n\tthird\r\nConnection: close\r\n\r\n"))
	show("bare LF line ends", exchange(addr, "GET /lf HTTP/1.1\nHost: h\nX-A: 1\nConnection: close\n\n"))
	show("head in pieces", exchange(addr, "GET /pieces HTTP/1.1\r\nHost: h\r\nX-A:", " 1\r\nConnection: close\r\n\r\n"))
	show("pipelined", exchange(addr,
		"GET /one HTTP/1.1\r\nHost: h\r\nX-N: 1\r\n\r\nGET /two HTTP/1.1\r\nHost: h\r\nX-N: 2\r\nConnection: close\r\n\r\n"))
	show("odd token keys", exchange(addr, "GET / HTTP/1.1\r\nHost: h\r\nx_under.dot~: 1\r\nx-1-2: 2\r\nConnection: close\r\n\r\n"))
	show("value with high bytes", exchange(addr, "GET / HTTP/1.1\r\nHost: h\r\nX-U: caf\xc3\xa9\r\nConnection: close\r\n\r\n"))
	show("no colon", exchange(addr, "GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n"))
	show("empty key", exchange(addr, "GET / HTTP/1.1\r\nHost: h\r\n: v\r\nConnection: close\r\n\r\n"))
	show("key with a space", exchange(addr, "GET / HTTP/1.1\r\nHost: h\r\nBad Key: v\r\n\r\n"))
	show("first field starts with a blank", exchange(addr, "GET / HTTP/1.1\r\n Host: h\r\n\r\n"))
	show("empty request line", exchange(addr, "\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n"))
	show("two Host fields", exchange(addr, "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"))
}
