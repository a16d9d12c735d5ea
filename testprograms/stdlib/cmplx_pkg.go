// math/cmplx: the Go tour's basic types, every function on ordinary and special values, and
// complex numbers in fmt's verbs.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

func main() {
	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)

	inf, nan := math.Inf(1), math.NaN()
	values := []complex128{
		0, complex(math.Copysign(0, -1), 0), 1, -1, 1i, -1i, 2 + 3i, -2.5 + 0.5i, 0.5 - 0.25i,
		3 - 4i, 1e300 + 1e300i, 1e-300 - 1e-310i, 100 + 0.001i, math.Pi/2 + 1e-9i, math.Pi + 0.5i,
		complex(inf, 0), complex(-inf, 1), complex(0, inf), complex(1, -inf), complex(inf, inf),
		complex(nan, 0), complex(0, nan), complex(nan, inf), complex(inf, nan), complex(nan, nan),
		complex(2e9, 0.1), complex(1e17, 1e-3),
	}
	funcs := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	for _, fn := range funcs {
		fmt.Print(fn.name, ":")
		for _, v := range values {
			fmt.Print(" ", fn.f(v))
		}
		fmt.Println()
	}
	for _, v := range values {
		r, th := cmplx.Polar(v)
		fmt.Println(v, cmplx.Abs(v), cmplx.Phase(v), r, th, cmplx.IsInf(v), cmplx.IsNaN(v))
	}
	// Near the poles Tan and Cot sum a series; beyond 2^30 its argument is reduced with the bits of 1/Pi.
	for _, re := range []float64{math.Pi / 2, 3 * math.Pi / 2, math.Pi, float64(1<<31)*math.Pi + math.Pi/2, 1e12 * math.Pi, 5e15} {
		for _, im := range []float64{0, 1e-3, -0.01, 0.1} {
			v := complex(re, im)
			fmt.Println("poles", v, cmplx.Tan(v), cmplx.Cot(v), cmplx.Atan(v), cmplx.Tanh(v))
		}
	}
	fmt.Println(cmplx.Rect(2, math.Pi/3), cmplx.Rect(1, 0), cmplx.Inf(), cmplx.NaN())
	pows := [][2]complex128{
		{0, 0}, {0, 2}, {0, -2}, {0, -2 + 1i}, {0, complex(nan, 0)}, {2, 10}, {1i, 2}, {-8, 1.0 / 3},
		{2 + 3i, 1 - 1i}, {math.E, math.Pi * 1i}, {-1, 0.5}, {1e10, 3}, {3 + 4i, -2},
	}
	for _, p := range pows {
		fmt.Println("Pow", p[0], p[1], "=", cmplx.Pow(p[0], p[1]))
	}

	// Euler's identity, roots of unity, a quadratic with complex roots.
	fmt.Printf("%.3f\n", cmplx.Exp(1i*math.Pi)+1)
	for k := 0; k < 5; k++ {
		fmt.Printf("%.4f ", cmplx.Rect(1, 2*math.Pi*float64(k)/5))
	}
	fmt.Println()
	a, b, c := 1.0, 2.0, 5.0
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	fmt.Println((complex(-b, 0)+d)/complex(2*a, 0), (complex(-b, 0)-d)/complex(2*a, 0))

	// fmt's verbs on complex numbers.
	w := complex(3.14159, -2.71828)
	fmt.Printf("%v|%g|%e|%E|%f|%F|%.2f|%8.2f|%-18.3e|%+.1f|% .1f\n", w, w, w, w, w, w, w, w, w, w, w)
	fmt.Printf("%v %v %v %v\n", complex64(w), complex(inf, -inf), complex(nan, 0), complex(math.Copysign(0, -1), math.Copysign(0, -1)))
	fmt.Printf("%x %X %.3b\n", w, w, 1+2i)
	fmt.Printf("%d %s\n", w, w)
	fmt.Println(fmt.Sprint(w), fmt.Sprintf("%#v", w), fmt.Sprintf("%T %T", w, complex64(w)))
	var sum complex128
	for n := 1; n <= 10; n++ {
		sum += cmplx.Pow(1i, complex(float64(n), 0)) / complex(float64(n), 0)
	}
	fmt.Printf("%.6g\n", sum)
	m := map[complex128]string{1i: "i", -1: "minus one"}
	fmt.Println(m[cmplx.Sqrt(-1)], m[cmplx.Exp(1i*math.Pi)], len(m))
}
