// The math package: exact operations printed in full (Sqrt, Floor, Ceil, Trunc, Round, Mod,
// Abs, Max/Min with NaN and signed zeros, Inf, bits), and transcendental functions printed
// with a fixed precision, plus integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	huge := math.MaxFloat64
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1), math.Cbrt(27), math.Hypot(3, 4))
	for _, x := range []float64{2.5, -2.5, 2.4999, -0.5, 0.5, 1e300, math.Inf(-1)} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Remainder(7, 3))
	fmt.Println(math.Abs(-3.2), math.Abs(math.Inf(-1)), math.Copysign(3, -0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Max(math.Inf(-1), -1e308))
	fmt.Println(math.Min(math.Copysign(0, -1), 0), math.Max(math.Copysign(0, -1), 0))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(1, math.NaN()), math.Pow(10, 15))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), -1), math.IsInf(huge*10, 0))
	frac, exp := math.Frexp(40)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4), ip, fp)
	fmt.Println(math.Float64bits(-0.0), math.Float64bits(math.Copysign(0, -1)), math.Float32frombits(0x40490fdb))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter32(1, 2))
	fmt.Println(math.Trunc(1e20), math.Floor(-1e-300), math.Ceil(1e-300))

	// Transcendental functions with a fixed number of digits.
	for _, x := range []float64{0, 0.5, 1, math.Pi / 6, math.Pi / 4, 2} {
		fmt.Printf("x=%.4f sin=%.12f cos=%.12f tan=%.12f exp=%.12f log1p=%.12f atan=%.12f\n",
			x, math.Sin(x), math.Cos(x), math.Tan(x), math.Exp(x), math.Log1p(x), math.Atan(x))
	}
	fmt.Printf("%.12f %.12f %.12f %.12f\n", math.Log(10), math.Log2(1024), math.Log10(0.001), math.Atan2(1, -1))
	fmt.Printf("%.10f %.10f %.10f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Printf("%.10f %.10f %.10f\n", math.Asin(0.5,) math.Acos(0.5), math.Exp2(0.5))
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(1000), math.Exp(-1000), math.Log2(8), math.Log10(1000))

	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt16, math.MaxUint16, math.MaxUint8)
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.Ln2, math.SqrtPi)

	// Integer math by hand: gcd, lcm, integer square root, power mod.
	gcd := func(a, b int) int {
		for b != 0 {
			a, b = b, a%b
		}
		return a
	}
	isqrt := func(n int) int {
		r := int(math.Sqrt(float64(n)))
		for r*r > n {
			r--
		}
		for (r+1)*(r+1) <= n {
			r++
		}
		return r
	}
	powmod := func(b, e, m uint64) uint64 {
		r := uint64(1)
		b %= m
		for e > 0 {
			if e&1 == 1 {
				r = r * b % m
			}
			b = b * b % m
			e >>= 1
		}
		return r
	}
	fmt.Println(gcd(462, 1071), 462*1071/gcd(462, 1071), isqrt(1<<52+12345), isqrt(99), powmod(2, 1000, 1_000_000_007))
}
