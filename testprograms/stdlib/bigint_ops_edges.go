// Edge cases of math/big.Int outside text conversion: signs of Abs/Neg/Not, comparison,
// Int64/IsInt64 limits, bits of negative numbers, Exp with negative exponents and moduli,
// GCD and ModInverse with zeros and signs, MulRange/Binomial, byte conversions and panics.
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

func n(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad " + s)
	}
	return v
}

func main() {
	vals := []string{"0", "1", "-1", "7", "-12", "18446744073709551615", "-18446744073709551616",
		"9223372036854775807", "-9223372036854775808", "9223372036854775808", "340282366920938463463374607431768211457"}
	for _, s := range vals {
		x := n(s)
		var a, g, t big.Int
		fmt.Println(s, x.Sign(), a.Abs(x), g.Neg(x), t.Not(x), x.Int64(), x.Uint64(), x.IsInt64(), x.IsUint64(),
			x.BitLen(), x.TrailingZeroBits(), x.Bit(0), x.Bit(3), x.Bit(64), x.Bit(200), x.Bytes(), len(x.Bits()))
		for _, y := range vals {
			fmt.Print(x.Cmp(n(y)), x.CmpAbs(n(y)), " ")
		}
		fmt.Println()
	}
	x := n("-5")
	fmt.Println(x.Cmp(x), new(big.Int).Neg(new(big.Int)).Sign(), new(big.Int).Abs(x), x)
	z := new(big.Int).Set(x)
	z.Neg(z)
	fmt.Println(z, x)
	fmt.Println(new(big.Int).SetInt64(math.MinInt64), new(big.Int).SetUint64(math.MaxUint64), big.NewInt(-0))

	// Exp
	for _, c := range [][3]string{{"2", "10", "0"}, {"2", "10", "1000"}, {"-2", "3", "0"}, {"-2", "3", "5"},
		{"-2", "4", "5"}, {"3", "-1", "7"}, {"3", "-2", "0"}, {"2", "-1", "4"}, {"0", "0", "0"}, {"0", "0", "1"},
		{"5", "0", "3"}, {"-3", "3", "-7"}, {"4", "2", "-5"}, {"123456789", "67", "1000000007"}, {"-3", "-1", "7"}, {"-3", "-3", "7"}, {"7", "0", "1"}} {
		var m *big.Int
		if c[2] != "0" {
			m = n(c[2])
		}
		r := new(big.Int).Exp(n(c[0]), n(c[1]), m)
		r0 := new(big.Int).Exp(n(c[0]), n(c[1]), new(big.Int))
		fmt.Println("exp", c, r, r0)
	}

	// GCD with every nil/non-nil cofactor combination.
	pairs := [][2]string{{"0", "0"}, {"0", "5"}, {"-6", "0"}, {"12", "18"}, {"-12", "18"}, {"12", "-18"},
		{"-12", "-18"}, {"7", "1"}, {"1", "7"}, {"240", "46"}, {"-4", "2"}, {"99999999999999999999", "12345678901234567890"}}
	for _, p := range pairs {
		a, b := n(p[0]), n(p[1])
		var g, x, y big.Int
		g.GCD(&x, &y, a, b)
		var g2, x2, g3, y3 big.Int
		g2.GCD(&x2, nil, a, b)
		g3.GCD(nil, &y3, a, b)
		fmt.Println("gcd", p, &g, &x, &y, &g2, &x2, &g3, &y3, new(big.Int).GCD(nil, nil, a, b), a, b)
	}
	aa := n("30")
	aa.GCD(nil, nil, aa, n("12"))
	fmt.Println("gcd alias", aa)

	for _, p := range [][2]string{{"3", "7"}, {"-3", "7"}, {"3", "-7"}, {"4", "8"}, {"1", "1"}, {"10", "17"}, {"0", "5"}, {"17", "10"}} {
		z := n("99")
		r := z.ModInverse(n(p[0]), n(p[1]))
		fmt.Println("inv", p, r, z)
	}

	for _, p := range [][2]int64{{1, 10}, {5, 3}, {-3, 3}, {0, 0}, {-5, -2}, {-4, -2}, {3, 3}, {-1, -1}, {10, 20}} {
		fmt.Println("mulrange", p, new(big.Int).MulRange(p[0], p[1]))
	}
	for _, p := range [][2]int64{{10, 3}, {10, 7}, {5, 0}, {5, 5}, {5, 6}, {0, 0}, {50, 25}, {4, -1}} {
		fmt.Println("binomial", p, new(big.Int).Binomial(p[0], p[1]))
	}

	for _, s := range []string{"0", "1", "2", "15", "16", "1000000", "340282366920938463463374607431768211457"} {
		fmt.Println("sqrt", s, new(big.Int).Sqrt(n(s)), n(s).ProbablyPrime(0), n(s).ProbablyPrime(5))
	}
	fmt.Println(n("-7").ProbablyPrime(1), n("2305843009213693951").ProbablyPrime(10))

	// Bits
	b := n("-6")
	for i := 0; i < 5; i++ {
		fmt.Print(b.Bit(i))
	}
	fmt.Println()
	for _, s := range []string{"0", "5", "-5", "-8"} {
		for _, i := range []int{0, 1, 3, 70} {
			fmt.Print(new(big.Int).SetBit(n(s), i, 1), " ", new(big.Int).SetBit(n(s), i, 0), " ")
		}
		fmt.Println()
	}
	fmt.Println(new(big.Int).SetBits([]big.Word{5, 0, 0}), new(big.Int).SetBits(nil), len(new(big.Int).SetBits([]big.Word{1, 2, 0}).Bits()))

	// Bytes
	for _, bs := range [][]byte{nil, {0}, {0, 0, 1}, {1, 2, 3, 4, 5, 6, 7, 8, 9}, {255, 255, 255, 255, 255, 255, 255, 255}} {
		v := new(big.Int).SetBytes(bs)
		fmt.Println("bytes", bs, v, v.Bytes(), len(v.Bits()))
	}
	v := n("0x010203")
	fmt.Println(v.FillBytes(make([]byte, 5)), v.FillBytes([]byte{9, 9, 9}), n("-258").Bytes(), n("0").FillBytes([]byte{7, 7}))
	try("fill", func() { v.FillBytes(make([]byte, 2)) })
	try("fill0", func() { v.FillBytes(nil) })
	try("bit", func() { v.Bit(-1) })
	try("setbit", func() { new(big.Int).SetBit(v, -1, 1) })
	try("setbit2", func() { new(big.Int).SetBit(v, 1, 2) })
	try("sqrt", func() { new(big.Int).Sqrt(n("-4")) })
	try("prime", func() { v.ProbablyPrime(-1) })
	try("quo0", func() { new(big.Int).Quo(v, new(big.Int)) })
}
