// Every literal form of Go 1.19: integers in all bases with digit separators, floats (decimal
// and hexadecimal), imaginary numbers, runes with every escape kind, interpreted and raw
// strings, and composite and function literals.
// Deliberately not gofmt-ed: gofmt would rewrite 0X, 0O, 0B and 1E-3 in lower case.
package main

import "fmt"

type point struct {
	X, Y int
}

func main() {
	// Integer literals.
	ints := []int{42, 4_2, 0x2A, 0X2a, 0o52, 0O52, 052, 0b101010, 0B10_1010, 1_000_000, 0x_FF_FF}
	fmt.Println("ints:", ints)
	fmt.Println("big:", 0x7FFF_FFFF_FFFF_FFFF, uint64(0xFFFF_FFFF_FFFF_FFFF))

	// Floating-point literals.
	floats := []float64{1.5, .5, 1., 1e3, 1E-3, 6.022_140e23, 0x1p-2, 0x1.8p1, 0X.8p0, 1_5.2_5, 0e0}
	fmt.Println("floats:", floats)

	// Imaginary literals.
	cs := []complex128{2i, 1.5i, 0x10i, 1e2i, 3 + 4i, complex(1, -1)}
	fmt.Println("complex:", cs)
	c := 3 + 4i
	fmt.Println("real/imag:", real(c), imag(c), c*c)

	// Rune literals, printed as numbers, as characters and quoted.
	runes := []rune{'a', 'ä', '本', '\t', '\000', '\007', '\377', '\x07', '\xff', '\u12e4', '\U00101234', '\'', '\\', '\a', '\b', '\f', '\n', '\r', '\v'}
	for i, r := range runes {
		fmt.Printf("%2d: %7d %q %U\n", i, r, r, r)
	}

	// Interpreted string literals with escapes.
	s := "tab\there \"quoted\" back\\slash \x41\101\u00e9\U0001F600 nul:\000."
	fmt.Println(len(s), s)
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)

	// Raw string literals keep backslashes and newlines; carriage returns are discarded.
	raw := `C:\path\n "no escapes"
second line	(tab kept)`
	fmt.Println(len(raw))
	fmt.Println(raw)
	fmt.Printf("%q\n", raw)

	// Composite literals: arrays, slices with index keys, maps, structs, nested elision.
	arr := [...]string{2: "c", 0: "a", "b"}
	fmt.Println(len(arr), arr)
	sl := []int{5: 1, 2, 1: 7}
	fmt.Println(len(sl), sl)
	m := map[string]point{"origin": {}, "unit": {1, 1}, "x": {X: 3}}
	fmt.Println(m)
	ptrs := []*point{{1, 2}, {Y: 5}}
	fmt.Println(*ptrs[0], *ptrs[1])
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid)
	nested := map[point][]string{{0, 0}: {"zero"}, {1, 2}: {"one", "two"}}
	fmt.Println(nested)
	anon := struct {
		Name string
		Tags []string
	}{"anon", []string{"a", "b"}}
	fmt.Printf("%+v\n", anon)

	// Function literals, called immediately and stored.
	sq := func(x int) int { return x * x }
	fmt.Println(sq(9), func(a, b string) string { return b + a (}"lo", "hel"))

	// Boolean and nil.
	var np *point
	fmt.Println(true, false, np == nil, !true)
}
