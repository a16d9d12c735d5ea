// Package utf16: UTF-16 encoding and decoding of Unicode code points.
//
// Code points past the Basic Multilingual Plane travel as two surrogates: r-0x10000 split
// into its top 10 bits, added to 0xD800 (the high surrogate), and its low 10 bits, added
// to 0xDC00 (the low surrogate). Anything that cannot be encoded or decoded becomes U+FFFD.
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'

	highFirst   = 0xd800  // first high surrogate
	lowFirst    = 0xdc00  // first low surrogate
	surrEnd     = 0xe000  // first code point after the surrogates
	supplFirst  = 0x10000 // first code point that needs a pair
	surrPayload = 0x3ff   // the 10 bits each surrogate carries
)

func isHigh(r rune) bool { return highFirst <= r && r < lowFirst }
func isLow(r rune) bool  { return lowFirst <= r && r < surrEnd }

// IsSurrogate: r is a high or a low surrogate, so it only means something in a pair.
func IsSurrogate(r rune) bool { return highFirst <= r && r < surrEnd }

// DecodeRune joins a high surrogate r1 and a low surrogate r2; U+FFFD when they are not such a pair.
func DecodeRune(r1, r2 rune) rune {
	if !isHigh(r1) || !isLow(r2) {
		return replacementChar
	}
	return supplFirst + (r1-highFirst)<<10 + (r2 - lowFirst)
}

// EncodeRune splits r into its surrogate pair; U+FFFD twice when r needs no pair or is no code point.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < supplFirst || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= supplFirst
	return highFirst + r>>10&surrPayload, lowFirst + r&surrPayload
}

// Encode converts s to UTF-16; surrogates and values outside Unicode become U+FFFD.
func Encode(s []rune) []uint16 {
	size := len(s) // room for a pair for every value from supplFirst up, as Go allocates
	for _, r := range s {
		if r >= supplFirst {
			size++
		}
	}
	out := make([]uint16, 0, size)
	for _, r := range s {
		switch {
		case r < 0 || r > maxRune || IsSurrogate(r):
			out = append(out, replacementChar)
		case r < supplFirst:
			out = append(out, uint16(r))
		default:
			hi, lo := EncodeRune(r)
			out = append(out, uint16(hi), uint16(lo))
		}
	}
	return out
}

// Decode converts UTF-16 to code points; a surrogate outside a valid pair becomes U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r := rune(s[i])
		switch {
		case isHigh(r) && i+1 < len(s) && isLow(rune(s[i+1])):
			out = append(out, DecodeRune(r, rune(s[i+1])))
			i++
		case IsSurrogate(r):
			out = append(out, replacementChar)
		default:
			out = append(out, r)
		}
	}
	return out
}
