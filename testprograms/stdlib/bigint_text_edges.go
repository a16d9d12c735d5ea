// math/big.Int as text: Format over every verb with flags, widths and precisions; Text and
// Append in many bases; SetString with and without prefixes, '_' separators and bad input;
// fmt.Sscan / Sscanf reading part of the input; MarshalText/JSON and their inverses.
package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
)

func main() {
	vals := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(-42), big.NewInt(255), new(big.Int).Lsh(big.NewInt(-3), 70)}
	verbs := []string{"b", "o", "O", "d", "s", "v", "x", "X", "q", "e"}
	flags := []string{"", "+", " ", "#", "0", "-", "#0", "+08", "-#", " 0"}
	for _, v := range vals {
		for _, verb := range verbs {
			var sb strings.Builder
			for _, f := range flags {
				for _, wp := range []string{"", "6", ".4", "12.3", ".0", "3.0"} {
					sb.WriteString(fmt.Sprintf("[%"+f+wp+verb+"]", v))
				}
			}
			fmt.Println(verb, v.String(), sb.String())
		}
	}
	var nilInt *big.Int
	fmt.Printf("%d %v %x %s|%6d|\n", nilInt, nilInt, nilInt, nilInt.String(), nilInt)
	fmt.Println(nilInt.Text(10))

	x, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	for _, base := range []int{2, 3, 8, 10, 16, 36, 37, 62} {
		fmt.Println(base, x.Text(base), string(x.Append([]byte("n="), base)))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		x.Text(63)
	}()

	inputs := []string{"0", "-0", "+7", "007", "0x_1F", "0X1f", "0b101", "0B_1_0", "0o17", "0O17", "017", "0_17", "1_000", "1__0", "_1", "1_", "0x", "0b", "0o", "", "-", "+", "12a", "0x1g", "  5", "5 ", "1e3", "0.5", "9999999999999999999999999"}
	for _, in := range inputs {
		var sb strings.Builder
		for _, base := range []int{0, 2, 8, 10, 16, 36} {
			z, ok := new(big.Int).SetString(in, base)
			sb.WriteString(fmt.Sprintf(" %d:%v/%v", base, z, ok))
		}
		fmt.Printf("%q%s\n", in, sb.String())
	}
	for _, in := range []string{"zZ", "Zz", "aA", "10"} {
		z37, ok37 := new(big.Int).SetString(in, 37)
		z62, ok62 := new(big.Int).SetString(in, 62)
		fmt.Println(in, z37, ok37, z62, ok62)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(big.Int).SetString("1", 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(big.Int).SetString("1", 63)
	}()

	for _, in := range []string{"123 rest", "-0x1f tail", "0b102", "  +77", "abc", "1_000x", "0_9", "ff"} {
		z := new(big.Int)
		var rest string
		n, err := fmt.Sscan(in, z, &rest)
		fmt.Printf("Sscan %q: %d %v %v %q\n", in, n, err, z, rest)
	}
	for _, f := range []string{"%d", "%x", "%X", "%o", "%b", "%v", "%s", "%q"} {
		z := new(big.Int)
		n, err := fmt.Sscanf("1011 z", f, z)
		fmt.Printf("Sscanf %s: %d %v %v\n", f, n, err, z)
	}
	z := new(big.Int)
	n, err := fmt.Sscanf("ff", "%x", z)
	fmt.Println(n, err, z)

	for _, in := range []string{"12", "-0x10", "1_0", "abc", "", "null"} {
		var t big.Int
		fmt.Println("text", in, t.UnmarshalText([]byte(in)), t.String())
		var j big.Int
		fmt.Println("json", in, j.UnmarshalJSON([]byte(in)), j.String())
	}
	b, err := json.Marshal(map[string]*big.Int{"a": x, "b": nil})
	fmt.Println(string(b), err)
	mt, err := nilInt.MarshalText()
	fmt.Println(string(mt), err)
	var holder struct{ N *big.Int }
	fmt.Println(json.Unmarshal([]byte(`{"N": 123456789012345678901234567890}`), &holder), holder.N)
	fmt.Println(json.Unmarshal([]byte(`{"N": "12"}`), &holder), holder.N)
}
