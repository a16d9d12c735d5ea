// Edge cases of math/big.Rat: zero values, sign handling, division by zero, SetFloat64 of
// subnormals and huge values, FloatString rounding, SetString forms and their failures.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	var zero big.Rat
	fmt.Println(zero.String(), zero.RatString(), zero.FloatString(2), zero.IsInt(), zero.Sign(), zero.Denom(), zero.Num())
	var c big.Rat
	c.Set(&zero)
	fmt.Println(c.String(), new(big.Rat).Abs(&zero), new(big.Rat).Neg(&zero), new(big.Rat).Mul(&zero, big.NewRat(3, 4)))
	fmt.Println(new(big.Rat).Add(&zero, &zero), new(big.Rat).Sub(&zero, big.NewRat(1, 3)), zero.Cmp(big.NewRat(-1, 9)))

	for _, p := range [][2]int64{{6, -4}, {-6, -4}, {0, -5}, {7, 1}, {math.MinInt64, -1}, {-3, 9}} {
		r := big.NewRat(p[0], p[1])
		var a, n, i big.Rat
		a.Abs(r)
		n.Neg(r)
		fmt.Println(p, r, r.RatString(), &a, &n, r.IsInt(), r.Sign(), r.Num(), r.Denom())
		if r.Sign() != 0 {
			i.Inv(r)
			fmt.Println("  inv", &i, i.Denom())
		}
		for _, prec := range []int{0, 1, 3} {
			fmt.Print(" ", r.FloatString(prec))
		}
		fmt.Println()
	}
	for _, s := range []string{"1/2", "-5/10", "+3/6", "0/7", "4/0", "1/-2", "1/+2", "0x10/4", "1/0x10", "1/2/3", "/2", "1/", "1.5",
		"-0.125", "1e3", "1.5e-3", "1_000.5", "1__0", "_1", "1_", ".5", "5.", ".", "-", "", "1e", "1e+", "1e_1", "1e1_0", "1E-2", "0.000",
		"-0", "12abc", " 1", "1 ", "3/4 ", "1e1000001", "007", "-1/3"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Printf("%q %v %v\n", s, r, ok)
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -2.5, 0.1, 1e300, 5e-324, math.MaxFloat64, -math.SmallestNonzeroFloat64, math.Inf(1), math.NaN()} {
		r := new(big.Rat).SetFloat64(f)
		if r == nil {
			fmt.Println(f, "nil")
			continue
		}
		f2, exact := r.Float64()
		f3, exact3 := r.Float32()
		fmt.Println(f, len(r.String()), r.Sign(), f2, exact, f3, exact3)
	}
	for _, p := range [][3]int64{{1, 3, 2}, {2, 3, 0}, {-2, 3, 0}, {-1, 2, 0}, {1, 2, 0}, {-5, 2, 0}, {5, 8, 2}, {-5, 8, 2}, {1, 7, 10}, {999, 1000, 2}, {-999, 1000, 2}, {19, 2, -1}, {5, 1, 3}} {
		fmt.Println("fs", p, big.NewRat(p[0], p[1]).FloatString(int(p[2])))
	}
	x := big.NewRat(3, 4)
	x.Mul(x, x)
	y := big.NewRat(1, 2)
	y.Quo(y, y)
	z := big.NewRat(2, 3)
	z.Add(z, z)
	fmt.Println(x, y, z, new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-4)), new(big.Rat).SetInt(big.NewInt(-8)), new(big.Rat).SetInt64(-9), new(big.Rat).SetUint64(math.MaxUint64))
	fmt.Println(big.NewRat(1, 3).Cmp(big.NewRat(2, 6)), big.NewRat(-1, 3).Cmp(big.NewRat(1, 3)), big.NewRat(5, 3).Cmp(big.NewRat(3, 2)))
	for _, t := range []string{"3/4", "5", "x", "1/0", ""} {
		var r big.Rat
		err := r.UnmarshalText([]byte(t))
		out, _ := r.MarshalText()
		fmt.Printf("%q %v %s\n", t, err, out)
	}
	try("frac64", func() { big.NewRat(1, 0) })
	try("frac", func() { new(big.Rat).SetFrac(big.NewInt(1), new(big.Int)) })
	try("inv", func() { new(big.Rat).Inv(&zero) })
	try("quo", func() { new(big.Rat).Quo(big.NewRat(1, 2), &zero) })
}
