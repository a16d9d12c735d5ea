// net_error_texts: the texts and Timeout/Temporary answers of net's error types built by
// hand (OpError with and without its parts, through an *os.SyscallError), recorded with
// Go 1.19.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
)

type flaky struct{ timeout, temporary bool }

func (f flaky) Error() string   { return fmt.Sprintf("flaky(%v,%v)", f.timeout, f.temporary) }
func (f flaky) Timeout() bool   { return f.timeout }
func (f flaky) Temporary() bool { return f.temporary }

func main() {
	src := &net.TCPAddr{IP: net.IPv4(10, 0, 0, 1), Port: 5}
	dst := &net.UDPAddr{IP: net.ParseIP("::1"), Port: 53, Zone: "lo"}
	var nilTCP *net.TCPAddr
	for _, e := range []*net.OpError{
		{Op: "dial", Net: "tcp", Addr: dst, Err: errors.New("refused")},
		{Op: "read", Net: "udp", Source: src, Addr: dst, Err: flaky{true, false}},
		{Op: "write", Source: src, Err: flaky{false, true}},
		{Op: "accept", Err: &os.SyscallError{Syscall: "accept4", Err: flaky{true, true}}},
		{Op: "close", Net: "tcp", Addr: nilTCP, Err: errors.New("x")},
		{Op: "", Err: errors.New("bare")},
	} {
		fmt.Printf("%q timeout=%v temporary=%v unwrap=%v\n", e.Error(), e.Timeout(), e.Temporary(), errors.Unwrap(e))
	}
	var nilOp *net.OpError
	var nilAddr *net.AddrError
	var nilDNS *net.DNSError
	fmt.Println(nilOp.Error(), nilAddr.Error(), nilDNS.Error())
	for _, e := range []error{
		&net.AddrError{Err: "missing port in address", Addr: "host"},
		&net.AddrError{Err: "too many colons"},
		&net.DNSError{Err: "no such host", Name: "nowhere.invalid"},
		&net.DNSError{Err: "server misbehaving", Name: "x.test", Server: "10.0.0.53:53", IsTimeout: true},
		&net.DNSError{Err: "try again", Name: "y.test", IsTemporary: true, IsNotFound: true},
		&net.ParseError{Type: "IP address", Text: "1.2.3"},
		net.UnknownNetworkError("tcp5"),
		net.InvalidAddrError("bad addr"),
	} {
		ne := e.(net.Error)
		fmt.Printf("%q timeout=%v temporary=%v\n", e.Error(), ne.Timeout(), ne.Temporary())
	}
	t, err := net.ResolveTCPAddr("udp", "127.0.0.1:1")
	fmt.Println(t, err)
	t, err = net.ResolveTCPAddr("", "127.0.0.1:80")
	fmt.Println(t, t.Network(), err)
	u, err := net.ResolveUDPAddr("tcp4", "127.0.0.1:1")
	fmt.Println(u, err)
	u, err = net.ResolveUDPAddr("", "[::1%lo]:53")
	fmt.Println(u, u.Network(), err)
	u, err = net.ResolveUDPAddr("udp6", "127.0.0.1:x")
	fmt.Println(u, err)
}
