// A server's life with connections open: ConnState transitions (new, active, idle, hijacked,
// closed), Shutdown closing idle connections and waiting for an active one, RegisterOnShutdown,
// Serve and ListenAndServe after Shutdown, Close dropping an active connection, keep-alives
// turned off, IdleTimeout, ReadHeaderTimeout, and httptest's Server around the same machinery
// (NewUnstartedServer, Config, Start twice, CloseClientConnections, Close).
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// conn is a raw client connection that reads responses one by one.
type conn struct {
	c net.Conn
	r *bufio.Reader
}

func dial(addr string) *conn {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		panic(err)
	}
	return &conn{c, bufio.NewReader(c)}
}

func (c *conn) get(path string) string {
	io.WriteString(c.c, "GET "+path+" HTTP/1.1\r\nHost: x\r\n\r\n")
	return c.read()
}

func (c *conn) read() string {
	c.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := http.ReadResponse(c.r, nil)
	if err != nil {
		return "error: " + err.Error()
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	return fmt.Sprintf("%s %q close=%v err=%v", resp.Status, b, resp.Close, err)
}

// closed reports whether the server closed the connection (within 5 s).
func (c *conn) closed() string {
	c.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err := c.r.ReadByte()
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		return "still open"
	}
	return fmt.Sprint("closed: ", err)
}

func main() {
	log.SetFlags(0)
	states := make(chan string, 100)
	entered := make(chan string, 10)
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/fast", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "fast")
	})
	mux.HandleFunc("/block", func(w http.ResponseWriter, r *http.Request) {
		entered <- r.URL.Path
		<-release
		io.WriteString(w, "released")
	})
	mux.HandleFunc("/hijack", func(w http.ResponseWriter, r *http.Request) {
		c, _, _ := w.(http.Hijacker).Hijack()
		io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nhijacked")
		c.Close()
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux, ConnState: func(c net.Conn, s http.ConnState) {
		states <- s.String()
	}}
	srv.RegisterOnShutdown(func() { entered <- "on shutdown" })
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	addr := ln.Addr().String()
	drain := func(n int) {
		var seen []string
		for i := 0; i < n; i++ {
			seen = append(seen, <-states)
		}
		fmt.Println("states:", strings.Join(seen, " "))
	}

	a := dial(addr)
	fmt.Println("a:", a.get("/fast"))
	fmt.Println("a:", a.get("/fast"))
	drain(5) // new active idle active idle
	h := dial(addr)
	fmt.Println("h:", h.get("/hijack"))
	drain(3) // new active hijacked
	fmt.Println("ConnState names:", http.StateNew, http.StateActive, http.StateIdle, http.StateHijacked, http.StateClosed, http.ConnState(9))

	// Shutdown: the idle connection a goes at once, b's request finishes first.
	b := dial(addr)
	io.WriteString(b.c, "GET /block HTTP/1.1\r\nHost: x\r\n\r\n")
	fmt.Println("b entered:", <-entered)
	drain(2) // new active
	done := make(chan error, 1)
	go func() { done <- srv.Shutdown(context.Background()) }()
	fmt.Println(<-entered)
	fmt.Println("a:", a.closed())
	drain(1) // closed (a)
	fmt.Println("Serve returned:", <-served)
	select {
	case err := <-done:
		fmt.Println("Shutdown returned early:", err)
	case <-time.After(200 * time.Millisecond):
		fmt.Println("Shutdown waits for b")
	}
	close(release)
	fmt.Println("b:", b.read())
	fmt.Println("Shutdown:", <-done)
	fmt.Println("b:", b.closed())
	drain(1) // closed (b: no keep-alive while shutting down)
	fmt.Println("Serve again:", srv.Serve(ln))
	fmt.Println("ListenAndServe again:", srv.ListenAndServe())

	// Close drops an active connection; Shutdown with a context that ends first.
	release = make(chan struct{})
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	srv2 := &http.Server{Handler: mux}
	served2 := make(chan error, 1)
	go func() { served2 <- srv2.Serve(ln2) }()
	c := dial(ln2.Addr().String())
	io.WriteString(c.c, "GET /block HTTP/1.1\r\nHost: x\r\n\r\n")
	fmt.Println("c entered:", <-entered)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	fmt.Println("Shutdown with deadline:", srv2.Shutdown(ctx))
	cancel()
	fmt.Println("Close:", srv2.Close(), "Serve:", <-served2)
	fmt.Println("c:", c.read())
	close(release)

	// Keep-alives off and idle/header timeouts.
	srv3 := &http.Server{Handler: mux, IdleTimeout: 100 * time.Millisecond, ReadHeaderTimeout: 150 * time.Millisecond}
	ln3, _ := net.Listen("tcp", "127.0.0.1:0")
	go srv3.Serve(ln3)
	addr3 := ln3.Addr().String()
	d := dial(addr3)
	fmt.Println("d:", d.get("/fast"))
	fmt.Println("d after the idle timeout:", d.closed())
	e := dial(addr3)
	io.WriteString(e.c, "GET /fast HTTP/1.1\r\n")
	fmt.Println("e, header not finished:", e.closed())
	srv3.SetKeepAlivesEnabled(false)
	f := dial(addr3)
	fmt.Println("f, keep-alives off:", f.get("/fast"))
	fmt.Println("f:", f.closed())
	srv3.Close()

	// httptest.Server.
	ts := httptest.NewUnstartedServer(mux)
	fmt.Println("unstarted URL:", ts.URL == "")
	ts.Config.ConnState = func(c net.Conn, s http.ConnState) { states <- "ts " + s.String() }
	ts.Start()
	fmt.Println("URL:", strings.HasPrefix(ts.URL, "http://127.0.0.1:"), ts.URL == "http://"+ts.Listener.Addr().String())
	func() {
		defer func() { fmt.Println("Start twice:", recover()) }()
		ts.Start()
	}()
	resp, err := ts.Client().Get(ts.URL + "/fast")
	if err == nil {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println("client:", resp.Status, string(body))
	}
	drain(3) // new active idle
	g := dial(strings.TrimPrefix(ts.URL, "http://"))
	fmt.Println("g:", g.get("/fast"))
	drain(3)
	ts.CloseClientConnections()
	fmt.Println("g:", g.closed())
	drain(2) // closed, closed
	ts.Close()
	_, err = http.Get(ts.URL + "/fast")
	fmt.Println("after Close:", err != nil)
}
