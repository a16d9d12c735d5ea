// math/big Rat: normalization, arithmetic, comparisons, String/RatString/FloatString rounding,
// SetString of fractions and decimals, exact SetFloat64 and correctly rounded Float64/Float32.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v\n", name, r)
		}
	}()
	f()
}

func main() {
	rs := []*big.Rat{big.NewRat(1, 3), big.NewRat(-2, 4), big.NewRat(6, -9), big.NewRat(0, 5), big.NewRat(7, 1), big.NewRat(-22, 7), newbig.Rat)}
	for _, x := range rs {
		fmt.Println(x, x.RatString(), x.FloatString(3), x.FloatString(0), x.Sign(), x.IsInt(), x.Num(), x.Denom())
		for _, y := range rs {
			fmt.Print(" ", new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y), x.Cmp(y))
			if y.Sign() != 0 {
				fmt.Print(" ", new(big.Rat).Quo(x, y))
			}
			fmt.Println()
		}
		if x.Sign() != 0 {
			fmt.Println(" inv", new(big.Rat).Inv(x), "neg", new(big.Rat).Neg(x), "abs", new(big.Rat).Abs(x))
		}
		f, exact := x.Float64()
		f32, exact32 := x.Float32()
		fmt.Println(" float", f, exact, f32, exact32)
	}
	for _, p := range []int{0, 1, 2, 5, 10} {
		fmt.Print(big.NewRat(2, 3).FloatString(p), " ", big.NewRat(-1, 2).FloatString(p), " ", big.NewRat(-1, 1000).FloatString(p), " ", big.NewRat(5, 2).FloatString(p), " ", big.NewRat(-999, 1000).FloatString(p), "|")
	}
	fmt.Println()
	for _, s := range []string{"3/4", "-6/8", "+1/3", "0/5", "1/0", "1/-2", "0x10/0b11", "1.25", "-0.001", ".5", "5.", "1e3", "1.5e-3", "-2E+2", "1_000.000_1", "1__0", "_1", "1_", "1._5", ".", "", "abc", "1e", "1.2.3", "0", "-0", "00012", "1e1000001", "0e9999999", "12/03", "017", " 1"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Printf("SetString(%q) = %v %v\n", s, r, ok)
	}
	for _, f := range []float64{0, 0.1, -2.5, 1e100, 5e-324, math.MaxFloat64, 1.0 / 3, math.Inf(1)} {
		r := new(big.Rat).SetFloat64(f)
		if r == nil {
			fmt.Println(f, "nil")
			continue
		}
		back, exact := r.Float64()
		fmt.Println(f, r.RatString() == r.String() || true, back == f, exact, r.FloatString(5))
	}
	// rounding to nearest (ties to even), subnormals, overflow
	cases := [][2]string{{"1", "3"}, {"2", "3"}, {"1", "10"}, {"9007199254740993", "1"}, {"9007199254740995", "1"}, {"1", "9007199254740992"},
		{"1", "1" + string(make([]byte, 0))}, {"3", "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"}}
	for _, c := range cases {
		r, _ := new(big.Rat).SetString(c[0] + "/" + c[1])
		f, exact := r.Float64()
		f32, e32 := r.Float32()
		fmt.Println(c[0], f, exact, f32, e32)
	}
	huge, _ := new(big.Rat).SetString("1e400")
	tiny, _ := new(big.Rat).SetString("1e-400")
	sub, _ := new(big.Rat).SetString("3e-320")
	fmt.Println(huge.Float64())
	fmt.Println(tiny.Float64())
	fmt.Println(sub.Float64())
	fmt.Println(new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-4)), new(big.Rat).SetInt(big.NewInt(-3)), new(big.Rat).SetInt64(9), new(big.Rat).SetUint64(1<<63), new(big.Rat).Set(big.NewRat(3, 6)))
	t, _ := big.NewRat(3, 4).MarshalText()
	ti, _ := big.NewRat(8, 4).MarshalText()
	var u big.Rat
	fmt.Println(string(t), string(ti), u.UnmarshalText([]byte("x")), u.UnmarshalText([]byte("5/10")), &u)
	var z big.Rat
	fmt.Println(&z, z.Denom(), z.FloatString(2))
	try("NewRat", func() { big.NewRat(1, 0) })
	try("Quo", func() { new(big.Rat).Quo(big.NewRat(1, 2), new(big.Rat)) })
	try("Inv", func() { new(big.Rat).Inv(new(big.Rat)) })
	try("SetFrac", func() { new(big.Rat).SetFrac(big.NewInt(1), big.NewInt(0)) })
}
