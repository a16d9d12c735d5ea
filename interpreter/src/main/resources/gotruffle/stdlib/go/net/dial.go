package net

import (
	"context"
	"time"
)

// Dialer holds the settings Dial and DialContext use; its zero value is ready to use.
type Dialer struct {
	// Timeout: how long a dial may take at most (0: no limit of its own).
	Timeout time.Duration
	// Deadline: the time after which dials fail (zero: none).
	Deadline time.Time
	// LocalAddr: the address to dial from (nil: chosen by the OS).
	LocalAddr Addr
	// DualStack is deprecated and ignored.
	DualStack bool
	// FallbackDelay is accepted and ignored (the addresses are tried in order).
	FallbackDelay time.Duration
	// KeepAlive is accepted; keep-alives are on for TCP unless negative.
	KeepAlive time.Duration
	// Resolver, when set, replaces the default name resolver.
	Resolver *Resolver
	// Cancel: closing it aborts the dial (older form of DialContext's context).
	Cancel <-chan struct{}
}

func minNonzeroTime(a, b time.Time) time.Time {
	if a.IsZero() {
		return b
	}
	if b.IsZero() || a.Before(b) {
		return a
	}
	return b
}

// deadline: the soonest of now+Timeout, d.Deadline and ctx's deadline (zero: none).
func (d *Dialer) deadline(ctx context.Context, now time.Time) (earliest time.Time) {
	if d.Timeout != 0 {
		earliest = now.Add(d.Timeout)
	}
	if dl, ok := ctx.Deadline(); ok {
		earliest = minNonzeroTime(earliest, dl)
	}
	return minNonzeroTime(earliest, d.Deadline)
}

// Dial opens a connection over network ("tcp", "tcp4", "tcp6", "udp", "udp4", "udp6") to
// address, e.g. Dial("tcp", "golang.org:http") or Dial("udp", "[fe80::1%lo0]:53").
func Dial(network, address string) (Conn, error) {
	var d Dialer
	return d.Dial(network, address)
}

// DialTimeout is Dial that gives up after timeout.
func DialTimeout(network, address string, timeout time.Duration) (Conn, error) {
	d := Dialer{Timeout: timeout}
	return d.Dial(network, address)
}

// Dial opens a connection to address over network ("tcp", "udp", ...).
func (d *Dialer) Dial(network, address string) (Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

// DialContext is Dial that gives up when ctx is canceled or its deadline passes first.
func (d *Dialer) DialContext(ctx context.Context, network, address string) (Conn, error) {
	if ctx == nil {
		panic("nil context")
	}
	deadline := d.deadline(ctx, time.Now())
	if !deadline.IsZero() {
		if dl, ok := ctx.Deadline(); !ok || deadline.Before(dl) {
			subCtx, cancel := context.WithDeadline(ctx, deadline)
			defer cancel()
			ctx = subCtx
		}
	}
	if oldCancel := d.Cancel; oldCancel != nil {
		subCtx, cancel := context.WithCancel(ctx)
		defer cancel()
		go func() {
			select {
			case <-oldCancel:
				cancel()
			case <-subCtx.Done():
			}
		}()
		ctx = subCtx
	}
	ips, zone, port, err := resolveAddrList(ctx, "dial", network, address)
	if err != nil {
		return nil, &OpError{Op: "dial", Net: network, Source: nil, Addr: nil, Err: err}
	}
	var first error
	for _, ip := range ips {
		c, err := d.dialOne(ctx, network, ip, zone, port)
		if err == nil {
			return c, nil
		}
		if first == nil {
			first = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, first
}

func localIPPort(la Addr) (IP, int) {
	switch a := la.(type) {
	case *TCPAddr:
		if a != nil {
			return a.IP, a.Port
		}
	case *UDPAddr:
		if a != nil {
			return a.IP, a.Port
		}
	}
	return nil, 0
}

func (d *Dialer) dialOne(ctx context.Context, network string, ip IP, zone string, port int) (Conn, error) {
	var raddr Addr
	if isUDP(network) {
		raddr = &UDPAddr{IP: ip, Port: port, Zone: zone}
	} else {
		raddr = &TCPAddr{IP: ip, Port: port, Zone: zone}
	}
	fail := func(err error) (Conn, error) {
		return nil, &OpError{Op: "dial", Net: network, Source: d.LocalAddr, Addr: raddr, Err: err}
	}
	select {
	case <-ctx.Done():
		return fail(mapErr(ctx.Err()))
	default:
	}
	lip, lport := localIPPort(d.LocalAddr)
	fam := family(network)
	if fam == 0 && ip.To4() != nil {
		fam = 4
	}
	if isUDP(network) {
		h, sc, e := openUDP(fam, ipBytes(lip), lport, ipBytes(ip), port)
		if e != "" {
			return fail(sysErr(sc, e))
		}
		return &UDPConn{conn{newFD(h, network)}}, nil
	}
	h, sc, e := openTCP(fam, ipBytes(lip), lport)
	if e != "" {
		return fail(sysErr(sc, e))
	}
	if dl, ok := ctx.Deadline(); ok {
		dd := int64(time.Until(dl))
		if dd <= 0 {
			dd = -1
		}
		setDeadline(h, dd, false, true)
	}
	var done chan struct{}
	var interrupted chan error
	if ctxDone := ctx.Done(); ctxDone != nil {
		// Cancelation interrupts the connect by making its deadline pass.
		done = make(chan struct{})
		interrupted = make(chan error, 1)
		go func() {
			select {
			case <-ctxDone:
				setDeadline(h, -1, false, true)
				interrupted <- ctx.Err()
			case <-done:
				interrupted <- nil
			}
		}()
	}
	e = connect(h, ipBytes(ip), port)
	var err error
	if done != nil {
		close(done)
		if ctxErr := <-interrupted; ctxErr != nil && e != "" {
			err = mapErr(ctxErr)
		}
	}
	if e != "" {
		closeFD(h)
		if err == nil {
			if e == "timeout" && ctx.Err() != nil {
				err = mapErr(ctx.Err())
			} else {
				err = sysErr("connect", e)
			}
		}
		return fail(err)
	}
	setDeadline(h, 0, false, true)
	if d.KeepAlive < 0 {
		setSockopt(h, "keepalive", 0)
	}
	return &TCPConn{conn{newFD(h, network)}}, nil
}

// DialTCP opens a TCP connection to raddr, optionally from laddr.
func DialTCP(network string, laddr, raddr *TCPAddr) (*TCPConn, error) {
	c, err := dialAddr(network, "tcp", laddr.opAddr(), raddr.opAddr())
	if err != nil {
		return nil, err
	}
	return c.(*TCPConn), nil
}

// DialUDP opens a UDP socket connected to raddr, optionally bound to laddr.
func DialUDP(network string, laddr, raddr *UDPAddr) (*UDPConn, error) {
	c, err := dialAddr(network, "udp", laddr.opAddr(), raddr.opAddr())
	if err != nil {
		return nil, err
	}
	return c.(*UDPConn), nil
}

// dialAddr dials a resolved address for DialTCP and DialUDP (kind "tcp" or "udp").
func dialAddr(network, kind string, la, ra Addr) (Conn, error) {
	if network != kind && network != kind+"4" && network != kind+"6" {
		return nil, &OpError{Op: "dial", Net: network, Source: la, Addr: ra, Err: UnknownNetworkError(network)}
	}
	if ra == nil {
		return nil, &OpError{Op: "dial", Net: network, Source: la, Addr: nil, Err: errMissingAddress}
	}
	var ip IP
	var port int
	var zone string
	switch a := ra.(type) {
	case *TCPAddr:
		ip, port, zone = a.IP, a.Port, a.Zone
	case *UDPAddr:
		ip, port, zone = a.IP, a.Port, a.Zone
	}
	d := Dialer{LocalAddr: la}
	return d.dialOne(context.Background(), network, ip, zone, port)
}

// opAddr is a as an Addr, nil (not a typed nil) for a nil pointer.
func (a *TCPAddr) opAddr() Addr {
	if a == nil {
		return nil
	}
	return a
}

func (a *UDPAddr) opAddr() Addr {
	if a == nil {
		return nil
	}
	return a
}

// ListenConfig holds the settings Listen and ListenPacket use.
type ListenConfig struct {
	// KeepAlive is accepted; accepted connections have keep-alives on unless negative.
	KeepAlive time.Duration
}

// Listen announces on the local network address ("tcp", "tcp4", "tcp6"). A port of 0 (or
// none) picks an ephemeral port: Addr tells which.
func Listen(network, address string) (Listener, error) {
	var lc ListenConfig
	return lc.Listen(context.Background(), network, address)
}

// ListenPacket announces on the local network address ("udp", "udp4", "udp6").
func ListenPacket(network, address string) (PacketConn, error) {
	var lc ListenConfig
	return lc.ListenPacket(context.Background(), network, address)
}

// Listen opens a stream listener on address.
func (lc *ListenConfig) Listen(ctx context.Context, network, address string) (Listener, error) {
	ips, zone, port, err := resolveAddrList(ctx, "listen", network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: err}
	}
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		la := &UDPAddr{IP: firstIPv4(ips), Port: port, Zone: zone}
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: la, Err: &AddrError{Err: "unexpected address type", Addr: address}}
	}
	l, err := listenTCPAt(network, &TCPAddr{IP: firstIPv4(ips), Port: port, Zone: zone})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// ListenPacket opens a datagram socket on address.
func (lc *ListenConfig) ListenPacket(ctx context.Context, network, address string) (PacketConn, error) {
	ips, zone, port, err := resolveAddrList(ctx, "listen", network, address)
	if err != nil {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: nil, Err: err}
	}
	switch network {
	case "udp", "udp4", "udp6":
	default:
		la := &TCPAddr{IP: firstIPv4(ips), Port: port, Zone: zone}
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: la, Err: &AddrError{Err: "unexpected address type", Addr: address}}
	}
	c, err := listenUDPAt(network, &UDPAddr{IP: firstIPv4(ips), Port: port, Zone: zone})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// firstIPv4 picks the address a listener binds: the first IPv4 one (as Go does for a name
// with several addresses), or the first.
func firstIPv4(ips []IP) IP {
	for _, ip := range ips {
		if ip != nil && ip.To4() != nil {
			return ip
		}
	}
	return ips[0]
}

func listenFamily(network string, ip IP) int {
	fam := family(network)
	if fam == 0 && ip != nil && ip.To4() != nil {
		fam = 4
	}
	return fam
}

func listenTCPAt(network string, laddr *TCPAddr) (*TCPListener, error) {
	h, sc, e := listenTCP(listenFamily(network, laddr.IP), ipBytes(laddr.IP), laddr.Port)
	if e != "" {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr, Err: sysErr(sc, e)}
	}
	return &TCPListener{newFD(h, network)}, nil
}

func listenUDPAt(network string, laddr *UDPAddr) (*UDPConn, error) {
	h, sc, e := openUDP(listenFamily(network, laddr.IP), ipBytes(laddr.IP), laddr.Port, "", 0)
	if e != "" {
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr, Err: sysErr(sc, e)}
	}
	return &UDPConn{conn{newFD(h, network)}}, nil
}

// ListenTCP acts like Listen for TCP networks (laddr nil or port 0: an ephemeral port).
func ListenTCP(network string, laddr *TCPAddr) (*TCPListener, error) {
	switch network {
	case "tcp", "tcp4", "tcp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		laddr = &TCPAddr{}
	}
	return listenTCPAt(network, laddr)
}

// ListenUDP opens a UDP socket bound to laddr.
func ListenUDP(network string, laddr *UDPAddr) (*UDPConn, error) {
	switch network {
	case "udp", "udp4", "udp6":
	default:
		return nil, &OpError{Op: "listen", Net: network, Source: nil, Addr: laddr.opAddr(), Err: UnknownNetworkError(network)}
	}
	if laddr == nil {
		laddr = &UDPAddr{}
	}
	return listenUDPAt(network, laddr)
}
