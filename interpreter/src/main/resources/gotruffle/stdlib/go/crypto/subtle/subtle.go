// Package subtle: comparisons and selections whose time does not depend on the values (as far as
// an interpreter can promise that: no branch on the secret data).
package subtle

// isZero is 1 for 0 and 0 for anything else: d | -d has its top bit set exactly when d != 0.
func isZero(d uint32) int { return int(1 ^ (d|-d)>>31) }

// ConstantTimeCompare is 1 when x and y hold the same bytes, else 0 (at once when the lengths differ).
func ConstantTimeCompare(x, y []byte) int {
	if len(x) != len(y) {
		return 0
	}
	var acc uint32
	for i, b := range x {
		acc |= uint32(b ^ y[i])
	}
	return isZero(acc)
}

// ConstantTimeSelect is x when v is 1 and y when v is 0.
func ConstantTimeSelect(v, x, y int) int { return y ^ (-v & (x ^ y)) }

// ConstantTimeByteEq is 1 when x == y, else 0.
func ConstantTimeByteEq(x, y uint8) int { return isZero(uint32(x ^ y)) }

// ConstantTimeEq is 1 when x == y, else 0.
func ConstantTimeEq(x, y int32) int { return isZero(uint32(x ^ y)) }

// ConstantTimeCopy copies y into x when v is 1 and leaves x alone when v is 0.
func ConstantTimeCopy(v int, x, y []byte) {
	if len(x) != len(y) {
		panic("subtle: slices have different lengths")
	}
	take := byte(-v)
	for i := range x {
		x[i] ^= take & (x[i] ^ y[i])
	}
}

// ConstantTimeLessOrEq is 1 when x <= y, else 0; x and y must be in [0, 2**31-1].
func ConstantTimeLessOrEq(x, y int) int { return int(uint32(int32(x)-int32(y)-1) >> 31) }
