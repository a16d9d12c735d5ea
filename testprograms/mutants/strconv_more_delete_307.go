package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	// integers
	for _, s := range []string{"42", "-17", "+8", "", "-", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775809", " 1", "1_000", "0x1F"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	type pi struct {
		s       string
		base    int
		bitSize int
	}
	for _, c := range []pi{{"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000_000", 0, 64}, {"1_000", 10, 64},
		{"zz", 36, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8}, {"ff", 16, 16}, {"12", 1, 64}, {"12", 37, 64}, {"12", 10, 65}, {"_12", 0, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		fmt.Println(c.s, n, err)
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "-1", "0xFFFF", "300"} {
		u, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(u, err)
		u8, err := strconv.ParseUint(s, 10, 8)
		fmt.Println(u8, err)
	}
	// floats
	for _, s := range []string{"3.14159", "-0.0", "1e308", "1e309", "-1e400", "1e-400", "inf", "-Infinity", "NaN", "0x1p-2", "1_000.5", "abc", ".5", "5.", "1e", "+.e1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	// bools
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	// error inspection
	_, err = strconv.Atoi("x1")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	fmt.Printf("%v | %s | %q\n", err, err.Error(), ne.Num)
	_, err = strconv.ParseInt("1", 99, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))

	// formatting
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0), .FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(255, 8), strconv.FormatBool(true), strconv.FormatBool(false))
	for _, f := range []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456789.125, 2.5e-320} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(1.0/3, 'f', 5, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))

	// appending
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 42, 16)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'e', -1, 64)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "hi\n")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "☺x")
	b = append(b, ' ')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	fmt.Println(string(b))

	// quoting
	fmt.Println(strconv.Quote("Hello, 世界\t\x00\xff\"\\"), strconv.QuoteToASCII("Hello, 世界"), strconv.QuoteToGraphic("\u00a0x\t"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRuneToGraphic('\u00a0'))
	fmt.Println(strconv.CanBackquote("Fran & Freddie's Diner ☺"), strconv.CanBackquote("`can't`"), strconv.CanBackquote("a\nb"))
	fmt.Println(strconv.IsPrint('\u263a'), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'), strconv.IsPrint('\t'))
	for _, s := range []string{`"Fran & Freddie's Diner\t☺"`, "`raw\\n`", `'☺'`, `"bad`, `'ab'`, `"\u263a\x41\101"`, `"\q"`, `''`, `"a"x`, "`a\rb`"} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`\"x`, '\'')
	fmt.Println(v, mb, tail, err)
	qp, err := strconv.QuotedPrefix(`"quoted" and more`)
	fmt.Println(qp, err)
	_, err = strconv.QuotedPrefix(`no quote`)
	fmt.Println(err)
	fmt.Println(strconv.IntSize)

	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(1, 1)
}
