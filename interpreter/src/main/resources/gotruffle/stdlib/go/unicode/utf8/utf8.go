// Package utf8: UTF-8 encoding and decoding of runes; the scanning loops are Java natives.
package utf8

const (
	RuneError = '\uFFFD'     // U+FFFD, what invalid input decodes to
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character
)

func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func Valid(p []byte) bool
func ValidString(s string) bool

// RuneLen: bytes in r's UTF-8 encoding; -1 for a value UTF-8 cannot encode.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// ValidRune: r is a code point UTF-8 can encode (not a surrogate, not past MaxRune).
func ValidRune(r rune) bool {
	return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= MaxRune)
}

// RuneStart: b is not a continuation byte (10xxxxxx), so a rune may start there.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// EncodeRune writes the UTF-8 encoding of r into p (which must be large enough) and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	if r < 0x800 {
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	}
	if r < 0x10000 {
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends r in UTF-8 to p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	return append(p, string(r)...)
}
