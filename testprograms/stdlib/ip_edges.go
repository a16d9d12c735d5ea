// ip_edges: net.IP, IPMask and IPNet on odd inputs (parse forms, text forms, masks, CIDR),
// pinned by Go 1.19 (written before the code was rewritten).
package main

import (
	"fmt"
	"net"
)

func describe(ip net.IP) string {
	return fmt.Sprintf("len=%d to4=%v to16=%v unspec=%v loop=%v priv=%v mc=%v ifmc=%v llmc=%v llu=%v glob=%v defmask=%v",
		len(ip), []byte(ip.To4()), ip.To16() != nil, ip.IsUnspecified(), ip.IsLoopback(), ip.IsPrivate(),
		ip.IsMulticast(), ip.IsInterfaceLocalMulticast(), ip.IsLinkLocalMulticast(), ip.IsLinkLocalUnicast(),
		ip.IsGlobalUnicast(), ip.DefaultMask())
}

func main() {
	for _, s := range []string{
		"", "1.2.3.4", "0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.02.3.4",
		"0.0.0.00", "1..2.3", ".1.2.3", "1.2.3.", "1.2.3.-4", "1.2.3.4 ", "a.b.c.d", "1.2.3.4%eth0",
		"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2::3", ":::", "1:::2",
		"::ffff:1.2.3.4", "::ffff:01.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
		"1:2:3:4:5::1.2.3.4", "fe80::1%en0", "FE80::ABCD", "12345::", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7",
		"0:0:0:0:0:0:0:0", "2001:db8::1", "2001:db8:0:0:1:0:0:1", "2001:0:0:1:0:0:0:1", "1:0:0:2:0:0:3:4",
		"0:0:1:0:0:0:0:0", "fc00::1", "fd12:3456::", "ff02::1", "ff01::1", "ff05::2", "fe80::", "fec0::",
		"224.0.0.1", "224.0.0.251", "239.1.1.1", "169.254.1.1", "10.0.0.1", "172.16.5.4", "172.32.0.1",
		"192.168.1.1", "127.0.0.1", "100.64.0.1", "8.8.8.8", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
		"1.2.3.4:80", "[::1]", "1:2", ":1", "1:", "::ffff:1.2.3", "g::", "0x1.2.3.4",
		"00001::1", "0000000000000001::", "::00ffff", "::ffffff", "1::1.2.3.4", "::1.2.3.4:5", "1.2.3.4::",
		"::0.0.0.0", "1:2:3:4:5:6:7:00000", "::.1.2.3", ":", ".", "1:2:3:4:5:6:7:8:", "::1:2:3:4:5:6:7:8",
		"1:2:3:4:5:6:7::8", "::1.2.3.4.5", "::1.2.3", "ff11::1", "ff12::1", "fe00::1", "febf::1", "::ffff:255.255.255.255",
		"::ffff:0.0.0.0", "1:0:0:1:0:0:0:0", "0:0:0:1:0:0:0:0", "0:0:0:0:0:0:0:1", "1:0:1:0:1:0:1:0",
	} {
		ip := net.ParseIP(s)
		if ip == nil {
			fmt.Printf("ParseIP(%q) = nil\n", s)
			continue
		}
		fmt.Printf("ParseIP(%q) = %s %v\n  %s\n", s, ip, []byte(ip), describe(ip))
	}

	for _, ip := range []net.IP{nil, {}, {1}, {1, 2, 3}, {1, 2, 3, 4}, {1, 2, 3, 4, 5}, make(net.IP, 16),
		{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xfe, 0xff, 1, 2, 3, 4},
		{0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, make(net.IP, 17)} {
		b, err := ip.MarshalText()
		fmt.Printf("%v %q %q %v %v %v\n", []byte(ip), ip.String(), b, err, ip.To4() == nil, ip.To16() == nil)
	}

	var ip net.IP
	for _, t := range []string{"", "1.2.3.4", "::1", "bad", "1.2.3.4.5"} {
		err := ip.UnmarshalText([]byte(t))
		fmt.Printf("Unmarshal(%q): %v %v\n", t, ip, err)
	}

	a := net.IPv4(1, 2, 3, 4)
	fmt.Println(a.Equal(net.IP{1, 2, 3, 4}), net.IP{1, 2, 3, 4}.Equal(a), a.Equal(net.ParseIP("::1")),
		net.IP{1, 2}.Equal(net.IP{1, 2}), net.IP{1, 2}.Equal(net.IP{1, 3}), net.IP(nil).Equal(nil), len(a))
	fmt.Println(net.IPv4len, net.IPv6len, net.IPv4bcast, net.IPv4allsys, net.IPv4allrouter, net.IPv4zero,
		net.IPv6zero, net.IPv6unspecified, net.IPv6loopback, net.IPv6interfacelocalallnodes,
		net.IPv6linklocalallnodes, net.IPv6linklocalallrouters)

	for _, m := range []net.IPMask{nil, {}, net.IPv4Mask(255, 255, 255, 0), net.IPv4Mask(255, 0, 255, 0), net.IPv4Mask(0, 0, 0, 0),
		net.CIDRMask(0, 32), net.CIDRMask(32, 32), net.CIDRMask(33, 32), net.CIDRMask(-1, 32), net.CIDRMask(3, 12),
		net.CIDRMask(65, 128), net.CIDRMask(128, 128), net.CIDRMask(7, 8), {0xff, 0xfe, 0xff}, {0xf0}} {
		ones, bits := m.Size()
		fmt.Printf("mask %v %q size=%d/%d\n", []byte(m), m.String(), ones, bits)
	}

	v6 := net.ParseIP("2001:db8:1234:5678::1")
	for _, c := range []struct {
		ip net.IP
		m  net.IPMask
	}{
		{a, net.CIDRMask(24, 32)}, {a.To4(), net.CIDRMask(24, 32)}, {a.To4(), net.CIDRMask(120, 128)},
		{a, net.CIDRMask(100, 128)}, {a.To4(), net.CIDRMask(100, 128)}, {v6, net.CIDRMask(48, 128)},
		{v6, net.CIDRMask(8, 32)}, {net.IP{1, 2, 3}, net.CIDRMask(8, 32)}, {a, net.IPMask{0xff}},
		{a, net.IPv4Mask(255, 0, 255, 0)}} {
		fmt.Printf("mask(%v,%v) = %v\n", c.ip, c.m, c.ip.Mask(c.m))
	}

	for _, s := range []string{"192.168.1.77/24", "10.0.0.0/8", "0.0.0.0/0", "1.2.3.4/32", "1.2.3.4/33", "1.2.3.4/-1",
		"1.2.3.4/+8", "1.2.3.4/08", "1.2.3.4/", "1.2.3.4", "/24", "2001:db8::1/64", "::/0", "::1/128", "::1/129",
		"::ffff:1.2.3.4/120", "::ffff:1.2.3.4/96", "fe80::1%en0/64", "1.2.3.4/99999999999", "bad/8", "1.2.3.4/8/9"} {
		ip, n, err := net.ParseCIDR(s)
		if err != nil {
			fmt.Printf("ParseCIDR(%q): %v %v %v\n", s, ip, n, err)
			continue
		}
		fmt.Printf("ParseCIDR(%q): ip=%v net=%v network=%s ip=%v mask=%v\n", s, ip, n, n.Network(), []byte(n.IP), []byte(n.Mask))
	}

	_, n4, _ := net.ParseCIDR("192.168.0.0/16")
	_, n6, _ := net.ParseCIDR("2001:db8::/32")
	for _, s := range []string{"192.168.5.5", "192.169.0.1", "::ffff:192.168.1.1", "2001:db8::5", "2001:db9::", "::1"} {
		ip := net.ParseIP(s)
		fmt.Println(s, n4.Contains(ip), n6.Contains(ip))
	}
	odd := []*net.IPNet{
		{IP: net.IP{10, 1, 2, 3}, Mask: net.IPv4Mask(255, 0, 255, 0)},
		{IP: net.IP{10, 1, 2, 3}, Mask: net.CIDRMask(8, 32)},
		{IP: net.ParseIP("10.1.2.3"), Mask: net.CIDRMask(8, 32)},
		{IP: net.ParseIP("10.1.2.3"), Mask: net.CIDRMask(104, 128)},
		{IP: net.IP{1, 2, 3}, Mask: net.CIDRMask(8, 32)},
		{IP: net.ParseIP("::1"), Mask: net.IPMask{0xff}},
		{IP: net.ParseIP("::1"), Mask: nil},
		{},
	}
	for _, n := range odd {
		fmt.Printf("%q contains 10.1.9.9=%v 10.2.2.3=%v\n", n.String(), n.Contains(net.IP{10, 1, 9, 9}), n.Contains(net.ParseIP("10.2.2.3")))
	}
	var nn *net.IPNet
	fmt.Printf("%q\n", nn.String())
}
