// math/big Int: arithmetic, division kinds, bit operations on negatives, Exp, GCD cofactors,
// ModInverse, Sqrt, ProbablyPrime, conversions (Text, SetString, bytes) and fmt verbs.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

func n(s string) *big.Int {
	z, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad number " + s)
	}
	return z
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v\n", name, r)
		}
	}()
	f()
}

func main() {
	// factorial and Fibonacci, the classic demos
	f := big.NewInt(1)
	for i := int64(1); i <= 50; i++ {
		f.Mul(f, big.NewInt(i))
	}
	fmt.Println("50! =", f, len(f.String()), f.BitLen())
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < 300; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println("fib(300) =", a)

	vals := []*big.Int{n("0"), n("1"), n("-1"), n("7"), n("-7"), n("12345678901234567890123"), n("-98765432109876543210"), n("0x1_0000_0000_0000_0000"), n("-3")}
	for _, x := range vals {
		for _, y := range vals {
			s := new(big.Int).Add(x, y)
			d := new(big.Int).Sub(x, y)
			p := new(big.Int).Mul(x, y)
			fmt.Print(x, " ", y, ": ", s, d, p, x.Cmp(y), x.CmpAbs(y))
			if y.Sign() != 0 {
				q, r := new(big.Int).QuoRem(x, y, new(big.Int))
				e, m := new(big.Int).DivMod(x, y, new(big.Int))
				fmt.Print(" qr ", q, r, " dm ", e, m, new(big.Int).Quo(x, y), new(big.Int).Rem(x, y), new(big.Int).Div(x, y), new(big.Int).Mod(x, y))
			}
			fmt.Print(" bits ", new(big.Int).And(x, y), new(big.Int).Or(x, y), new(big.Int).Xor(x, y), new(big.Int).AndNot(x, y))
			g, gx, gy := new(big.Int), new(big.Int), new(big.Int)
			g.GCD(gx, gy, x, y)
			fmt.Println(" gcd", g, gx, gy)
		}
		fmt.Println(" not", new(big.Int).Not(x), "neg", new(big.Int).Neg(x), "abs", new(big.Int).Abs(x), "sign", x.Sign(),
			"lsh", new(big.Int).Lsh(x, 70), "rsh", new(big.Int).Rsh(x, 3), "bitlen", x.BitLen(), "tz", x.TrailingZeroBits(),
			"bit", x.Bit(0), x.Bit(1), x.Bit(100), "i64", x.Int64(), x.IsInt64(), "u64", x.Uint64(), x.IsUint64())
	}
	fmt.Println(new(big.Int).SetBit(big.NewInt(-8), 1, 1), new(big.Int).SetBit(big.NewInt(5), 0, 0), new(big.Int).SetBit(big.NewInt(0), 130, 1))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(100), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(100), big.NewInt(1000000007)))
	for _, c := range [][3]int64{{2, 0, 1}, {2, 0, 0}, {-2, 3, 5}, {-2, 3, 0}, {3, -2, 7}, {-3, -1, 7}, {2, -2, 4}, {2, -2, 0}, {0, 0, 5}, {5, 3, -7}, {-5, 2, -7}} {
		var m *big.Int
		if c[2] != 0 {
			m = big.NewInt(c[2])
		}
		fmt.Print(new(big.Int).Exp(big.NewInt(c[0]), big.NewInt(c[1]), m), " ")
	}
	fmt.Println()
	for _, c := range [][2]int64{{3, 7}, {-3, 7}, {3, -7}, {4, 8}, {1, 1}, {10, 17}, {0, 5}} {
		fmt.Print(new(big.Int).ModInverse(big.NewInt(c[0]), big.NewInt(c[1])), " ")
	}
	fmt.Println()
	for _, c := range [][2]string{{"240", "46"}, {"46", "240"}, {"-240", "46"}, {"240", "-46"}, {"17", "17"}, {"0", "-5"}, {"-5", "0"}, {"0", "0"}, {"123456789012345678901234567890", "987654321098765432109876543210"}} {
		x, y := new(big.Int), new(big.Int)
		g := new(big.Int).GCD(x, y, n(c[0]), n(c[1]))
		g2 := new(big.Int).GCD(nil, nil, n(c[0]), n(c[1]))
		fmt.Println("GCD", c, g, x, y, g2)
	}
	fmt.Println(new(big.Int).Sqrt(n("1000000000000000000000000000000")), new(big.Int).Sqrt(big.NewInt(99)), new(big.Int).Sqrt(big.NewInt(0)))
	for _, s := range []string{"0", "1", "2", "97", "561", "1000000007", "170141183460469231731687303715884105727", "170141183460469231731687303715884105729", "-7"} {
		fmt.Print(n(s).ProbablyPrime(20), " ")
	}
	fmt.Println(big.NewInt(97).ProbablyPrime(0))
	fmt.Println(new(big.Int).Binomial(52, 5), new(big.Int).Binomial(3, 5), new(big.Int).Binomial(-3, 2), new(big.Int).MulRange(-3, 2), new(big.Int).MulRange(5, 3), new(big.Int).MulRange(-5, -3))

	// conversions
	x := n("-0x1fffffffffffffffffff")
	for _, base := range []int{2, 8, 10, 16, 36, 37, 62} {
		fmt.Println(base, x.Text(base), string(x.Append([]byte("x="), base)))
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"123", 10}, {"-0b1010", 0}, {"0o17", 0}, {"017", 0}, {"0x_dead_BEEF", 0}, {"1_000", 0}, {"1__0", 0}, {"_1", 0}, {"1_", 0}, {"0_7", 0}, {"08", 0}, {"0", 0}, {"-0", 0},
		{"+42", 0}, {"", 10}, {"-", 10}, {"0x", 0}, {"zz", 36}, {"ZZ", 36}, {"zZ", 62}, {"1_000", 10}, {"12a", 10}, {" 1", 10}, {"ff", 16}, {"0xff", 16}, {"9", 8}} {
		z, ok := new(big.Int).SetString(c.s, c.base)
		fmt.Printf("SetString(%q, %d) = %v %v\n", c.s, c.base, z, ok)
	}
	y := n("-255")
	fmt.Printf("%v %d %s %x %X %o %O %b %#x %#o %#b %+d % d %8d|%-8d|%08d %.5d %8.5d %q\n", y, y, y, y, y, y, y, y, y, y, y, big.NewInt(5), big.NewInt(5), y, y, y, y, y, y)
	fmt.Printf("%.0d|%.0d|%5.0d|%v|%x\n", big.NewInt(0), big.NewInt(1), big.NewInt(0), []*big.Int{big.NewInt(1), y}, big.NewInt(3000))
	var nilInt *big.Int
	fmt.Println(nilInt, nilInt.String())
	fmt.Printf("%v %d %s\n", nilInt, nilInt, nilInt)
	bs := n("0x0102030405060708090a").Bytes()
	fmt.Printf("%x %v %x\n", bs, new(big.Int).SetBytes([]byte{0, 0, 1, 2}), big.NewInt(258).FillBytes(make([]byte, 4)))
	fmt.Println(new(big.Int).SetBytes(bs), big.NewInt(-9).Bits(), new(big.Int).SetBits([]big.Word{1, 2}), new(big.Int).SetUint64(1<<63))
	var z big.Int
	fmt.Printf("%v %+v %s\n", z, *big.NewInt(-5), z.String())
	t, _ := big.NewInt(-42).MarshalText()
	j, _ := (*big.Int)(nil).MarshalJSON()
	var u big.Int
	fmt.Println(string(t), string(j), u.UnmarshalText([]byte("0x10")), &u, u.UnmarshalJSON([]byte("1e3")), u.UnmarshalJSON([]byte("null")), &u)
	var s1, s2 big.Int
	k, err := fmt.Sscan("123456789012345678901234567890 -0x10", &s1, &s2)
	fmt.Println(k, err, &s1, &s2)
	_, err = fmt.Sscanf("zz", "%d", &s1)
	fmt.Println(err)

	try("Quo", func() { new(big.Int).Quo(big.NewInt(1), big.NewInt(0)) })
	try("Mod", func() { new(big.Int).Mod(big.NewInt(1), new(big.Int)) })
	try("Sqrt", func() { new(big.Int).Sqrt(big.NewInt(-4)) })
	try("Bit", func() { big.NewInt(1).Bit(-1) })
	try("SetBit", func() { new(big.Int).SetBit(big.NewInt(1), 1, 2) })
	try("ProbablyPrime", func() { big.NewInt(7).ProbablyPrime(-1) })
	try("FillBytes", func() { n("0x10000").FillBytes(make([]byte, 2)) })
	try("Text", func() { big.NewInt(1).Text(63) })
	fmt.Println(strings.Repeat("=", 10), big.MaxBase)
}
