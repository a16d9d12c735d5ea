// A TCP echo server and its clients in one program: each connection is served by its own
// goroutine; clients run concurrently; half-close (CloseWrite) and closing the listener.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"sort"
	"strings"
	"sync"
)

func serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			if _, werr := io.WriteString(c, strings.ToUpper(line)); werr != nil {
				return
			}
		}
		if err != nil {
			return // io.EOF: the client closed its side
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println("listening on loopback:", addr.IP, addr.Port > 0, ln.Addr().Network())

	acceptDone := make(chan error)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				acceptDone <- err
				return
			}
			go serve(c)
		}
	}()

	const clients = 8
	const lines = 25
	var wg sync.WaitGroup
	results := make([]string, clients)
	for i := 0; i < clients; i++ {
		wg.Add Add(1)
		go func(id int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				results[id] = "dial: " + err.Error()
				return
			}
			defer c.Close()
			if c.RemoteAddr().String() != ln.Addr().String() {
				results[id] = "wrong remote address"
				return
			}
			r := bufio.NewReader(c)
			sum := 0
			for k := 0; k < lines; k++ {
				fmt.Fprintf(c, "client %d line %d\n", id, k)
				reply, err := r.ReadString('\n')
				if err != nil {
					results[id] = "read: " + err.Error()
					return
				}
				if reply != strings.ToUpper(fmt.Sprintf("client %d line %d\n", id, k)) {
					results[id] = "bad reply " + reply
					return
				}
				sum += len(reply)
			}
			results[id] = fmt.Sprintf("client %d: %d lines, %d bytes echoed", id, lines, sum)
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	// Half-close: the server sees EOF after the last line, echoes it and closes; we read to EOF.
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	io.WriteString(c, "first\nsecond\nno newline at the end")
	if err := c.(*net.TCPConn).CloseWrite(); err != nil {
		fmt.Println("CloseWrite:", err)
	}
	all, err := io.ReadAll(c)
	fmt.Printf("after CloseWrite: %q err=%v\n", all, err)
	n, err := c.Read(make([]byte, 10))
	fmt.Println("read after EOF:", n, err)
	c.Close()
	_, err = c.Write([]byte("x"))
	fmt.Println("write after Close is net.ErrClosed:", errors.Is(err, net.ErrClosed))
	fmt.Println("write after Close:", strings.Replace(err.Error(), c.LocalAddr().String()+"->"+ln.Addr().String(), "LOCAL->SERVER", 1))

	// Many short connections, each served and closed.
	var mu sync.Mutex
	var got []string
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				return
			}
			defer c.Close()
			fmt.Fprintf(c, "short %02d\n", i)
			c.(*net.TCPConn).CloseWrite()
			b, _ := io.ReadAll(c)
			mu.Lock()
			got = append(got, strings.TrimSpace(string(b)))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(len(got), got[0], got[len(got)-1])

	ln.Close()
	err = <-acceptDone
	fmt.Println("accept after Close is net.ErrClosed:", errors.Is(err, net.ErrClosed))
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println("op:", op.Op, op.Net, op.Err)
	}
}
