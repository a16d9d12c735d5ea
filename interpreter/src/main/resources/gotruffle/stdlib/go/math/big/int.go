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
	neg := false
	if x < 0 {
		neg = true
		x = -x
	}
	z.abs = setUint64(uint64(x))
	z.neg = neg
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
	n := len(abs)
	for n > 0 && abs[n-1] == 0 {
		n--
	}
	z.abs = abs[:n]
	z.neg = false
	return z
}

func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg
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
func (x *Int) Cmp(y *Int) (r int) {
	switch {
	case x == y:
		return 0
	case x.neg == y.neg:
		r = cmpAbs(x.abs, y.abs)
		if x.neg {
			r = -r
		}
	case x.neg:
		r = -1
	default:
		r = 1
	}
	return
}

// CmpAbs compares |x| and |y|.
func (x *Int) CmpAbs(y *Int) int { return cmpAbs(x.abs, y.abs) }

func cmpAbs(x, y []Word) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Sign returns -1, 0 or +1.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

func low64(x []Word) uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}

// Int64 returns the int64 of x (undefined, as in Go: the low bits, if it does not fit).
func (x *Int) Int64() int64 {
	v := int64(low64(x.abs))
	if x.neg {
		v = -v
	}
	return v
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
	if i == 0 {
		if len(x.abs) > 0 {
			return uint(x.abs[0] & 1)
		}
		return 0
	}
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
	xa := x.abs
	if y.neg {
		if m == nil || len(m.abs) == 0 {
			return z.SetInt64(1)
		}
		inverse := new(Int).ModInverse(x, m)
		if inverse == nil {
			return nil
		}
		xa = inverse.abs
	}
	var ma []Word
	if m != nil {
		ma = m.abs
	}
	ya := y.abs
	abs := expNN(xa, ya, ma)
	neg := len(abs) > 0 && x.neg && len(ya) > 0 && ya[0]&1 == 1
	if neg && len(ma) > 0 {
		_, abs = calc(opSub, false, ma, false, abs)
		neg = false
	}
	z.neg, z.abs = neg, abs
	return z
}

// expNN is |x|**|y| mod |m| (no modulus when m is empty), with Go's special cases.
func expNN(x, y, m []Word) []Word

// GCD stores gcd(a, b) in z; non-nil x and y receive Bezout coefficients, so that
// z = a*x + b*y.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		lenA, lenB, negA, negB := len(a.abs), len(b.abs), a.neg, b.neg
		if lenA == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if lenA == 0 {
				x.SetUint64(0)
			} else {
				x.SetUint64(1)
				x.neg = negA
			}
		}
		if y != nil {
			if lenB == 0 {
				y.SetUint64(0)
			} else {
				y.SetUint64(1)
				y.neg = negB
			}
		}
		return z
	}
	g, ua := gcd(a.abs, b.abs)
	var cof Int // cofactor of |a|, then of a
	cof.neg, cof.abs = ua.neg, ua.abs
	if a.neg {
		cof.neg = !cof.neg // even for 0: Go's GCD then prints -0
	}
	if y != nil {
		// y = (g - a*x) / b
		var t, bb Int
		bb.Set(b)
		t.Mul(a, &cof)
		t.Sub(&Int{abs: g}, &t)
		y.Div(&t, &bb)
	}
	if x != nil {
		x.neg, x.abs = cof.neg, cof.abs
	}
	z.neg, z.abs = false, g
	return z
}

// gcd runs the extended Euclidean algorithm on |a| and |b| (both non-zero): the gcd and the
// cofactor of |a|.
func gcd(a, b []Word) (g []Word, ua Int) {
	ua.neg, ua.abs, g = gcdNative(a, b)
	return
}

func gcdNative(a, b []Word) (uaNeg bool, uaAbs []Word, g []Word)

var intOne = &Int{abs: []Word{1}}

// ModInverse stores in z the g' with g*g' = 1 mod n and returns z; nil (z untouched) when g
// and n share a factor.
func (z *Int) ModInverse(g, n *Int) *Int {
	if n.neg {
		var n2 Int
		n = n2.Neg(n)
	}
	if g.neg {
		var g2 Int
		g = g2.Mod(g, n)
	}
	var d, x Int
	d.GCD(&x, nil, g, n)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	if x.neg {
		z.Add(&x, n)
	} else {
		z.Set(&x)
	}
	return z
}

// Sqrt sets z to the floor of the square root of x; x must not be negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	z.neg, z.abs = false, sqrt(x.abs)
	return z
}

func sqrt(x []Word) []Word

// ProbablyPrime reports whether x is probably prime (n rounds of Miller-Rabin beside a
// Baillie-PSW-strength test: no known composite passes for any n >= 0).
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	return probablyPrime(x.abs, n)
}

func probablyPrime(x []Word, n int) bool

// MulRange stores the product a*(a+1)*...*b in z; 1 when a > b.
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	z.abs = mulRange(uint64(a), uint64(b))
	z.neg = neg
	return z
}

func mulRange(a, b uint64) []Word

// Binomial sets z to the binomial coefficient (n, k) and returns z.
func (z *Int) Binomial(n, k int64) *Int {
	if n/2 < k && k <= n {
		k = n - k
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// Bytes returns |x| as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	buf := make([]byte, len(x.abs)*_S)
	return buf[setBytesOf(buf, x.abs):]
}

// setBytesOf writes x big-endian at the end of buf and returns the index of its first non-zero byte.
func setBytesOf(buf []byte, x []Word) int {
	i := len(buf)
	for _, d := range x {
		for j := 0; j < _S; j++ {
			i--
			if i >= 0 {
				buf[i] = byte(d)
			} else if byte(d) != 0 {
				panic("math/big: buffer too small to fit value")
			}
			d >>= 8
		}
	}
	if i < 0 {
		i = 0
	}
	for i < len(buf) && buf[i] == 0 {
		i++
	}
	return i
}

// FillBytes writes |x| big-endian into all of buf, zero-padded on the left, and returns buf.
func (x *Int) FillBytes(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	setBytesOf(buf, x.abs)
	return buf
}

// SetBytes interprets buf as a big-endian unsigned integer.
func (z *Int) SetBytes(buf []byte) *Int {
	n := (len(buf) + _S - 1) / _S
	abs := make([]Word, n)
	k := 0
	var d Word
	s := uint(0)
	for i := len(buf) - 1; i >= 0; i-- {
		d |= Word(buf[i]) << s
		s += 8
		if s == _W {
			abs[k] = d
			k++
			d = 0
			s = 0
		}
	}
	if k < n {
		abs[k] = d
	}
	for n > 0 && abs[n-1] == 0 {
		n--
	}
	z.abs = abs[:n]
	z.neg = false
	return z
}

// Rand stores in z a value drawn from [0, n) with rnd.
func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	panic("unsupported: math/big.(*Int).Rand")
}

// ModSqrt stores in z some s with s*s = x mod p (p an odd prime), or returns nil if none exists.
func (z *Int) ModSqrt(x, p *Int) *Int {
	panic("unsupported: math/big.(*Int).ModSqrt")
}
