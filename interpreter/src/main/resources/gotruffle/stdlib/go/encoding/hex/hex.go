// Package hex converts between bytes and base-16 text.
package hex

import (
	"errors"
	"fmt"
)

const hextable = "0123456789abcdef"

// ErrLength: hex input must have an even number of digits.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is the offending byte of input that is not a hex digit.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen: every byte becomes two hex digits.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen: every two hex digits become one byte.
func DecodedLen(x int) int { return x / 2 }

// Encode writes two hex digits per byte of src into dst and says how many.
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// EncodeToString renders src as lower-case hex.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

func fromHexChar(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Decode writes the bytes of the hex text src into dst and says how many.
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		a, ok := fromHexChar(src[j-1])
		if !ok {
			return i, InvalidByteError(src[j-1])
		}
		b, ok := fromHexChar(src[j])
		if !ok {
			return i, InvalidByteError(src[j])
		}
		dst[i] = a<<4 | b
		i++
	}
	if len(src)%2 == 1 {
		// An invalid character is reported before the odd length.
		if _, ok := fromHexChar(src[j-1]); !ok {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// DecodeString parses the hex text s into bytes.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump formats data like `hexdump -C`: offsets, hex bytes and printable characters.
func Dump(data []byte) string

