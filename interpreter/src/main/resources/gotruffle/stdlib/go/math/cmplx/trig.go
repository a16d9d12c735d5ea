package cmplx

import (
	"math"
	"math/bits"
)

// sinhcosh returns sinh(x) and cosh(x), from one exponential when |x| > 0.5.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	inv := 0.5 / e
	e *= 0.5
	return e - inv, e + inv
}

// Sin: complex sine.
func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), im)
	case math.IsInf(im, 0):
		if re == 0 {
			return x
		}
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.NaN(), im)
		}
	case re == 0 && math.IsNaN(im):
		return x
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(s*ch, c*sh)
}

// Sinh: hyperbolic sine.
func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(re, math.NaN())
	case math.IsInf(re, 0):
		if im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(re, math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*sh, s*ch)
}

// Cos: complex cosine.
func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), -im*math.Copysign(0, re))
	case math.IsInf(im, 0):
		if re == 0 {
			return complex(math.Inf(1), -re*math.Copysign(0, im))
		}
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Inf(1), math.NaN())
		}
	case re == 0 && math.IsNaN(im):
		return complex(math.NaN(), 0)
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(c*ch, -s*sh)
}

// Cosh: hyperbolic cosine.
func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.NaN(), re*math.Copysign(0, im))
	case math.IsInf(re, 0):
		if im == 0 {
			return complex(math.Inf(1), im*math.Copysign(0, re))
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Inf(1), math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*ch, s*sh)
}

// Tan: complex tangent.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(im, 0) {
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	}
	if re == 0 && math.IsNaN(im) {
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	return tanQuotient(x, d, math.Sinh(2*im))
}

// Cot: complex cotangent.
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	return tanQuotient(x, d, -math.Sinh(2*imag(x)))
}

// tanQuotient returns (sin 2re + i ish)/d, with d taken from a series when it is small
// (cancellation near the poles).
func tanQuotient(x complex128, d, ish float64) complex128 {
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, ish/d)
}

// Tanh: hyperbolic tangent.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	}
	if im == 0 && math.IsNaN(re) {
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// tanSeries returns cosh(2 im) - cos(2 re) summed as a Taylor series in (2re)² and (2im)²
// (Cephes' ctans), for arguments near a pole where the direct difference cancels.
func tanSeries(z complex128) float64 {
	const eps = 1.0 / (1 << 53)
	x := reducePi(math.Abs(2 * real(z)))
	x *= x
	y := math.Abs(2 * imag(z))
	y *= y
	xn, yn, fact, n, sum := 1.0, 1.0, 1.0, 0.0, 0.0
	for {
		// Terms of even order add (x^k + y^k)/k!, those of odd order (y^k - x^k)/k!.
		for odd := 0; odd < 2; odd++ {
			n++
			fact *= n
			n++
			fact *= n
			xn *= x
			yn *= y
			var t float64
			if odd == 0 {
				t = (yn + xn) / fact
			} else {
				t = (yn - xn) / fact
			}
			sum += t
			if odd == 1 && !(math.Abs(t/sum) > eps) {
				return sum
			}
		}
	}
}

// invPiBits holds the binary digits of 1/Pi, 64 to a word, for reducing huge arguments.
var invPiBits = [...]uint64{
	0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
	0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
	0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}

// reducePi returns x reduced into (-Pi/2, Pi/2] modulo Pi: Cody-Waite with Pi in three parts
// below 2^30, Payne-Hanek with the bits of 1/Pi above.
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		const (
			pi1 = 3.141592502593994      // 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		k := float64(int64(x/math.Pi + 0.5))
		return ((x - k*pi1) - k*pi2) - k*pi3
	}
	const mantBits = 52
	ix := math.Float64bits(x)
	exp := int(ix>>mantBits&0x7ff) - 1023 - mantBits
	m := ix&(1<<mantBits-1) | 1<<mantBits
	// The 192 bits of 1/Pi from the point where x's exponent puts the binary point.
	w, sh := uint(exp+64)/64, uint(exp+64)%64
	word := func(i uint) uint64 { return invPiBits[i]<<sh | invPiBits[i+1]>>(64-sh) }
	z0, z1, z2 := word(w), word(w+1), word(w+2)
	z2hi, _ := bits.Mul64(z2, m)
	z1hi, z1lo := bits.Mul64(z1, m)
	lo, carry := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0*m, z1hi, carry)
	// The fraction hi:lo as a float64 in [0, 1).
	lz := uint(bits.LeadingZeros64(hi))
	hi = (hi<<(lz+1) | lo>>(64-(lz+1))) >> (64 - mantBits)
	f := math.Float64frombits(hi | uint64(1023-(lz+1))<<mantBits)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}
