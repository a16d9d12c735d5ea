package big

import (
	"fmt"
	"math"
	"strings"
)

// Rat is an exact fraction a/b, kept in lowest terms with b > 0.
// The zero value is 0 (an empty denominator stands for 1).
type Rat struct {
	a, b Int
}

// NewRat makes the Rat a/b.
func NewRat(a, b int64) *Rat { return new(Rat).SetFrac64(a, b) }

// norm reduces z and makes its denominator positive.
func (z *Rat) norm() *Rat {
	switch {
	case len(z.a.abs) == 0:
		z.a.neg = false
		z.b.abs = []Word{1}
		z.b.neg = false
	case len(z.b.abs) == 0:
		z.b.abs = []Word{1}
		z.b.neg = false
	default:
		neg := z.a.neg != z.b.neg
		z.a.neg, z.b.neg = false, false
		var f Int
		f.GCD(nil, nil, &z.a, &z.b)
		if f.Cmp(intOne) != 0 {
			z.a.Quo(&z.a, &f)
			z.b.Quo(&z.b, &f)
		}
		z.a.neg = neg
	}
	return z
}

func (z *Rat) SetFrac(a, b *Int) *Rat {
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	var num, den Int
	return z.fraction(num.Set(a), den.Set(b))
}

func (z *Rat) SetFrac64(a, b int64) *Rat {
	if b == 0 {
		panic("division by zero")
	}
	var num, den Int
	return z.fraction(num.SetInt64(a), den.SetInt64(b))
}

// fraction sets z to num/den in lowest terms. num and den must be fresh values (not parts of
// an operand), so every operand is read before z changes.
func (z *Rat) fraction(num, den *Int) *Rat {
	z.a, z.b = *num, *den
	return z.norm()
}

// whole gives z (whose numerator is set) the denominator 1.
func (z *Rat) whole() *Rat {
	z.b.neg, z.b.abs = false, []Word{1}
	return z
}

func (z *Rat) SetInt(x *Int) *Rat      { z.a.Set(x); return z.whole() }
func (z *Rat) SetInt64(x int64) *Rat   { z.a.SetInt64(x); return z.whole() }
func (z *Rat) SetUint64(x uint64) *Rat { z.a.SetUint64(x); return z.whole() }

// Set copies x; a zero-value denominator becomes an explicit 1.
func (z *Rat) Set(x *Rat) *Rat {
	z.a.Set(&x.a)
	z.b.Set(x.denom())
	return z
}

// SetFloat64 sets z to exactly f; nil if f is not finite.
func (z *Rat) SetFloat64(f float64) *Rat {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	frac, exp := math.Frexp(f) // f = frac * 2**exp, 0.5 <= |frac| < 1
	exp -= 53                  // frac * 2**53 is an integer: a float64 has 53 significant bits
	var num, den Int
	num.SetInt64(int64(frac * (1 << 53)))
	den.SetInt64(1)
	if exp >= 0 {
		num.Lsh(&num, uint(exp))
	} else {
		den.Lsh(&den, uint(-exp))
	}
	return z.fraction(&num, &den)
}

// Float64 returns the float64 nearest to x and whether it is exactly x.
func (x *Rat) Float64() (f float64, exact bool) {
	b := x.b.abs
	if len(b) == 0 {
		b = []Word{1}
	}
	return ratFloat(x.a.neg, x.a.abs, b, false)
}

// Float32 returns the float32 nearest to x and whether it is exactly x.
func (x *Rat) Float32() (f float32, exact bool) {
	b := x.b.abs
	if len(b) == 0 {
		b = []Word{1}
	}
	f64, exact := ratFloat(x.a.neg, x.a.abs, b, true)
	return float32(f64), exact
}

// ratFloat rounds a/b to the nearest float64 (or float32 when single), ties to even.
func ratFloat(neg bool, a, b []Word, single bool) (float64, bool)

func (x *Rat) Num() *Int { return &x.a }

func (x *Rat) Denom() *Int {
	x.b.neg = false
	if len(x.b.abs) == 0 {
		return &Int{abs: []Word{1}}
	}
	return &x.b
}

func (x *Rat) Sign() int { return x.a.Sign() }

func (x *Rat) IsInt() bool {
	return len(x.b.abs) == 0 || x.b.Cmp(intOne) == 0
}

func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.Abs(&z.a)
	return z
}

func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.Neg(&z.a)
	return z
}

func (z *Rat) Inv(x *Rat) *Rat {
	if x.Sign() == 0 {
		panic("division by zero")
	}
	var num, den Int
	return z.fraction(num.Set(x.denom()), den.Set(&x.a))
}

// denom returns x's denominator as an Int (1 for the zero value).
func (x *Rat) denom() *Int {
	if len(x.b.abs) == 0 {
		return intOne
	}
	return &x.b
}

func (x *Rat) Cmp(y *Rat) int {
	var l, r Int
	l.Mul(&x.a, y.denom())
	r.Mul(&y.a, x.denom())
	return l.Cmp(&r)
}

func (z *Rat) Add(x, y *Rat) *Rat { return z.addSub(x, y, opAdd) }
func (z *Rat) Sub(x, y *Rat) *Rat { return z.addSub(x, y, opSub) }

// addSub sets z to x op y over the common denominator.
func (z *Rat) addSub(x, y *Rat, op int) *Rat {
	var a1, a2, b Int
	a1.Mul(&x.a, y.denom())
	a2.Mul(&y.a, x.denom())
	b.Mul(x.denom(), y.denom())
	z.a.calc(op, &a1, &a2)
	z.b = b
	return z.norm()
}

func (z *Rat) Mul(x, y *Rat) *Rat {
	var num, den Int
	return z.fraction(num.Mul(&x.a, &y.a), den.Mul(x.denom(), y.denom()))
}

func (z *Rat) Quo(x, y *Rat) *Rat {
	if y.Sign() == 0 {
		panic("division by zero")
	}
	var num, den Int
	return z.fraction(num.Mul(&x.a, y.denom()), den.Mul(x.denom(), &y.a))
}

// String returns "a/b" (also for integers).
func (x *Rat) String() string {
	return x.a.String() + "/" + x.denom().String()
}

// RatString returns "a" for integers, "a/b" otherwise.
func (x *Rat) RatString() string {
	s := x.a.String()
	if !x.IsInt() {
		s += "/" + x.b.String()
	}
	return s
}

// FloatString returns x in decimal with prec digits after the point, the last one rounded to
// nearest with halves away from zero (a negative x keeps its '-' even when it rounds to 0).
func (x *Rat) FloatString(prec int) string {
	scale := NewInt(1)
	if prec > 0 {
		scale.Exp(NewInt(10), NewInt(int64(prec)), nil)
	}
	// |x| * 10**prec rounded: the digits without the point
	var q, r, twice Int
	q.Mul(new(Int).Abs(&x.a), scale)
	q.QuoRem(&q, x.denom(), &r)
	if twice.Add(&r, &r).Cmp(x.denom()) >= 0 {
		q.Add(&q, intOne)
	}
	digits := q.String()
	if prec > 0 {
		if len(digits) <= prec {
			digits = strings.Repeat("0", prec+1-len(digits)) + digits
		}
		point := len(digits) - prec
		digits = digits[:point] + "." + digits[point:]
	}
	if x.a.neg {
		return "-" + digits
	}
	return digits
}

// SetString parses either "a/b" (integers in Go's literal syntax, a may be signed) or a
// decimal number with optional fraction and exponent.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if s == "" {
		return nil, false
	}
	if num, den, isFrac := strings.Cut(s, "/"); isFrac {
		return z.setFracString(num, den)
	}
	neg := false
	t := s
	if t[0] == '+' || t[0] == '-' {
		neg = t[0] == '-'
		t = t[1:]
	}
	if len(t) >= 2 && t[0] == '0' && strings.ContainsRune("bBoOxX", rune(t[1])) || strings.ContainsAny(t, "pP") {
		panic("unsupported: math/big.(*Rat).SetString of a non-decimal floating-point number " + fmt.Sprintf("%q", s))
	}
	// mantissa: digits with at most one '.', '_' between digits
	var digits []byte
	frac := -1
	prev := byte('.')
	i := 0
	for ; i < len(t); i++ {
		c := t[i]
		switch {
		case '0' <= c && c <= '9':
			digits = append(digits, c-'0')
			if frac >= 0 {
				frac++
			}
			prev = '0'
			continue
		case c == '_':
			if prev != '0' {
				return nil, false
			}
			prev = '_'
			continue
		case c == '.' && frac < 0:
			if prev == '_' {
				return nil, false
			}
			frac = 0
			prev = '.'
			continue
		}
		break
	}
	if prev == '_' || len(digits) == 0 {
		return nil, false
	}
	var exp int64
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		eneg := false
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			eneg = t[i] == '-'
			i++
		}
		start := i
		eprev := byte('.')
		for ; i < len(t); i++ {
			c := t[i]
			if c == '_' {
				if eprev != '0' {
					return nil, false
				}
				eprev = '_'
				continue
			}
			if c < '0' || c > '9' {
				break
			}
			if exp < 1e15 {
				exp = exp*10 + int64(c-'0')
			}
			eprev = '0'
		}
		if i == start || eprev == '_' {
			return nil, false
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(t) {
		return nil, false
	}
	z.a.abs = fromDigits(digits, 10)
	z.b.abs, z.b.neg = []Word{1}, false
	if len(z.a.abs) == 0 {
		z.a.neg = false
		return z.norm(), true
	}
	if frac > 0 {
		exp -= int64(frac)
	}
	if exp > 1e6 || exp < -1e6 {
		return nil, false // Go refuses such exponents
	}
	if exp > 0 {
		z.a.Mul(&z.a, new(Int).Exp(NewInt(10), NewInt(exp), nil))
	} else if exp < 0 {
		z.b.Exp(NewInt(10), NewInt(-exp), nil)
	}
	z.a.neg = neg && len(z.a.abs) > 0
	return z.norm(), true
}

// setFracString parses "a/b": a a signed integer, b an unsigned non-zero one (either with a
// base prefix).
func (z *Rat) setFracString(num, den string) (*Rat, bool) {
	if _, ok := z.a.SetString(num, 0); !ok {
		return nil, false
	}
	rd := strings.NewReader(den)
	abs, _, err := scanNat(rd, 0)
	if err != nil || rd.Len() > 0 || len(abs) == 0 {
		return nil, false
	}
	z.b.abs, z.b.neg = abs, false
	return z.norm(), true
}

// MarshalText is RatString's text.
func (x *Rat) MarshalText() (text []byte, err error) { return []byte(x.RatString()), nil }

func (z *Rat) UnmarshalText(text []byte) error {
	var err error
	if _, ok := z.SetString(string(text)); !ok {
		err = fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return err
}
