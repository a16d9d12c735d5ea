// Package utf16: UTF-16 encoding and decoding of Unicode code points.
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'

	surr1    = 0xd800 // first of a high surrogate
	surr2    = 0xdc00 // first of a low surrogate
	surr3    = 0xe000 // after the surrogates
	surrSelf = 0x10000
)

// IsSurrogate reports whether r can appear in a surrogate pair.
func IsSurrogate(r rune) bool { return surr1 <= r && r < surr3 }

// DecodeRune returns the code point of the surrogate pair (r1, r2), or U+FFFD if it is not one.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the surrogate pair of r, or U+FFFD twice if r needs none or is invalid.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// Encode returns the UTF-16 encoding of s; invalid code points become U+FFFD.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, v := range s {
		if v >= surrSelf {
			n++
		}
	}
	a := make([]uint16, n)
	n = 0
	for _, v := range s {
		switch {
		case 0 <= v && v < surr1, surr3 <= v && v < surrSelf:
			a[n] = uint16(v)
			n++
		case surrSelf <= v && v <= maxRune:
			r1, r2 := EncodeRune(v)
			a[n] = uint16(r1)
			a[n+1] = uint16(r2)
			n += 2
		default:
			a[n] = uint16(replacementChar)
			n++
		}
	}
	return a[:n]
}

// Decode returns the code points of the UTF-16 sequence s; unpaired surrogates become U+FFFD.
func Decode(s []uint16) []rune {
	a := make([]rune, len(s))
	n := 0
	for i := 0; i < len(s); i++ {
		switch r := s[i]; {
		case r < surr1, surr3 <= r:
			a[n] = rune(r)
		case surr1 <= r && r < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3:
			a[n] = DecodeRune(rune(r), rune(s[i+1]))
			i++
		default:
			a[n] = replacementChar
		}
		n++
	}
	return a[:n]
}
