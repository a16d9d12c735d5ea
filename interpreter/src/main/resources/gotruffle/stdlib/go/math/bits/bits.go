// Package bits: bit counting and manipulation of unsigned integers. The 64-bit counts,
// reversals, Mul64 and Div64 are Java natives (the JDK's intrinsics); the other widths
// derive from them.
package bits

const uintSize = 64

// UintSize: bits in a uint (64 here).
const UintSize = uintSize

func LeadingZeros(x uint) int     { return LeadingZeros64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return LeadingZeros64(uint64(x)) - 56 }
func LeadingZeros16(x uint16) int { return LeadingZeros64(uint64(x)) - 48 }
func LeadingZeros32(x uint32) int { return LeadingZeros64(uint64(x)) - 32 }
func LeadingZeros64(x uint64) int

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros64(x uint64) int

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }
func OnesCount64(x uint64) int

// RotateLeft rotates x left by k bits (right for negative k).
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

func Reverse(x uint) uint       { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8    { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }
func Reverse64(x uint64) uint64

func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }
func ReverseBytes64(x uint64) uint64

func Len(x uint) int     { return 64 - LeadingZeros64(uint64(x)) }
func Len8(x uint8) int   { return 64 - LeadingZeros64(uint64(x)) }
func Len16(x uint16) int { return 64 - LeadingZeros64(uint64(x)) }
func Len32(x uint32) int { return 64 - LeadingZeros64(uint64(x)) }
func Len64(x uint64) int { return 64 - LeadingZeros64(x) }

// Add returns x+y+carry (carry must be 0 or 1) and the carry out.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// a carry out of bit 63: both top bits set, or one set and the sum's cleared
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// Sub returns x-y-borrow (borrow must be 0 or 1) and the borrow out.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// Mul returns the 128-bit (for Mul32: 64-bit) product of x and y as high and low halves.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Mul64(x, y uint64) (hi, lo uint64)

// Div divides (hi, lo) by y; it panics if y is zero or not greater than hi (the quotient would overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		overflowPanic()
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		divideByZeroPanic()
	}
	if y <= hi {
		overflowPanic()
	}
	return div128(hi, lo, y)
}

// Rem: (hi, lo) mod y; panics only for y == 0 (no overflow check, unlike Div).
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

func div128(hi, lo, y uint64) (quo, rem uint64)

// The runtime errors Go's math/bits panics with.
func overflowPanic()
func divideByZeroPanic()
