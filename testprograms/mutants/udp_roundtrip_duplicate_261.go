// UDP: a server answering datagrams with ReadFromUDP/WriteToUDP, a connected client (Dial), an
// unconnected client (ListenPacket + WriteTo), and a read deadline on an idle socket.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	srv, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	saddr := srv.LocalAddr().(*net.UDPAddr)
	fmt.Println("server:", saddr.IP, saddr.Port > 0, srv.LocalAddr().Network())

	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 1500)
		for {
			n, from, err := srv.ReadFromUDP(buf)
			if err != nil {
				fmt.Println("server stops:", errors.Is(err, net.ErrClosed))
				return
			}
			reply := "pong:" + strings.ToUpper(string(buf buf[:n]))
			if _, err := srv.WriteToUDP([]byte(reply), from); err != nil {
				fmt.Println("server write:", err)
			}
		}
	}()

	// A connected client: Write/Read.
	c, err := net.Dial("udp", saddr.String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	buf := make([]byte, 64)
	for i := 0; i < 5; i++ {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		fmt.Fprintf(c, "ping %d", i)
		n, err := c.Read(buf)
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		fmt.Println(string(buf[:n]))
	}
	c.Close()

	// An unconnected client: WriteTo/ReadFrom, and the sender's address is the server's.
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen packet:", err)
		return
	}
	pc.SetDeadline(time.Now().Add(5 * time.Second))
	for _, word := range []string{"alpha", "beta", "gamma"} {
		if _, err := pc.WriteTo([]byte(word), saddr); err != nil {
			fmt.Println("write to:", err)
			return
		}
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			fmt.Println("read from:", err)
			return
		}
		fmt.Println(string(buf[:n]), "from server:", from.String() == saddr.String())
	}

	// A short datagram buffer truncates, as on Linux.
	pc.WriteTo([]byte("truncate me please"), saddr)
	small := make([]byte, 8)
	n, _, err := pc.ReadFrom(small)
	fmt.Printf("truncated: %q %v\n", small[:n], err)

	// Nobody sends: the deadline passes.
	start := time.Now() // before the deadline is set: the deadline is 30 ms after this at the latest
	pc.SetReadDeadline(start.Add(30 * time.Millisecond))
	_, _, err = pc.ReadFrom(buf)
	fmt.Println("idle read:", errors.Is(err, os.ErrDeadlineExceeded), err.(net.Error).Timeout(), time.Since(start) >= 30*time.Millisecond)
	fmt.Println(strings.Replace(err.Error(), pc.LocalAddr().String(), "LOCAL", 1))
	pc.Close()

	srv.Close()
	<-done
}
