// The strconv package: integer parsing and formatting in many bases with range and syntax
// errors, float parsing and formatting, booleans, quoting and unquoting, and Append*.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "007", "1_000", "", " 5", "99999999999999999999", "0x1F", "12a"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	type pi struct {
		s    string
		base int
		bits int
	}
	for _, c := range []pi{{"ff", 16, 64}, {"-80", 16, 8}, {"80", 16, 8}, {"0x_1F", 0, 64}, {"0b1011", 0, 64}, {"0o17", 0, 64},
		{"017", 0, 64}, {"1_000", 0, 64}, {"zz", 36, 64}, {"12", 2, 64}, {"9223372036854775808", 10, 64}, {"-129", 10, 8}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("NumError:", numErr.Func, numErr.Num, numErr.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("999", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange))

	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-123456, base), " ", strconv.FormatUint(123456, base), " ")
	}
	fmt.Println()
	fmt.Println(strconv.Itoa(-0), strconv.Itoa(1<<40))

	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", ".5", "1_000.5", "0x1p-2", "1e400", "abc", "2.5e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 2i)
	fmt.Println(f32, err, float32(f32))

	v := 1234.5678
	for _, fm := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Print(strconv.FormatFloat(v, fm, -1, 64), " ", strconv.FormatFloat(v, fm, 2, 64), " ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(0.000001234, 'g', 3, 64), strconv.FormatFloat(123456789, 'g', 4, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))

	for _, s := range []string{"true", "T", "1", "false", "F", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))

	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é ☺ \x00 \xff"))
	fmt.Println(strconv.QuoteToASCII("é ☺ \u2028"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteToGraphic("\u00a0x"))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`, `'ab'`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, s, err)
	}
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"), strconv.IsPrint('\u00a0'))

	buf := []byte("nums:")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ',')
	buf = strconv.AppendFloat(buf, 1.5, 'g', -1, 64)
	buf = append(buf, ',')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ',')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
}
