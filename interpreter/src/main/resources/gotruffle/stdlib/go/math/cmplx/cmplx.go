// Package cmplx: functions of complex128 numbers. Plain Go over package math, with the
// formulas and special cases of Go 1.19's package (C99 Annex G for infinities and NaNs), so
// results agree bit for bit where math does.
package cmplx

import "math"

// Abs returns the absolute value (modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the argument of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the modulus and the argument of x.
func Polar(x complex128) (r, theta float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with modulus r and argument theta.
func Rect(r, theta float64) complex128 {
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}

// Conj flips the sign of x's imaginary part.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Inf is complex(+Inf, +Inf).
func Inf() complex128 { return complex(math.Inf(1), math.Inf(1)) }

// NaN is a complex value with NaN parts.
func NaN() complex128 { return complex(math.NaN(), math.NaN()) }

// IsInf reports whether either part of x is an infinity.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// IsNaN reports whether either part of x is a NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Sqrt is the square root of x whose real part is not negative.
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		// The imaginary part keeps the sign of a signed zero.
		if re == 0 {
			return complex(0, im)
		}
		if re < 0 {
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	case math.IsInf(im, 0):
		return complex(math.Inf(1), im)
	case re == 0:
		h := math.Sqrt(0.5 * math.Abs(im))
		if im < 0 {
			return complex(h, -h)
		}
		return complex(h, h)
	}
	// Scale the parts so that the modulus neither overflows nor underflows.
	scale := 2.0
	if math.Abs(re) > 4 || math.Abs(im) > 4 {
		re *= 0.25
		im *= 0.25
	} else {
		re *= 1 << 54
		im *= 1 << 54
		scale = 1.0 / (1 << 27)
	}
	m := math.Hypot(re, im)
	var p, q float64 // real and |imaginary| parts of the root
	if re > 0 {
		p = math.Sqrt(0.5*m + 0.5*re)
		q = scale * math.Abs((0.5*im)/p)
		p *= scale
	} else {
		q = math.Sqrt(0.5*m - 0.5*re)
		p = scale * math.Abs((0.5*im)/q)
		q *= scale
	}
	if im < 0 {
		q = -q
	}
	return complex(p, q)
}

// Exp returns e**x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	if math.IsInf(re, 0) {
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	} else if math.IsNaN(re) && im == 0 {
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

// Log returns the natural logarithm of x (principal value).
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 is the base-10 logarithm of x.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Pow returns x**y, the principal value; Pow(0, y) follows math.Pow's rules for the real part.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		switch yr := real(y); {
		case yr == 0:
			return 1
		case yr > 0:
			return 0
		case yr < 0:
			if imag(y) == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		panic("not reached") // a NaN real part with an infinite imaginary one

	}
	mod := Abs(x)
	if mod == 0 {
		return 0
	}
	arg := Phase(x)
	r := math.Pow(mod, real(y))
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(mod)
	}
	return Rect(r, theta)
}

// mulI returns i*x; mulNegI returns -i*x.
func mulI(x complex128) complex128    { return complex(-imag(x), real(x)) }
func mulNegI(x complex128) complex128 { return complex(imag(x), -real(x)) }

// Asin is the arc sine of x.
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		if re == 0 {
			return complex(re, math.NaN())
		}
		if math.IsInf(re, 0) {
			return complex(math.NaN(), re)
		}
		return NaN()
	case math.IsInf(im, 0):
		if math.IsNaN(re) {
			return x
		}
		if math.IsInf(re, 0) {
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	// asin(x) = -i log(ix + sqrt(1 - x*x))
	sq := x * x
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	return mulNegI(Log(mulI(x) + root))
}

// Asinh is the area hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) {
			return complex(re, math.Copysign(math.Pi/4, im))
		}
		if math.IsNaN(im) {
			return x
		}
		return complex(re, math.Copysign(0, im))
	case math.IsNaN(re):
		if im == 0 {
			return x
		}
		if math.IsInf(im, 0) {
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	// asinh(x) = log(x + sqrt(1 + x*x))
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

// Acos is the arc cosine of x.
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh is the area hyperbolic cosine of x.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return mulI(w)
	}
	return mulNegI(w)
}

// Atan is the arc tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	re2 := re * re
	den := 1 - re2 - im*im
	if den == 0 {
		return NaN()
	}
	w := reducePi(0.5 * math.Atan2(2*re, den))
	below := im - 1
	b := re2 + below*below
	if b == 0 {
		return NaN()
	}
	above := im + 1
	return complex(w, 0.25*math.Log((re2+above*above)/b))
}

// Atanh is the area hyperbolic tangent of x, computed as -i atan(ix).
func Atanh(x complex128) complex128 { return mulNegI(Atan(mulI(x))) }
