package net

import (
	"errors"
	"io"
	"os"
	"time"
)

// Conn is a stream connection (TCP, or one end of Pipe); its methods may be called from
// several goroutines at once.
type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// PacketConn sends and receives datagrams, each with its peer's address.
type PacketConn interface {
	ReadFrom(p []byte) (n int, addr Addr, err error)
	WriteTo(p []byte, addr Addr) (n int, err error)
	Close() error
	LocalAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

// Listener hands out the connections accepted on a stream socket.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

var errInvalid = errors.New("invalid argument")

type conn struct {
	fd *netFD
}

func (c *conn) ok() bool { return c != nil && c.fd != nil }

func (c *conn) opError(op string, err error) error {
	return &OpError{Op: op, Net: c.fd.net, Source: c.fd.laddr, Addr: c.fd.raddr, Err: err}
}

// Read reads from the socket (Conn.Read).
func (c *conn) Read(b []byte) (int, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	n, err := c.fd.Read(b)
	if err != nil && err != io.EOF {
		err = c.opError("read", err)
	}
	return n, err
}

// Write writes to the socket (Conn.Write).
func (c *conn) Write(b []byte) (int, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	n, err := c.fd.Write(b)
	if err != nil {
		err = c.opError("write", err)
	}
	return n, err
}

// Close releases the socket; blocked reads and writes fail.
func (c *conn) Close() error {
	if !c.ok() {
		return errInvalid
	}
	err := c.fd.Close()
	if err != nil {
		err = c.opError("close", err)
	}
	return err
}

// LocalAddr is this end's address.
func (c *conn) LocalAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.laddr
}

// RemoteAddr is the peer's address.
func (c *conn) RemoteAddr() Addr {
	if !c.ok() {
		return nil
	}
	return c.fd.raddr
}

// SetDeadline sets both the read and the write deadline (Conn.SetDeadline).
func (c *conn) SetDeadline(t time.Time) error {
	if !c.ok() {
		return errInvalid
	}
	if err := c.fd.setDeadline(t, true, true); err != nil {
		return c.opError("set", err)
	}
	return nil
}

// SetReadDeadline bounds future and pending reads (Conn.SetReadDeadline).
func (c *conn) SetReadDeadline(t time.Time) error {
	if !c.ok() {
		return errInvalid
	}
	if err := c.fd.setDeadline(t, true, false); err != nil {
		return c.opError("set", err)
	}
	return nil
}

// SetWriteDeadline bounds future and pending writes (Conn.SetWriteDeadline).
func (c *conn) SetWriteDeadline(t time.Time) error {
	if !c.ok() {
		return errInvalid
	}
	if err := c.fd.setDeadline(t, false, true); err != nil {
		return c.opError("set", err)
	}
	return nil
}

func (c *conn) setOpt(opt string, v int) error {
	if !c.ok() {
		return errInvalid
	}
	if err := sysErr("setsockopt", setSockopt(c.fd.h, opt, v)); err != nil {
		return c.opError("set", err)
	}
	return nil
}

// SetReadBuffer asks the OS for a receive buffer of bytes bytes.
func (c *conn) SetReadBuffer(bytes int) error { return c.setOpt("rcvbuf", bytes) }

// SetWriteBuffer asks the OS for a send buffer of bytes bytes.
func (c *conn) SetWriteBuffer(bytes int) error { return c.setOpt("sndbuf", bytes) }

// File is not supported: GoTruffle's sockets have no file descriptor to hand out.
func (c *conn) File() (f *os.File, err error) {
	return nil, c.opError("file", errors.New("not supported by GoTruffle"))
}

// TCPConn: a Conn over TCP, with TCP's own options.
type TCPConn struct {
	conn
}

// CloseRead half-closes the connection: no more reads.
func (c *TCPConn) CloseRead() error {
	if !c.ok() {
		return errInvalid
	}
	if err := sysErr("shutdown", shutdownFD(c.fd.h, true)); err != nil {
		return c.opError("close", err)
	}
	return nil
}

// CloseWrite half-closes the connection: no more writes; the peer sees EOF.
func (c *TCPConn) CloseWrite() error {
	if !c.ok() {
		return errInvalid
	}
	if err := sysErr("shutdown", shutdownFD(c.fd.h, false)); err != nil {
		return c.opError("close", err)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// SetKeepAlive turns TCP keep-alive probes on or off.
func (c *TCPConn) SetKeepAlive(keepalive bool) error { return c.setOpt("keepalive", boolInt(keepalive)) }

// SetKeepAlivePeriod is accepted; the JDK leaves the period to the operating system.
func (c *TCPConn) SetKeepAlivePeriod(d time.Duration) error {
	if !c.ok() {
		return errInvalid
	}
	return nil
}

// SetNoDelay controls Nagle's algorithm (on by default: no delay).
func (c *TCPConn) SetNoDelay(noDelay bool) error { return c.setOpt("nodelay", boolInt(noDelay)) }

// SetLinger chooses what Close does with unsent data: sec < 0 sends it in the background, 0 drops it, > 0 waits up to sec seconds.
func (c *TCPConn) SetLinger(sec int) error { return c.setOpt("linger", sec) }

// ReadFrom copies r into the connection (io.ReaderFrom).
func (c *TCPConn) ReadFrom(r io.Reader) (int64, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	return io.Copy(struct{ io.Writer }{c}, r)
}

// TCPListener is a TCP network listener.
type TCPListener struct {
	fd *netFD
}

func (l *TCPListener) ok() bool { return l != nil && l.fd != nil }

// AcceptTCP waits for the next connection and returns it as a *TCPConn.
func (l *TCPListener) AcceptTCP() (*TCPConn, error) {
	if !l.ok() {
		return nil, errInvalid
	}
	h, e := accept(l.fd.h)
	if e != "" {
		return nil, &OpError{Op: "accept", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: sysErr("accept", e)}
	}
	return &TCPConn{conn{newFD(h, l.fd.net)}}, nil
}

// Accept waits for the next incoming connection (Listener.Accept).
func (l *TCPListener) Accept() (Conn, error) {
	c, err := l.AcceptTCP()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Close stops listening on the TCP address; blocked Accepts return errors.
func (l *TCPListener) Close() error {
	if !l.ok() {
		return errInvalid
	}
	if err := l.fd.Close(); err != nil {
		return &OpError{Op: "close", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// Addr is the address the listener is bound to (a *TCPAddr).
func (l *TCPListener) Addr() Addr { return l.fd.laddr }

// SetDeadline bounds how long Accept may wait (the zero time: no bound).
func (l *TCPListener) SetDeadline(t time.Time) error {
	if !l.ok() {
		return errInvalid
	}
	if err := l.fd.setDeadline(t, true, false); err != nil {
		return &OpError{Op: "set", Net: l.fd.net, Source: nil, Addr: l.fd.laddr, Err: err}
	}
	return nil
}

// File is not supported.
func (l *TCPListener) File() (f *os.File, err error) {
	return nil, &OpError{Op: "file", Net: l.fd.net, Addr: l.fd.laddr, Err: errors.New("not supported by GoTruffle")}
}

// UDPConn: a Conn and PacketConn over UDP.
type UDPConn struct {
	conn
}

// ErrWriteToConnected is returned by WriteTo on a connected socket.
var ErrWriteToConnected = errors.New("use of WriteTo with pre-connected connection")

// ReadFromUDP is ReadFrom with the sender as a *UDPAddr.
func (c *UDPConn) ReadFromUDP(b []byte) (n int, addr *UDPAddr, err error) {
	if !c.ok() {
		return 0, nil, errInvalid
	}
	n, ip, port, e := readFrom(c.fd.h, b)
	if e != "" {
		return 0, nil, c.opError("read", sysErr("recvfrom", e))
	}
	return n, &UDPAddr{IP: IP(ip), Port: port}, nil
}

// ReadFrom receives one datagram (PacketConn.ReadFrom).
func (c *UDPConn) ReadFrom(b []byte) (int, Addr, error) {
	n, addr, err := c.ReadFromUDP(b)
	if addr == nil {
		return n, nil, err
	}
	return n, addr, err
}

// WriteToUDP is WriteTo with the destination as a *UDPAddr.
func (c *UDPConn) WriteToUDP(b []byte, addr *UDPAddr) (int, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	if c.fd.raddr != nil {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: ErrWriteToConnected}
	}
	if addr == nil {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: nil, Err: errMissingAddress}
	}
	n, e := writeTo(c.fd.h, b, ipBytes(addr.IP), addr.Port)
	if e != "" {
		return n, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: sysErr("sendto", e)}
	}
	return n, nil
}

// WriteTo sends one datagram to addr (PacketConn.WriteTo).
func (c *UDPConn) WriteTo(b []byte, addr Addr) (int, error) {
	if !c.ok() {
		return 0, errInvalid
	}
	a, ok := addr.(*UDPAddr)
	if !ok {
		return 0, &OpError{Op: "write", Net: c.fd.net, Source: c.fd.laddr, Addr: addr, Err: errInvalid}
	}
	return c.WriteToUDP(b, a)
}
