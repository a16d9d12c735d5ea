// Go's error texts and address helpers of package net: connection refused, missing ports,
// unknown networks, closed connections; JoinHostPort/SplitHostPort, ParseIP, IPv4, masks,
// ResolveTCPAddr, LookupHost for localhost, and net.Pipe.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println(op.Op, op.Net, op.Source == nil, op.Addr, op.Timeout())
		var se *os.SyscallError
		fmt.Println(errors.As(err, &se), se.Syscall, se.Err)
	}
	_, err = net.DialTimeout("tcp", "127.0.0.1:1", time.Second)
	fmt.Println(err)
	_, err = net.Dial("tcp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Dial("tcp", "[::1]:80:90")
	fmt.Println(err)
	_, err = net.Dial("ftp", "127.0.0.1:21")
	fmt.Println(err)
	_, err = net.Listen("udp", "127.0.0.1:0")
	fmt.Println(err)
	_, err = net.Dial("tcp", "")
	fmt.Println(err)

	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	_, err = net.Listen("tcp", ln.Addr().String())
	fmt.Println(strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1))
	ln.Close()
	fmt.Println(strings.Replace(ln.Close().Error(), ln.Addr().String(), "ADDR", 1))

	fmt.Println(net.JoinHostPort("localhost", "8080"), net.JoinHostPort("::1", "443"))
	for _, hp := range []string{"example.com:80", "[::1]:443", "[fe80::1%lo]:53", ":http", "a:b:c", "nohost", "[::1]"} {
		h, p, err := net.SplitHostPort(hp)
		fmt.Printf("%q %q %v\n", h, p, err)
	}
	for _, s := range []string{"192.168.0.1", "10.0.0.256", "::1", "2001:db8:0:0:1:0:0:1", "::ffff:10.1.2.3", "fe80::", "1.2.3", "01.2.3.4", ""} {
		ip := net.ParseIP(s)
		fmt.Println(s, "->", ip, len(ip), ip.To4() != nil, ip.IsLoopback(), ip.IsPrivate())
	}
	ip := net.IPv4(192, 168, 1, 77)
	fmt.Println(ip, ip.DefaultMask(), ip.Mask(net.CIDRMask(16, 32)), ip.Equal(net.ParseIP("192.168.1.77")))
	_, n, err := net.ParseCIDR("10.1.0.0/16")
	fmt.Println(n, err, n.Contains(net.ParseIP("10.1.200.3")), n.Contains(net.ParseIP("10.2.0.1")))
	fmt.Println(net.IPv4Mask(255, 255, 255, 0).Size())
	a, err := net.ResolveTCPAddr("tcp", "127.0.0.1:8080")
	fmt.Println(a, a.Port, err)
	u, err := net.ResolveUDPAddr("udp4", "localhost:53")
	fmt.Println(u, err)
	addrs, err := net.LookupHost("localhost")
	has := false
	for _, x := range addrs {
		has = has || x == "127.0.0.1"
	}
	fmt.Println("localhost has 127.0.0.1:", has, err)

	// net.Pipe: synchronous, full duplex, with deadlines and EOF on close.
	p1, p2 := net.Pipe()
	readerDone := make(chan struct{})
	go func() {
		defer close(readerDone)
		buf := make([]byte, 4
		for {
			n, err := p2.Read(buf)
			if err != nil {
				fmt.Println("pipe reader:", err)
				p2.Close()
				return
			}
			p2.Write([]byte(strings.ToUpper(string(buf[:n]))))
		}
	}()
	go p1.Write([]byte("abcdef"))
	reply := make([]byte, 10)
	got := ""
	for len(got) < 6 {
		n, _ := p1.Read(reply)
		got += string(reply[:n])
	}
	fmt.Println("pipe:", got, p1.LocalAddr(), p1.RemoteAddr().Network())
	p1.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = p1.Read(reply)
	fmt.Println("pipe deadline:", err, errors.Is(err, os.ErrDeadlineExceeded))
	p1.Close()
	<-readerDone
	_, err = p1.Read(reply)
	fmt.Println("read closed pipe:", err, err == io.ErrClosedPipe)
}
