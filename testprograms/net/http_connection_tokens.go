// Connection header lists as net/http reads them: a token counts with a space, tab or comma on
// each side ("foo close" closes, "xclose" does not), for HTTP/1.1 close and HTTP/1.0 keep-alive.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// exchange writes the requests on one connection and prints what comes back until the server
// closes it (or "still open" when it keeps the connection after the last reply).
func exchange(addr string, reqs ...string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	defer c.Close()
	io.WriteString(c, strings.Join(reqs, ""))
	c.SetReadDeadline(time.Now().Add(3 * time.Second))
	data, err := io.ReadAll(c)
	for _, line := range strings.Split(string(data), "\r\n") {
		if !strings.HasPrefix(line, "Date: ") {
			fmt.Printf("  %q\n", line)
		}
	}
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		fmt.Println("  still open")
	} else {
		fmt.Println("  closed", err)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s %s close=%v", r.Proto, r.Header.Get("Connection"), r.Close)
	}))
	addr := ln.Addr().String()
	get := func(proto, conn string) string {
		s := "GET / " + proto + "\r\nHost: x\r\n"
		if conn != "" {
			s += "Connection: " + conn + "\r\n"
		}
		return s + "\r\n"
	}
	for _, conn := range []string{"foo close", "foo,\tClose", "CLOSE", "xclose", "close-ish"} {
		fmt.Printf("HTTP/1.1 %q then a close:\n", conn)
		exchange(addr, get("HTTP/1.1", conn), get("HTTP/1.1", "close"))
	}
	for _, conn := range []string{"foo keep-alive", "Keep-Alive", "keep-alivex"} {
		fmt.Printf("HTTP/1.0 %q then a plain one:\n", conn)
		exchange(addr, get("HTTP/1.0", conn), get("HTTP/1.0", ""))
	}
}
