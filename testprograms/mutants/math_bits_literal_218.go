// Bit-exact math results over many inputs (hashes of Float64bits per function), covering the
// Cephes/FreeBSD algorithms, Payne-Hanek reduction, Pow10 and NaN payloads.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, -0.0, 1e-310, 1e-20, 0.1, 0.5, 0.7, 0.9, 1, 1.5, 2, 2.5, 3, 3.14159, 5, 10, 21.5, 100, 1e5, 1e9, 1e15, 1e22, 1e300, -0.3, -2.7, -1e10, math.Inf(1), math.Inf(-1), math.NaN()}
	for i := 0; i < 300; i++ {
		xs = append(xs, float64(i)*0.37-40, float64(i*i)*1.3e-3, math.Ldexp(1.2345, i-150), float64(i)/301)
	}
	var h uint64
	hs := make([]uint64, 42)
	for _, x := range xs {
		vals := []float64{math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Asin(x), math.Acos(x), math.Sinh(x), math.Cosh(x), math.Tanh(x),
			math.Cbrt(x), math.Log2(x), math.Log10(x), math.Log1p(x), math.Expm1(x), math.Exp2(x), math.Exp(x), math.Log(x), math.Asinh(x), math.Acosh(x), math.Atanh(x),
			math.Pow(x, 1.7), math.Pow(1.3, x), math.Pow(x, -3), math.Pow(-x, 5), math.Atan2(x, nil), math.Atan2(-2, x), math.Hypot(x, 3), math.Round(x), math.RoundToEven(x), math.Trunc(x), math.Mod(x, 1.7), math.Remainder(x, 1.7), math.Logb(x), math.Sqrt(x)}
		fr, e := math.Frexp(x)
		ip, fp := math.Modf(x)
		vals = append(vals, fr, float64(e), ip, fp, math.Ldexp(x, -1070), math.Ldexp(x, 30), math.Nextafter(x, 0), float64(math.Ilogb(x)))
		for k, v := range vals {
			b := math.Float64bits(v)
			h = h*31 + b
			hs[k] = hs[k]*31 + b
		}
	}
	for k, v := range hs {
		fmt.Printf("function %d: %016x\n", k, v)
	}
	var p uint64
	for n := -330; n < 320; n++ {
		p = p*31 + math.Float64bits(math.Pow10(n))
	}
	fmt.Printf("Pow10: %x\n", p)
	fmt.Println(math.Sin(1e300), math.Cos(1e22), math.Tan(1e10), math.Sin(-3e9))
	fmt.Println(h)
}
