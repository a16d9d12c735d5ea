// Floating point values and how fmt prints them: shortest representation for %v with the
// switch to exponent form at 1e21 and below 1e-4, float32 printed at float32 precision,
// NaN, infinities, negative zero, rounding, and conversions to integers.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2 + 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1234567.0, 123456789.0,
		1e20, 1e21, 1e100, 0.001, 0.0001, 0.00001, 1.5e-7, 6.02214076e23, 299792458, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, float64(1 << 53), float64(1<<53 + 1), 9007199254740993, 0.5, 2.5e-5}
	for _, v := range vals {
		fmt.Println(v, "|", strconv.FormatFloat(v, 'g', -1, 64), "|", fmt.Sprintf("%e|%.3f|%g|%G|%.3g|%8.2f|%-9.1e|", v, v, v, v, v, v, v))
	}

	f32 := []float32{0.1, 0.2, 1.0 / 3, 16777216, 16777217, 1e10, 3.4e38, 1e-45, 0.3}
	for _, v := range f32 {
		fmt.Println(v, float64(v), fmt.Sprintf("%v %g %.10f", v, v, v))
	}
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println("ten 0.1 sums:", sum32, sum64, sum32 == 1, sum64 == 1)

	nan := math.NaN()
	inf := math.Inf(1)
	negZero := math.Copysign(0, -1)
	fmt.Println(nan, inf, -inf, negZero, 1/negZero, -0.0)
	fmt.Printf("%v %.2f %e %g %5.1f|%-6v|%+v\n", nan, inf, -inf, negZero, nan, inf, inf)
	fmt.Println("nan==nan:", nan == nan, "nan<1:", nan < 1, "nan!=nan:", nan != nan, "negZero==0:", negZero == 0)
	fmt.Println("inf-inf:", inf-inf, "inf*0:", inf*0, "1/inf:", 1/inf, "-1/inf:", -1/inf)
	zero := 0.0
	fmt.Println("x/0:", 1/zero, -1/zero, zero/zero)

	// Float to integer conversion truncates toward zero.
	for _, v := range []float64{2.9, -2.9, 0.5, -0.5, 1e15 + 0.75} {
		fmt.Print(int64(v), " ")
	}
	fmt.Println()
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.RoundToEven(2.5))
	fmt.Println(float32(16777217.0), float64(float32(0.1)) == 0.1, float32(0.1) == 0.1)
	fmt.Printf("%.20f %.0f %.0f %.0f %.1f\n", 0.1, 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("%08.3f|%+.2e|% .3f|%x|%X\n", -3.14159, 12345.678, 2.0, 1.0, 255.5)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(1e21, 'f', 0, 64), strconv.FormatFloat(123.456, 'e', 2, 64))
	bits := math.Float64bits(1.5)
	fmt.Printf("bits(1.5)=%#x frombits=%v f32bits(0.1)=%#x\n", bits, math.Float64frombits(bits+1), math.Float32bits(0.1))
	fmt.Println(math.MaxFloat32, math. .SmallestNonzeroFloat32, float32(math.MaxFloat32))
	c := complex(1.5, -0.25)
	fmt.Println(c, complex64(c), real(c)*imag(c))
	fmt.Printf("%.2f %v %g\n", c, complex(nan, inf), complex(0, 1e21))
}
