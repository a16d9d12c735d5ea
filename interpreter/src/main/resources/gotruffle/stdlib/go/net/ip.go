// Package net: TCP and UDP sockets over the runtime's netpoller (a goroutine waiting for the
// network parks; no thread blocks), addresses, name resolution and net.Pipe.
package net

// IP address lengths in bytes.
const (
	IPv4len = 4
	IPv6len = 16
)

// An IP is a single IP address: 4 or 16 bytes (IPv4 addresses may be either).
type IP []byte

// IPMask: the bits that select the network part of an address.
type IPMask []byte

// IPNet is an address range: IP with Mask.
type IPNet struct {
	IP   IP
	Mask IPMask
}

// The first 12 bytes of an IPv4 address in 16-byte form (::ffff:a.b.c.d, RFC 4291 2.5.5.2).
var v4InV6Prefix = []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}

// IPv4 builds the address a.b.c.d (in its 16-byte form).
func IPv4(a, b, c, d byte) IP {
	ip := make(IP, IPv6len)
	copy(ip, v4InV6Prefix)
	copy(ip[12:], []byte{a, b, c, d})
	return ip
}

// IPv4Mask returns the 4-byte mask a.b.c.d.
func IPv4Mask(a, b, c, d byte) IPMask {
	return IPMask{a, b, c, d}
}

// CIDRMask returns a mask of ones leading ones out of bits total (nil if invalid).
func CIDRMask(ones, bits int) IPMask {
	if bits != 32 && bits != 128 || ones < 0 || ones > bits {
		return nil
	}
	m := make(IPMask, bits/8)
	for bit := 0; bit < ones; bit++ {
		m[bit/8] |= 0x80 >> uint(bit%8)
	}
	return m
}

// Well-known addresses.
var (
	IPv4bcast     = IPv4(255, 255, 255, 255)
	IPv4allsys    = IPv4(224, 0, 0, 1)
	IPv4allrouter = IPv4(224, 0, 0, 2)
	IPv4zero      = IPv4(0, 0, 0, 0)

	IPv6zero                   = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6unspecified            = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	IPv6loopback               = IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	IPv6interfacelocalallnodes = IP{0xff, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallnodes      = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}
	IPv6linklocalallrouters    = IP{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02}
)

// To4 returns the 4-byte form of an IPv4 address, nil if ip is not one.
func (ip IP) To4() IP {
	switch {
	case len(ip) == IPv4len:
		return ip
	case len(ip) == IPv6len && string(ip[:12]) == string(v4InV6Prefix):
		return ip[12:]
	}
	return nil
}

// To16 returns the 16-byte form of ip, nil if ip has neither length.
func (ip IP) To16() IP {
	switch len(ip) {
	case IPv6len:
		return ip
	case IPv4len:
		return IPv4(ip[0], ip[1], ip[2], ip[3])
	}
	return nil
}

// addrClass is a set of addresses: those whose leading bytes, under mask, equal want.
type addrClass struct{ want, mask []byte }

// in reports whether ip belongs to one of the classes of its family: v4 for an IPv4 address
// (in either form), v6 for any other 16-byte one.
func (ip IP) in(v4, v6 []addrClass) bool {
	classes := v4
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	} else if len(ip) == IPv6len {
		classes = v6
	} else {
		return false
	}
	for _, c := range classes {
		matches := true
		for i, w := range c.want {
			matches = matches && ip[i]&c.mask[i] == w
		}
		if matches {
			return true
		}
	}
	return false
}

var allOnes = []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}

// The special ranges of RFC 6890 (IPv4) and RFC 4291 (IPv6) the Is methods ask about.
var (
	unspecified4      = []addrClass{{[]byte{0, 0, 0, 0}, allOnes}}
	unspecified6      = []addrClass{{IPv6unspecified, allOnes}}
	loopback4         = []addrClass{{[]byte{127}, allOnes}}
	loopback6         = []addrClass{{IPv6loopback, allOnes}}
	private4          = []addrClass{{[]byte{10}, allOnes}, {[]byte{172, 16}, []byte{0xff, 0xf0}}, {[]byte{192, 168}, allOnes}}
	private6          = []addrClass{{[]byte{0xfc}, []byte{0xfe}}}
	multicast4        = []addrClass{{[]byte{0xe0}, []byte{0xf0}}}
	multicast6        = []addrClass{{[]byte{0xff}, allOnes}}
	linkLocalMcast4   = []addrClass{{[]byte{224, 0, 0}, allOnes}}
	linkLocalMcast6   = []addrClass{{[]byte{0xff, 0x02}, []byte{0xff, 0x0f}}} // any flags, link scope
	ifaceLocalMcast6  = []addrClass{{[]byte{0xff, 0x01}, []byte{0xff, 0x0f}}} // any flags, interface scope
	linkLocalUnicast4 = []addrClass{{[]byte{169, 254}, allOnes}}
	linkLocalUnicast6 = []addrClass{{[]byte{0xfe, 0x80}, []byte{0xff, 0xc0}}}
	broadcast4        = []addrClass{{[]byte{255, 255, 255, 255}, allOnes}}
)

// IsUnspecified reports whether ip is 0.0.0.0 or ::.
func (ip IP) IsUnspecified() bool { return ip.in(unspecified4, unspecified6) }

// IsLoopback: 127.0.0.0/8 or ::1.
func (ip IP) IsLoopback() bool { return ip.in(loopback4, loopback6) }

// IsPrivate: 10/8, 172.16/12, 192.168/16 (RFC 1918) or fc00::/7 (RFC 4193).
func (ip IP) IsPrivate() bool { return ip.in(private4, private6) }

// IsMulticast: 224.0.0.0/4 or ff00::/8.
func (ip IP) IsMulticast() bool { return ip.in(multicast4, multicast6) }

// IsInterfaceLocalMulticast: ff01::/16.
func (ip IP) IsInterfaceLocalMulticast() bool { return ip.in(nil, ifaceLocalMcast6) }

// IsLinkLocalMulticast: 224.0.0.0/24 or ff02::/16.
func (ip IP) IsLinkLocalMulticast() bool { return ip.in(linkLocalMcast4, linkLocalMcast6) }

// IsLinkLocalUnicast: 169.254.0.0/16 or fe80::/10.
func (ip IP) IsLinkLocalUnicast() bool { return ip.in(linkLocalUnicast4, linkLocalUnicast6) }

// IsGlobalUnicast: a unicast address that is not loopback, link-local, unspecified or broadcast.
func (ip IP) IsGlobalUnicast() bool {
	if len(ip) != IPv4len && len(ip) != IPv6len {
		return false
	}
	return !(ip.in(broadcast4, nil) || ip.IsUnspecified() || ip.IsLoopback() || ip.IsMulticast() || ip.IsLinkLocalUnicast())
}

// The masks of the old address classes A, B and C, shared by every DefaultMask call.
var classMasks = [...]IPMask{CIDRMask(8, 32), CIDRMask(16, 32), CIDRMask(24, 32)}

// DefaultMask returns the default (class) mask of an IPv4 address, nil for others.
func (ip IP) DefaultMask() IPMask {
	ip4 := ip.To4()
	switch {
	case ip4 == nil:
		return nil
	case ip4[0]>>7 == 0: // 0xxxxxxx
		return classMasks[0]
	case ip4[0]>>6 == 2: // 10xxxxxx
		return classMasks[1]
	}
	return classMasks[2]
}

// Mask returns ip masked with mask (nil if their lengths do not fit). A 16-byte mask whose
// first 12 bytes are all ones fits a 4-byte address, a 4-byte mask an IPv4 address in 16 bytes.
func (ip IP) Mask(mask IPMask) IP {
	switch {
	case len(ip) == len(mask):
	case len(ip) == IPv4len && len(mask) == IPv6len && string(mask[:12]) == string(allOnes[:12]):
		mask = mask[12:]
	case len(mask) == IPv4len && ip.To4() != nil:
		ip = ip.To4()
	default:
		return nil
	}
	out := make(IP, len(ip))
	for i := range out {
		out[i] = ip[i] & mask[i]
	}
	return out
}

const hexDigits = "0123456789abcdef"

// appendHexBytes appends two lower-case hex digits per byte.
func appendHexBytes(dst, b []byte) []byte {
	for _, c := range b {
		dst = append(dst, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return dst
}

// String returns the dotted decimal form of an IPv4 address, RFC 5952 form of an IPv6 one,
// "<nil>" for an empty IP and "?" plus hex digits for other lengths.
func (ip IP) String() string {
	if len(ip) == 0 {
		return "<nil>"
	}
	if ip4 := ip.To4(); ip4 != nil {
		out := make([]byte, 0, 15)
		for i, b := range ip4 {
			if i > 0 {
				out = append(out, '.')
			}
			out = appendDecimal(out, uint(b))
		}
		return string(out)
	}
	if len(ip) != IPv6len {
		return string(appendHexBytes([]byte{'?'}, ip))
	}
	return ipv6Text(ip)
}

// ipv6Text writes the eight 16-bit words in hex without leading zeros; the longest run of two
// or more zero words (the first of equally long ones) becomes "::".
func ipv6Text(ip IP) string {
	var words [8]uint
	for i := range words {
		words[i] = uint(ip[2*i])<<8 | uint(ip[2*i+1])
	}
	runStart, runLen := 8, 1
	for i := 0; i < 8; {
		j := i
		for j < 8 && words[j] == 0 {
			j++
		}
		if j-i > runLen {
			runStart, runLen = i, j-i
		}
		if j == i {
			j++
		}
		i = j
	}
	out := make([]byte, 0, 39)
	for i := 0; i < 8; i++ {
		if i == runStart {
			out = append(out, ':', ':')
			i += runLen - 1
			continue
		}
		if i > 0 && i != runStart+runLen {
			out = append(out, ':')
		}
		out = appendHexWord(out, words[i])
	}
	return string(out)
}

func appendHexWord(dst []byte, w uint) []byte {
	shift := 12
	for shift > 0 && w>>uint(shift) == 0 {
		shift -= 4
	}
	for ; shift >= 0; shift -= 4 {
		dst = append(dst, hexDigits[w>>uint(shift)&0xf])
	}
	return dst
}

// MarshalText implements encoding.TextMarshaler.
func (ip IP) MarshalText() ([]byte, error) {
	switch len(ip) {
	case 0:
		return []byte(""), nil
	case IPv4len, IPv6len:
		return []byte(ip.String()), nil
	}
	return nil, &AddrError{Err: "invalid IP address", Addr: string(appendHexBytes(nil, ip))}
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (ip *IP) UnmarshalText(text []byte) error {
	var parsed IP // empty text gives a nil IP
	if len(text) > 0 {
		if parsed = ParseIP(string(text)); parsed == nil {
			return &ParseError{Type: "IP address", Text: string(text)}
		}
	}
	*ip = parsed
	return nil
}

// Equal compares addresses; an IPv4 address in 4- and 16-byte form compares equal.
func (ip IP) Equal(x IP) bool {
	if len(ip) == len(x) {
		return string(ip) == string(x)
	}
	a, b := ip.To4(), x.To4()
	return a != nil && b != nil && string(a) == string(b)
}

// prefixLength is the number of leading one bits of m, -1 when a one bit follows a zero bit.
func prefixLength(m IPMask) int {
	ones, zeroSeen := 0, false
	for _, b := range m {
		for bit := 7; bit >= 0; bit-- {
			switch {
			case b>>uint(bit)&1 == 0:
				zeroSeen = true
			case zeroSeen:
				return -1
			default:
				ones++
			}
		}
	}
	return ones
}

// Size: the count of leading one bits and the mask's length in bits; 0, 0 when the ones are not contiguous.
func (m IPMask) Size() (ones, bits int) {
	if n := prefixLength(m); n >= 0 {
		return n, 8 * len(m)
	}
	return 0, 0
}

// String returns the hexadecimal form of m.
func (m IPMask) String() string {
	if len(m) == 0 {
		return "<nil>"
	}
	return string(appendHexBytes(nil, m))
}

// forms returns n's address in its shortest form and a mask of the same length (the last 4
// bytes of a 16-byte mask for an IPv4 address), or nils when they do not fit together.
func (n *IPNet) forms() (IP, IPMask) {
	addr := n.IP.To4()
	if addr == nil {
		if len(n.IP) != IPv6len {
			return nil, nil
		}
		addr = n.IP
	}
	switch {
	case len(n.Mask) == len(addr):
		return addr, n.Mask
	case len(n.Mask) == IPv6len && len(addr) == IPv4len:
		return addr, n.Mask[12:]
	}
	return nil, nil
}

// Contains: ip lies inside n.
func (n *IPNet) Contains(ip IP) bool {
	addr, mask := n.forms()
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	}
	inside := len(ip) == len(addr)
	for i := 0; inside && i < len(ip); i++ {
		inside = (ip[i]^addr[i])&mask[i] == 0
	}
	return inside
}

// Network returns "ip+net".
func (n *IPNet) Network() string { return "ip+net" }

// String formats n in CIDR notation, e.g. "192.0.2.0/24" (the mask in hex when it is not a
// prefix); n.IP is shown as it is, not masked.
func (n *IPNet) String() string {
	var addr IP
	var mask IPMask
	if n != nil {
		addr, mask = n.forms()
	}
	if addr == nil { // a nil net, or an address and mask that do not fit
		return "<nil>"
	}
	if ones := prefixLength(mask); ones >= 0 {
		return addr.String() + "/" + itoa(ones)
	}
	return addr.String() + "/" + mask.String()
}

// ParseIP parses an IPv4 (dotted decimal) or IPv6 address; nil if s is not one. Which of the
// two s is meant to be is decided by whether a '.' or a ':' comes first.
func ParseIP(s string) IP {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return parseIPv4(s)
		}
		if s[i] == ':' {
			return parseIPv6(s)
		}
	}
	return nil
}

// splitByte splits s at every sep (one field for s without sep).
func splitByte(s string, sep byte) []string {
	var fields []string
	for {
		i := 0
		for i < len(s) && s[i] != sep {
			i++
		}
		fields = append(fields, s[:i])
		if i == len(s) {
			return fields
		}
		s = s[i+1:]
	}
}

// parseIPv4 reads four decimal bytes separated by dots; a byte with a leading zero ("01") is
// refused (Go 1.17+). The result has 16 bytes.
func parseIPv4(s string) IP {
	fields := splitByte(s, '.')
	if len(fields) != IPv4len {
		return nil
	}
	var b [IPv4len]byte
	for i, f := range fields {
		v, used, ok := dtoi(f)
		if !ok || used != len(f) || v > 255 || len(f) > 1 && f[0] == '0' {
			return nil
		}
		b[i] = byte(v)
	}
	return IPv4(b[0], b[1], b[2], b[3])
}

// parseIPv6 reads RFC 4291 text: eight hex words separated by ':', one "::" standing for one
// or more zero words, the last two words maybe written as an IPv4 address. A word may have
// more than four digits as long as its value fits (leading zeros), as Go accepts.
func parseIPv6(s string) IP {
	head, tail, compressed := s, "", false
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ':' && s[i+1] == ':' {
			head, tail, compressed = s[:i], s[i+2:], true
			break
		}
	}
	before, ok := ipv6Words(head, !compressed)
	if !ok {
		return nil
	}
	var after []byte
	if compressed {
		if after, ok = ipv6Words(tail, true); !ok {
			return nil
		}
	}
	n := len(before) + len(after)
	if compressed && n >= IPv6len || !compressed && n != IPv6len {
		return nil
	}
	ip := make(IP, IPv6len)
	copy(ip, before)
	copy(ip[IPv6len-len(after):], after)
	return ip
}

// ipv6Words returns the bytes of the ':'-separated words of s ("" is none); when last, the
// final word may be a dotted IPv4 address (4 bytes).
func ipv6Words(s string, last bool) ([]byte, bool) {
	if s == "" {
		return nil, true
	}
	words := splitByte(s, ':')
	var out []byte
	for i, w := range words {
		if last && i == len(words)-1 && hasByte(w, '.') {
			ip4 := parseIPv4(w)
			if ip4 == nil {
				return nil, false
			}
			return append(out, ip4[12:]...), len(out)+IPv4len <= IPv6len
		}
		v, used, ok := xtoi(w)
		if !ok || used != len(w) || v > 0xffff {
			return nil, false
		}
		out = append(out, byte(v>>8), byte(v))
	}
	return out, len(out) <= IPv6len
}

func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// ParseCIDR parses "ip/prefix" into the address and its network. The prefix is decimal digits
// only (leading zeros allowed), at most the address's length in bits.
func ParseCIDR(s string) (IP, *IPNet, error) {
	slash := 0
	for slash < len(s) && s[slash] != '/' {
		slash++
	}
	if slash == len(s) {
		return nil, nil, &ParseError{Type: "CIDR address", Text: s}
	}
	addr, prefix := s[:slash], s[slash+1:]
	bits, ip := 8*IPv4len, parseIPv4(addr)
	if ip == nil {
		bits, ip = 8*IPv6len, parseIPv6(addr)
	}
	ones, used, ok := dtoi(prefix)
	if ip == nil || !ok || used != len(prefix) || ones > bits {
		return nil, nil, &ParseError{Type: "CIDR address", Text: s}
	}
	m := CIDRMask(ones, bits)
	return ip, &IPNet{IP: ip.Mask(m), Mask: m}, nil
}

// numberLimit: dtoi and xtoi give up at this value (more digits than any field can use).
const numberLimit = 0xFFFFFF

// dtoi parses a decimal prefix of s: value, bytes used, ok (no digit or too big: not ok).
func dtoi(s string) (n int, i int, ok bool) {
	return digitsPrefix(s, 10)
}

// xtoi parses a hexadecimal prefix of s: value, bytes used, ok.
func xtoi(s string) (n int, i int, ok bool) {
	return digitsPrefix(s, 16)
}

func digitsPrefix(s string, base int) (value, used int, ok bool) {
	for used < len(s) {
		d := digitValue(s[used])
		if d >= base {
			break
		}
		value = value*base + d
		if value >= numberLimit {
			return numberLimit, used, false
		}
		used++
	}
	return value, used, used > 0
}

// digitValue is the value of a decimal or hex digit, 99 for any other byte.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// appendDecimal appends v in decimal.
func appendDecimal(dst []byte, v uint) []byte {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(dst, digits[i:]...)
}

func itoa(v int) string {
	if v < 0 {
		return "-" + string(appendDecimal(nil, uint(-v)))
	}
	return string(appendDecimal(nil, uint(v)))
}
