// Deadlines on TCP connections and listeners: Go's "i/o timeout" (os.ErrDeadlineExceeded,
// net.Error.Timeout), deadlines in the past, extended and cleared deadlines, a write that
// blocks because nobody reads, and dials canceled by their context.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func mask(err error, c net.Conn) string {
	s := err.Error()
	s = strings.Replace(s, c.LocalAddr().String(), "LOCAL", 1)
	return strings.Replace(s, c.RemoteAddr().String(), "REMOTE", 1)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		for {
			c, err := ln.Accept(\)
			if err != nil {
				return
			}
			accepted <- c
		}
	}()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	peer := <-accepted
	buf := make([]byte, 16)

	// 1. A read deadline passes while nothing arrives.
	start := time.Now()
	c.SetReadDeadline(start.Add(50 * time.Millisecond))
	n, err := c.Read(buf)
	waited := time.Since(start)
	var ne net.Error
	fmt.Println("1.", n, errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout(), waited >= 50*time.Millisecond, waited < 2*time.Second)
	fmt.Println("  ", mask(err, c))

	// 2. Expired deadlines keep failing, even with data available; clearing them works.
	peer.Write([]byte("hello"))
	time.Sleep(20 * time.Millisecond)
	_, err = c.Read(buf)
	fmt.Println("2.", errors.Is(err, os.ErrDeadlineExceeded))
	c.SetReadDeadline(time.Time{})
	n, err = c.Read(buf)
	fmt.Printf("   %q %v\n", buf[:n], err)

	// 3. A deadline in the past fails at once; moving it into the future lets a read wait.
	c.SetDeadline(time.Now().Add(-time.Second))
	_, err = c.Read(buf)
	fmt.Println("3.", errors.Is(err, os.ErrDeadlineExceeded))
	c.SetDeadline(time.Now().Add(5 * time.Second))
	go func() {
		time.Sleep(30 * time.Millisecond)
		peer.Write([]byte("late"))
	}()
	n, err = c.Read(buf)
	fmt.Printf("   %q %v\n", buf[:n], err)

	// 4. A deadline set while a read waits wakes it.
	c.SetDeadline(time.Time{})
	go func() {
		time.Sleep(30 * time.Millisecond)
		c.SetReadDeadline(time.Now())
	}()
	_, err = c.Read(buf)
	fmt.Println("4.", errors.Is(err, os.ErrDeadlineExceeded))

	// 5. Nobody reads: writes fill the socket buffers and then block until the deadline.
	chunk := make([]byte, 64*1024)
	total, _ := c.Write(chunk)
	c.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
	for {
		n, err := c.Write(chunk)
		total += n
		if err != nil {
			fmt.Println("5.", errors.Is(err, os.ErrDeadlineExceeded), total > 0, mask(err, c))
			break
		}
	}

	// 6. Accept with a deadline.
	l2, _ := net.Listen("tcp", "127.0.0.1:0")
	l2.(*net.TCPListener).SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = l2.Accept()
	fmt.Println("6.", errors.Is(err, os.ErrDeadlineExceeded), strings.Replace(err.Error(), l2.Addr().String(), "ADDR", 1))
	l2.Close()

	// 7. A dial whose context is already canceled, and one whose deadline passed.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var d net.Dialer
	_, err = d.DialContext(ctx, "tcp", ln.Addr().String())
	fmt.Println("7.", strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1), errors.Is(err, context.Canceled))
	ctx2, cancel2 := context.WithTimeout(context.Background(), -time.Second)
	defer cancel2()
	_, err = d.DialContext(ctx2, "tcp", ln.Addr().String())
	fmt.Println("  ", strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1), err.(net.Error).Timeout())

	// 8. Closing a connection wakes its blocked reader.
	c.SetDeadline(time.Time{})
	go func() {
		time.Sleep(30 * time.Millisecond)
		c.Close()
	}()
	_, err = c.Read(buf)
	fmt.Println("8.", errors.Is(err, net.ErrClosed), mask(err, c))
	peer.Close()
}
