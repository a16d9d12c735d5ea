package net

import (
	"io"
	"time"
)

// The natives: sockets of the runtime's netpoller. h is the runtime's socket; IP addresses go
// in and out as raw byte strings ("" for the wildcard); a failure is the text of the errno Go
// would report ("" for success, "closing" for a closed socket, "timeout" for a passed deadline),
// and sc names the system call that failed.

func listenTCP(family int, ip string, port int) (h any, sc string, errno string)
func openTCP(family int, lip string, lport int) (h any, sc string, errno string)
func connect(h any, ip string, port int) (errno string)
func openUDP(family int, lip string, lport int, rip string, rport int) (h any, sc string, errno string)
func sockName(h any, peer bool) (ip string, port int)
func accept(h any) (c any, errno string)
func read(h any, b []byte) (n int, errno string)
func write(h any, b []byte) (n int, errno string)
func readFrom(h any, b []byte) (n int, ip string, port int, errno string)
func writeTo(h any, b []byte, ip string, port int) (n int, errno string)
func closeFD(h any) (errno string)
func shutdownFD(h any, read bool) (errno string)
func setDeadline(h any, d int64, read, write bool) (errno string)
func setSockopt(h any, opt string, v int) (errno string)

// netFD is a socket with its network name and addresses.
type netFD struct {
	h     any
	net   string
	laddr Addr
	raddr Addr
}

func newFD(h any, network string) *netFD {
	fd := &netFD{h: h, net: network}
	fd.laddr = fd.addr(false)
	fd.raddr = fd.addr(true)
	return fd
}

func isUDP(network string) bool {
	return network == "udp" || network == "udp4" || network == "udp6"
}

// addr is the socket's local or peer address (nil if it has none).
func (fd *netFD) addr(peer bool) Addr {
	ip, port := sockName(fd.h, peer)
	if port < 0 {
		return nil
	}
	if isUDP(fd.net) {
		return &UDPAddr{IP: IP(ip), Port: port}
	}
	return &TCPAddr{IP: IP(ip), Port: port}
}

func (fd *netFD) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n, e := read(fd.h, p)
	if e != "" {
		return 0, sysErr("read", e)
	}
	if n < 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (fd *netFD) Write(p []byte) (int, error) {
	n, e := write(fd.h, p)
	return n, sysErr("write", e)
}

func (fd *netFD) Close() error {
	return sysErr("close", closeFD(fd.h))
}

// setDeadline arms the deadline of reads, writes or both (the zero time: none).
func (fd *netFD) setDeadline(t time.Time, r, w bool) error {
	var d int64
	if !t.IsZero() {
		d = int64(time.Until(t))
		if d <= 0 {
			d = -1
		}
	}
	return sysErr("setsockopt", setDeadline(fd.h, d, r, w))
}

func ipBytes(ip IP) string {
	if ip4 := ip.To4(); ip4 != nil {
		return string(ip4)
	}
	return string(ip)
}
