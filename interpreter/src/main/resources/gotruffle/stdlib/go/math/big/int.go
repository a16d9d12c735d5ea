// Package big: arbitrary-precision integers (Int). An Int is Go's sign and magnitude (little-
// endian Words); the arithmetic runs on Java's BigInteger (natives), with Go's semantics for
// signs, division, bit operations on negative numbers, Exp and GCD.
package big

import (
	"math/bits"
	"math/rand"
)

// Word: one machine-word digit of a big number.
type Word uint

const (
	_S = 8 // word size in bytes
	_W = 64
)

// MaxBase: the largest base SetString and Text accept (digits, then a-z, then A-Z).
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// Int is an integer of any size with a sign; the zero value is 0.
type Int struct {
	neg bool
	abs []Word
}

// operation codes of the calc native
const (
	opAdd = iota
	opSub
	opMul
	opQuo
	opRem
	opDiv
	opMod
	opAnd
	opOr
	opXor
	opAndNot
)

// calc applies op to (xn, xa) and (yn, ya); division by zero panics as Go does.
func calc(op int, xn bool, xa []Word, yn bool, ya []Word) (bool, []Word)

func (z *Int) calc(op int, x, y *Int) *Int {
	z.neg, z.abs = calc(op, x.neg, x.abs, y.neg, y.abs)
	return z
}

// NewInt makes an Int holding x.
func NewInt(x int64) *Int { return new(Int).SetInt64(x) }

func (z *Int) SetInt64(x int64) *Int {
	mag := uint64(x)
	if x < 0 {
		mag = -mag // two's complement: also right for math.MinInt64
	}
	z.abs = setUint64(mag)
	z.neg = x < 0
	return z
}

func (z *Int) SetUint64(x uint64) *Int {
	z.abs = setUint64(x)
	z.neg = false
	return z
}

func setUint64(x uint64) []Word {
	if x == 0 {
		return nil
	}
	return []Word{Word(x)}
}

func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.abs = append(z.abs[:0:0], x.abs...)
		z.neg = x.neg
	}
	return z
}

// Bits returns the little-endian Word slice of |x| (shared with x).
func (x *Int) Bits() []Word { return x.abs }

// SetBits sets z to the value of the little-endian Word slice abs (shared) and returns z.
func (z *Int) SetBits(abs []Word) *Int {
	z.neg, z.abs = false, trimWords(abs)
	return z
}

// trimWords drops the zero high words, so that a number's length is its size.
func trimWords(w []Word) []Word {
	for len(w) > 0 && w[len(w)-1] == 0 {
		w = w[:len(w)-1]
	}
	return w
}

func (z *Int) Abs(x *Int) *Int { return z.copySigned(x, false) }
func (z *Int) Neg(x *Int) *Int { return z.copySigned(x, !x.neg) }

// copySigned sets z to |x| with sign neg (zero keeps no sign).
func (z *Int) copySigned(x *Int, neg bool) *Int {
	z.Set(x)
	z.neg = neg && len(z.abs) != 0
	return z
}

func (z *Int) Add(x, y *Int) *Int { return z.calc(opAdd, x, y) }
func (z *Int) Sub(x, y *Int) *Int { return z.calc(opSub, x, y) }
func (z *Int) Mul(x, y *Int) *Int { return z.calc(opMul, x, y) }

// Quo sets z to the truncated quotient x/y (y != 0).
func (z *Int) Quo(x, y *Int) *Int { return z.calc(opQuo, x, y) }

// Rem sets z to the truncated remainder x%y (y != 0).
func (z *Int) Rem(x, y *Int) *Int { return z.calc(opRem, x, y) }

// QuoRem sets z to x/y and r to x%y (truncated) and returns (z, r).
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) { return z.calc2(opQuo, opRem, x, y, r) }

// calc2 sets z to x quo y and r to x rem y (both computed before either is written).
func (z *Int) calc2(quo, rem int, x, y, r *Int) (*Int, *Int) {
	qn, qa := calc(quo, x.neg, x.abs, y.neg, y.abs)
	rn, ra := calc(rem, x.neg, x.abs, y.neg, y.abs)
	z.neg, z.abs = qn, qa
	r.neg, r.abs = rn, ra
	return z, r
}

// Div sets z to the Euclidean quotient x/y (y != 0).
func (z *Int) Div(x, y *Int) *Int { return z.calc(opDiv, x, y) }

// Mod sets z to the Euclidean modulus x%y (y != 0): 0 <= z < |y|.
func (z *Int) Mod(x, y *Int) *Int { return z.calc(opMod, x, y) }

// DivMod sets z to the Euclidean quotient and m to the modulus and returns (z, m).
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) { return z.calc2(opDiv, opMod, x, y, m) }

// Cmp compares x and y: -1, 0 or +1.
func (x *Int) Cmp(y *Int) int {
	if x.neg != y.neg {
		return unitSign(x.neg) // the negative one is smaller
	}
	if x.neg {
		return cmpAbs(y.abs, x.abs)
	}
	return cmpAbs(x.abs, y.abs)
}

// unitSign is -1 when neg, else +1.
func unitSign(neg bool) int {
	if neg {
		return -1
	}
	return 1
}

// CmpAbs compares |x| and |y|.
func (x *Int) CmpAbs(y *Int) int { return cmpAbs(x.abs, y.abs) }

func cmpAbs(x, y []Word) int {
	i := len(x) - 1
	if len(x) == len(y) {
		for i >= 0 && x[i] == y[i] {
			i--
		}
		if i < 0 {
			return 0
		}
		return unitSign(x[i] < y[i])
	}
	return unitSign(len(x) < len(y))
}

// Sign returns -1, 0 or +1.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	return unitSign(x.neg)
}

// low64 is the lowest word of a magnitude (0 for zero).
func low64(x []Word) uint64 {
	var w uint64
	if len(x) > 0 {
		w = uint64(x[0])
	}
	return w
}

// Int64 returns the int64 of x (undefined, as in Go: the low bits, if it does not fit).
func (x *Int) Int64() int64 {
	if x.neg {
		return -int64(low64(x.abs))
	}
	return int64(low64(x.abs))
}

// Uint64 returns the uint64 of |x|'s low bits.
func (x *Int) Uint64() uint64 { return low64(x.abs) }

func (x *Int) IsInt64() bool {
	if len(x.abs) <= 1 {
		w := int64(low64(x.abs))
		return w >= 0 || x.neg && w == -w
	}
	return false
}

func (x *Int) IsUint64() bool { return !x.neg && len(x.abs) <= 1 }

// BitLen returns the length of |x| in bits (0 for 0).
func (x *Int) BitLen() int {
	if n := len(x.abs); n > 0 {
		return (n-1)*_W + bits.Len64(uint64(x.abs[n-1]))
	}
	return 0
}

// TrailingZeroBits counts the zero bits below the lowest set bit of |x|.
func (x *Int) TrailingZeroBits() uint {
	for i, w := range x.abs {
		if w != 0 {
			return uint(i*_W + bits.TrailingZeros64(uint64(w)))
		}
	}
	return 0
}

// Bit returns bit i of x in two's complement (i >= 0).
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	return bit(x.neg, x.abs, i)
}

func bit(xn bool, xa []Word, i int) uint

// SetBit sets z to x with bit i (two's complement) set to b (0 or 1).
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic("set bit is not 0 or 1")
	}
	z.neg, z.abs = setBit(x.neg, x.abs, i, b)
	return z
}

func setBit(xn bool, xa []Word, i int, b uint) (bool, []Word)

// Bit operations use two's complement for negative numbers, as in Go.
func (z *Int) And(x, y *Int) *Int    { return z.calc(opAnd, x, y) }
func (z *Int) Or(x, y *Int) *Int     { return z.calc(opOr, x, y) }
func (z *Int) Xor(x, y *Int) *Int    { return z.calc(opXor, x, y) }
func (z *Int) AndNot(x, y *Int) *Int { return z.calc(opAndNot, x, y) }

func (z *Int) Not(x *Int) *Int {
	// -x - 1
	z.neg, z.abs = calc(opSub, !x.neg && len(x.abs) > 0, x.abs, false, []Word{1})
	return z
}

// Lsh sets z = x << n.
func (z *Int) Lsh(x *Int, n uint) *Int {
	z.neg, z.abs = shift(x.neg, x.abs, int(n))
	return z
}

// Rsh sets z = x >> n (rounding toward negative infinity, as an arithmetic shift).
func (z *Int) Rsh(x *Int, n uint) *Int {
	z.neg, z.abs = shift(x.neg, x.abs, -int(n))
	return z
}

func shift(xn bool, xa []Word, n int) (bool, []Word)

// Exp sets z = x**y mod |m| (m nil or 0: x**y; y <= 0 then gives 1 unless m != 0); for y < 0
// and m != 0 the inverse of x is used, and nil is returned (z unchanged) if there is none.
func (z *Int) Exp(x, y, m *Int) *Int {
	var mod []Word
	if m != nil {
		mod = m.abs
	}
	base := x.abs
	if y.neg {
		if len(mod) == 0 {
			return z.SetInt64(1)
		}
		inv := new(Int).ModInverse(x, m)
		if inv == nil {
			return nil
		}
		base = inv.abs
	}
	r := expNN(base, y.abs, mod)
	// Go gives the power the sign of x when |y| is odd, even when the inverse was used; with a
	// modulus a negative result is then moved into [0, |m|).
	oddPower := len(y.abs) > 0 && y.abs[0]&1 == 1
	neg := x.neg && oddPower && len(r) > 0
	if neg && len(mod) > 0 {
		_, r = calc(opSub, false, mod, false, r)
		neg = false
	}
	z.neg, z.abs = neg, r
	return z
}

// expNN is |x|**|y| mod |m| (no modulus when m is empty), with Go's special cases.
func expNN(x, y, m []Word) []Word

// GCD stores gcd(a, b) in z; non-nil x and y receive Bezout coefficients, so that
// z = a*x + b*y.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		// gcd(v, 0) is |v|; the cofactors are the signs (0 for the zero operand).
		sa, sb := a.Sign(), b.Sign()
		if sa == 0 {
			z.Abs(b)
		} else {
			z.Abs(a)
		}
		setIfNotNil(x, sa)
		setIfNotNil(y, sb)
		return z
	}
	var cof Int // cofactor of a: the native gives it for |a|
	var g []Word
	cof.neg, cof.abs, g = gcdNative(a.abs, b.abs)
	cof.neg = cof.neg != a.neg // flips even a zero cofactor: Go then prints -0
	if y != nil {
		// from g = a*x + b*y: y = (g - a*x) / b, exact
		var rest Int
		rest.Mul(a, &cof)
		rest.Sub(&Int{abs: g}, &rest)
		y.Div(&rest, b)
	}
	if x != nil {
		x.neg, x.abs = cof.neg, cof.abs
	}
	z.neg, z.abs = false, g
	return z
}

func setIfNotNil(v *Int, sign int) {
	if v != nil {
		v.SetInt64(int64(sign))
	}
}

func gcdNative(a, b []Word) (uaNeg bool, uaAbs []Word, g []Word)

var intOne = &Int{abs: []Word{1}}

// ModInverse stores in z the g' with g*g' = 1 mod n and returns z; nil (z untouched) when g
// and n share a factor.
func (z *Int) ModInverse(g, n *Int) *Int {
	var mod, r, d, inv Int
	mod.Abs(n)
	r.Set(g)
	if g.neg {
		r.Mod(g, &mod)
	}
	d.GCD(&inv, nil, &r, &mod)
	if len(d.abs) != 1 || d.abs[0] != 1 {
		return nil // g and n share a factor
	}
	if inv.neg {
		return z.Add(&inv, &mod)
	}
	return z.Set(&inv)
}

// Sqrt sets z to the floor of the square root of x; x must not be negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	return z.SetBits(sqrt(x.abs))
}

func sqrt(x []Word) []Word

// ProbablyPrime reports whether x is probably prime (n rounds of Miller-Rabin beside a
// Baillie-PSW-strength test: no known composite passes for any n >= 0).
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	return !x.neg && len(x.abs) > 0 && probablyPrime(x.abs, n)
}

func probablyPrime(x []Word, n int) bool

// MulRange stores the product a*(a+1)*...*b in z; 1 when a > b.
func (z *Int) MulRange(a, b int64) *Int {
	if a > b {
		return z.SetInt64(1) // the empty product
	}
	if a <= 0 && 0 <= b {
		return z.SetInt64(0) // a factor is 0
	}
	if b < 0 {
		// all factors negative: |b|..|a|, and the sign of (-1)^count
		count := uint64(b-a) + 1
		z.abs = mulRange(uint64(-b), uint64(-a))
		z.neg = count%2 == 1
		return z
	}
	z.neg, z.abs = false, mulRange(uint64(a), uint64(b))
	return z
}

func mulRange(a, b uint64) []Word

// Binomial sets z to the binomial coefficient (n, k) and returns z.
func (z *Int) Binomial(n, k int64) *Int {
	if k <= n && k > n-k {
		k = n - k // C(n, k) = C(n, n-k): fewer factors
	}
	var num, den Int
	num.MulRange(n-k+1, n)
	den.MulRange(1, k)
	return z.Quo(&num, &den)
}

// Bytes returns |x| as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	buf := make([]byte, x.byteLen())
	putBytes(buf, x.abs)
	return buf
}

func (x *Int) byteLen() int { return (x.BitLen() + 7) / 8 }

// putBytes writes the magnitude x big-endian into the last bytes of buf.
func putBytes(buf []byte, x []Word) {
	last := len(buf) - 1
	for j := 0; j <= last && j < len(x)*_S; j++ {
		buf[last-j] = byte(x[j/_S] >> (8 * uint(j%_S)))
	}
}

// FillBytes writes |x| big-endian into all of buf, zero-padded on the left, and returns buf.
func (x *Int) FillBytes(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	if x.byteLen() > len(buf) {
		panic("math/big: buffer too small to fit value")
	}
	putBytes(buf, x.abs)
	return buf
}

// SetBytes interprets buf as a big-endian unsigned integer.
func (z *Int) SetBytes(buf []byte) *Int {
	words := make([]Word, (len(buf)+_S-1)/_S)
	for j := range buf {
		words[j/_S] |= Word(buf[len(buf)-1-j]) << (8 * uint(j%_S))
	}
	return z.SetBits(words)
}

// Rand stores in z a value drawn from [0, n) with rnd.
func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	panic("unsupported: math/big.(*Int).Rand")
}

// ModSqrt stores in z some s with s*s = x mod p (p an odd prime), or returns nil if none exists.
func (z *Int) ModSqrt(x, p *Int) *Int {
	panic("unsupported: math/big.(*Int).ModSqrt")
}
