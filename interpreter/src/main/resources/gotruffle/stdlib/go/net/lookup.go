package net

import "context"

func lookupHost(host string) (addrs []string, errno string)
func nameserver() string

// A Resolver looks up names and numbers. GoTruffle asks the JVM's resolver (hosts file, then
// DNS); the fields are accepted and ignored.
type Resolver struct {
	PreferGo     bool
	StrictErrors bool
}

// DefaultResolver serves the package-level Lookup functions.
var DefaultResolver = &Resolver{}

func lookupIPs(ctx context.Context, host string) ([]IP, error) {
	addrs, err := DefaultResolver.LookupHost(ctx, host)
	if err != nil {
		return nil, err
	}
	ips := make([]IP, 0, len(addrs))
	for _, a := range addrs {
		if ip := ParseIP(a); ip != nil {
			ips = append(ips, ip)
		}
	}
	return ips, nil
}

// LookupHost resolves host to its addresses, as text.
func LookupHost(host string) (addrs []string, err error) {
	return DefaultResolver.LookupHost(context.Background(), host)
}

// LookupHost looks up the given host; it returns addresses.
func (r *Resolver) LookupHost(ctx context.Context, host string) (addrs []string, err error) {
	if host == "" {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	if ip := ParseIP(host); ip != nil {
		return []string{host}, nil
	}
	addrs, e := lookupHost(host)
	if e != "" {
		return nil, &DNSError{Err: e, Name: host, Server: nameserver(), IsNotFound: e == "no such host"}
	}
	return addrs, nil
}

// LookupIP resolves host to its IPv4 and IPv6 addresses.
func LookupIP(host string) ([]IP, error) {
	return lookupIPs(context.Background(), host)
}

// LookupIPAddr looks up host; it returns IPv4 and IPv6 addresses.
func (r *Resolver) LookupIPAddr(ctx context.Context, host string) ([]IPAddr, error) {
	ips, err := lookupIPs(ctx, host)
	if err != nil {
		return nil, err
	}
	out := make([]IPAddr, len(ips))
	for i, ip := range ips {
		out[i] = IPAddr{IP: ip}
	}
	return out, nil
}

// LookupIP resolves host for network: "ip" (any), "ip4" or "ip6".
func (r *Resolver) LookupIP(ctx context.Context, network, host string) ([]IP, error) {
	ips, err := lookupIPs(ctx, host)
	if err != nil {
		return nil, err
	}
	var out []IP
	for _, ip := range ips {
		if familyMatches(network, ip) {
			out = append(out, ip)
		}
	}
	if len(out) == 0 {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	return out, nil
}

// LookupPort turns a service name or number into a port for network.
func LookupPort(network, service string) (port int, err error) {
	return parsePort(network, service)
}
