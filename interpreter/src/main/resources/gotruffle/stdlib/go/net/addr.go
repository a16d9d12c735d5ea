package net

import (
	"context"
	"strings"
)

// Addr is a network end point address.
type Addr interface {
	Network() string // name of the network, e.g. "tcp", "udp"
	String() string  // string form of the address, e.g. "192.0.2.1:25", "[2001:db8::1]:80"
}

// TCPAddr is the address of a TCP end point.
type TCPAddr struct {
	IP   IP
	Port int
	Zone string // IPv6 zone (interface) of IP, if any
}

// Network returns "tcp".
func (a *TCPAddr) Network() string { return "tcp" }

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return endpointString(a.IP, a.Zone, a.Port)
}

func (a *TCPAddr) isWildcard() bool {
	return a == nil || a.IP == nil || a.IP.IsUnspecified()
}

// UDPAddr is the address of a UDP end point.
type UDPAddr struct {
	IP   IP
	Port int
	Zone string
}

// Network returns "udp".
func (a *UDPAddr) Network() string { return "udp" }

func (a *UDPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return endpointString(a.IP, a.Zone, a.Port)
}

// endpointString is "host:port" of a TCP or UDP end point ("[v6%zone]:port", ":port" for no IP).
func endpointString(ip IP, zone string, port int) string {
	return JoinHostPort(ipZoneString(ip, zone), itoa(port))
}

// IPAddr is the address of an IP end point.
type IPAddr struct {
	IP   IP
	Zone string
}

// Network returns "ip".
func (a *IPAddr) Network() string { return "ip" }

func (a *IPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	return ipZoneString(a.IP, a.Zone)
}

// ipZoneString is the host part of an address: "" for no IP (the wildcard).
func ipZoneString(ip IP, zone string) string {
	if len(ip) == 0 {
		return ""
	}
	s := ip.String()
	if zone != "" {
		s += "%" + zone
	}
	return s
}

// JoinHostPort combines host and port into "host:port", or "[host]:port" if host contains a
// colon (an IPv6 literal).
func JoinHostPort(host, port string) string {
	if strings.IndexByte(host, ':') >= 0 {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
}

// SplitHostPort takes "host:port", "host%zone:port", "[host]:port" or "[host%zone]:port" apart (brackets dropped).
func SplitHostPort(hostport string) (host, port string, err error) {
	fail := func(why string) (string, string, error) {
		return "", "", &AddrError{Err: why, Addr: hostport}
	}
	colon := strings.LastIndexByte(hostport, ':') // the port follows the last colon
	if colon < 0 {
		return fail("missing port in address")
	}
	// Brackets may appear only around the host: none at or after these offsets.
	openFrom, closeFrom := 0, 0
	if hostport[0] != '[' {
		host = hostport[:colon]
		if strings.IndexByte(host, ':') >= 0 {
			return fail("too many colons in address")
		}
	} else {
		rb := strings.IndexByte(hostport, ']')
		switch {
		case rb < 0:
			return fail("missing ']' in address")
		case rb+1 == colon: // "[host]:port"
		case rb+1 < len(hostport) && hostport[rb+1] == ':':
			return fail("too many colons in address")
		default:
			return fail("missing port in address")
		}
		host = hostport[1:rb]
		openFrom, closeFrom = 1, rb+1
	}
	if strings.IndexByte(hostport[openFrom:], '[') >= 0 {
		return fail("unexpected '[' in address")
	}
	if strings.IndexByte(hostport[closeFrom:], ']') >= 0 {
		return fail("unexpected ']' in address")
	}
	return host, hostport[colon+1:], nil
}

func splitHostZone(s string) (host, zone string) {
	if i := strings.LastIndexByte(s, '%'); i > 0 {
		host, zone = s[:i], s[i+1:]
	} else {
		host = s
	}
	return
}

// services are the ports /etc/services names most often.
var services = map[string]int{
	"ftp": 21, "ssh": 22, "telnet": 23, "smtp": 25, "domain": 53, "http": 80, "pop3": 110,
	"imap": 143, "https": 443, "imaps": 993, "pop3s": 995, "mysql": 3306, "postgresql": 5432,
}

// parsePort parses a decimal port or looks up a service name.
func parsePort(network, service string) (int, error) {
	if service == "" {
		return 0, nil
	}
	n, c, ok := dtoi(service)
	if ok && c == len(service) {
		if n > 65535 {
			return 0, &AddrError{Err: "invalid port", Addr: service}
		}
		return n, nil
	}
	if p, ok := services[lowerASCII(service)]; ok {
		return p, nil
	}
	// Go 1.19's port map answers by protocol: "tcp4" and "tcp6" look in "tcp"'s, "" in "ip"'s
	family := network
	switch network {
	case "tcp4", "tcp6":
		family = "tcp"
	case "udp4", "udp6":
		family = "udp"
	case "":
		family = "ip"
	}
	return 0, &AddrError{Err: "unknown port", Addr: family + "/" + service}
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// family is the address family a network name asks for: 4, 6 or 0 (either).
func family(network string) int {
	switch network {
	case "tcp4", "udp4", "ip4":
		return 4
	case "tcp6", "udp6", "ip6":
		return 6
	}
	return 0
}

func checkNetwork(network string) error {
	switch network {
	case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		return nil
	}
	return UnknownNetworkError(network)
}

// resolveAddrList resolves "host:port" for network: the candidate IPs in order (nil IP for an
// empty host, the wildcard) and the port.
func resolveAddrList(ctx context.Context, op, network, address string) ([]IP, string, int, error) {
	if err := checkNetwork(network); err != nil {
		return nil, "", 0, err
	}
	if op == "dial" && address == "" {
		return nil, "", 0, errMissingAddress
	}
	host, service, err := SplitHostPort(address)
	if err != nil {
		return nil, "", 0, err
	}
	port, err := parsePort(network, service)
	if err != nil {
		return nil, "", 0, err
	}
	if host == "" {
		return []IP{nil}, "", port, nil
	}
	h, zone := splitHostZone(host)
	if ip := ParseIP(h); ip != nil {
		if !familyMatches(network, ip) {
			return nil, "", 0, &AddrError{Err: "no suitable address found", Addr: host}
		}
		return []IP{ip}, zone, port, nil
	}
	ips, err := lookupIPs(ctx, host)
	if err != nil {
		return nil, "", 0, err
	}
	var out []IP
	for _, ip := range ips {
		if familyMatches(network, ip) {
			out = append(out, ip)
		}
	}
	if len(out) == 0 {
		return nil, "", 0, &AddrError{Err: "no suitable address found", Addr: host}
	}
	return out, "", port, nil
}

func familyMatches(network string, ip IP) bool {
	switch family(network) {
	case 4:
		return ip.To4() != nil
	case 6:
		return len(ip) == IPv6len && ip.To4() == nil
	}
	return true
}

// resolveEndpoint resolves "host:port" on network, which must be kind ("tcp" or "udp"), kind
// with a 4 or 6, or "" (kind); a name gives its first address.
func resolveEndpoint(kind, network, address string) (IP, string, int, error) {
	switch network {
	case "":
		network = kind
	case kind, kind + "4", kind + "6":
	default:
		return nil, "", 0, UnknownNetworkError(network)
	}
	ips, zone, port, err := resolveAddrList(context.Background(), "resolve", network, address)
	if err != nil {
		return nil, "", 0, err
	}
	return ips[0], zone, port, nil
}

// ResolveTCPAddr returns the address of a TCP end point ("host:port"; a name resolves to its
// first address).
func ResolveTCPAddr(network, address string) (*TCPAddr, error) {
	ip, zone, port, err := resolveEndpoint("tcp", network, address)
	if err != nil {
		return nil, err
	}
	return &TCPAddr{IP: ip, Port: port, Zone: zone}, nil
}

// ResolveUDPAddr returns the address of a UDP end point.
func ResolveUDPAddr(network, address string) (*UDPAddr, error) {
	ip, zone, port, err := resolveEndpoint("udp", network, address)
	if err != nil {
		return nil, err
	}
	return &UDPAddr{IP: ip, Port: port, Zone: zone}, nil
}

// ResolveIPAddr returns the address of an IP end point.
func ResolveIPAddr(network, address string) (*IPAddr, error) {
	switch network {
	case "ip", "ip4", "ip6", "":
	default:
		return nil, UnknownNetworkError(network)
	}
	if address == "" {
		return &IPAddr{}, nil
	}
	h, zone := splitHostZone(address)
	if ip := ParseIP(h); ip != nil {
		return &IPAddr{IP: ip, Zone: zone}, nil
	}
	ips, err := lookupIPs(context.Background(), address)
	if err != nil {
		return nil, err
	}
	return &IPAddr{IP: ips[0]}, nil
}
