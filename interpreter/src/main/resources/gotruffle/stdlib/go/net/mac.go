package net

// HardwareAddr is a physical hardware address (MAC, EUI-64 or a 20-byte InfiniBand address).
type HardwareAddr []byte

// String is the address as lower-case hex bytes joined by colons.
func (a HardwareAddr) String() string {
	if len(a) == 0 {
		return ""
	}
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 3*len(a)-1)
	for i, b := range a {
		if i > 0 {
			out = append(out, ':')
		}
		out = append(out, digits[b>>4], digits[b&0xf])
	}
	return string(out)
}

// ParseMAC reads an IEEE 802 MAC-48, EUI-48, EUI-64 or 20-octet InfiniBand address written as
// hex pairs separated by ':' or '-' (00:00:5e:00:53:01) or as dot-separated groups of four
// digits (0000.5e00.5301).
func ParseMAC(s string) (hw HardwareAddr, err error) {
	bad := &AddrError{Err: "invalid MAC address", Addr: s}
	validLen := func(n int) bool { return n == 6 || n == 8 || n == 20 }
	if len(s) < 14 {
		return nil, bad
	}
	// pair reads the two hex digits at s[i:], which the separator sep (0: none) must follow unless they end s
	pair := func(i int, sep byte) (byte, bool) {
		if sep != 0 && i+2 < len(s) && s[i+2] != sep {
			return 0, false
		}
		hi, ok1 := hexDigit(s[i])
		lo, ok2 := hexDigit(s[i+1])
		return hi<<4 | lo, ok1 && ok2
	}
	switch {
	case s[2] == ':' || s[2] == '-':
		if (len(s)+1)%3 != 0 || !validLen((len(s)+1)/3) {
			return nil, bad
		}
		hw = make(HardwareAddr, (len(s)+1)/3)
		for i := range hw {
			var ok bool
			if hw[i], ok = pair(3*i, s[2]); !ok {
				return nil, bad
			}
		}
	case s[4] == '.':
		if (len(s)+1)%5 != 0 || !validLen(2*(len(s)+1)/5) {
			return nil, bad
		}
		hw = make(HardwareAddr, 2*(len(s)+1)/5)
		for i := 0; i < len(hw); i += 2 {
			var ok1, ok2 bool
			hw[i], ok1 = pair(5*(i/2), 0)
			hw[i+1], ok2 = pair(5*(i/2)+2, '.')
			if !ok1 || !ok2 {
				return nil, bad
			}
		}
	default:
		return nil, bad
	}
	return hw, nil
}

func hexDigit(c byte) (byte, bool) {
	const digits = "0123456789abcdefABCDEF"
	for i := 0; i < len(digits); i++ {
		if digits[i] == c {
			if i >= 16 {
				i -= 6 // upper case: A is 10 again
			}
			return byte(i), true
		}
	}
	return 0, false
}
