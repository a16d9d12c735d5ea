// fmt verbs with widths, precisions, flags and argument indexes for every kind of value:
// integers, floats, strings, byte slices, booleans, runes, pointers-free composite values,
// and the %v family on structs, slices, maps and nested values.
package main

import (
	"fmt"
	"os"
)

type point struct {
	X, Y int
	Tag  string
}

type inner struct{ A []int }
type outer struct {
	Name string
	In   inner
	M    map[string]bool
	Ptr  *int
	I    interface{}
}

func main() {
	n := 255
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b|\n", n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	neg := -42
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%o|%b|%08.3d|%.5d|\n", neg, neg, neg, neg, neg, neg, neg, neg, neg, neg, neg)
	fmt.Printf("|%c|%q|%U|%#U|%x|%d|\n", 'G', 'G', 'G', 'ö', 'ö', '\n')
	fmt.Printf("|%c|%c|%q|\n", 0x1F600, 65, 0x1F600)
	var u8 uint8 = 200
	var i64 int64 = -1 << 63
	fmt.Printf("|%d|%x|%d|%x|%v|\n", u8, u8, i64, i64, uint64(1<<64-1))

	f := 3.14159265
	fmt.Printf("|%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f|%e|%.2E|%g|%.3g|%10.4g|%G|\n", f, f, f, f, f, f, f, f, f, f, f, 1e-10)
	fmt.Printf("|%v|%v|%v|%.1f|%5.0f|%#g|%#.3x|\n", 1e6, 1e-5, 123456.0, 0.05, 2.5, 1.0, 3.0)
	fmt.Printf("|%6.2f%%|\n", 99.5)

	s := "gopher"
	fmt.Printf("|%s|%10s|%-10s|%.3s|%10.2s|%q|%x|%X|% x|%#q|\n", s, s, s, s, s, s, s, s, s, "back`tick")
	fmt.Printf("|%q|%+q|%#q|%s|\n", "héllo\n", "héllo", "raw", []string{"a", "b"})
	b := []byte("hi!")
	fmt.Printf("|%s|%v|%x|%X|% x|%q|%d|\n", b, b, b, b, b, b, b)
	fmt.Printf("|%t|%v|%5t|%-6t|\n", true, false, true, false)

	p := point{1, -2, "pt"}
	fmt.Printf("|%v|%+v|%#v|%T|\n", p, p, p, p)
	fmt.Printf("|%v|%+v|%#v|\n", &p, &p, []point{p})
	fmt.Printf("|%v|%d|%x|%5v|%q|\n", []int{1, 2, 3}, []int{10, 11}, []int{10, 11}, []int{1, 2}, []string{"x", "y"})
	fmt.Printf("|%v|%#v|%v|%#v|\n", [3]bool{true}, [2]string{"a"}, map[string]int{"z": 1, "a": 2}, map[int]string{2: "b", 1: "a"})
	num := 7
	o := outer{"o", inner{[]int{1}}, map[string]bool{"k": true}, nil, 3.5}
	fmt.Printf("%v\n%+v\n", o, o)
	o.Ptr = &num
	fmt.Printf("ptr set: %v\n", o.Ptr != nil)
	fmt.Printf("|%v|%#v|%v|%#v|%T|\n", nil, nil, []interface{}{1, "a", nil, 2.5}, []interface{}{1, "a", nil}, []interface{}{})
	var e error
	fmt.Printf("|%v|%d|%s|\n", e, []select{}{1, "two"}, []interface{}{1, "two"})
	fmt.Printf("|%v|%.2v|%6.1v|\n", 1+2i, 1.234+5.678i, 2i)

	// Argument indexes and star widths.
	fmt.Printf("%[2]d %[1]d %[2]d %d\n", 10, 20, 30)
	fmt.Printf("%[1]x %[1]o %[1]b %#[1]x\n", 64)
	fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", 6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)

	// Sprint, Sprintln and Fprint* spacing rules.
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Println("a", "b", 1, 2)
	str := fmt.Sprint("x", 1, 2, "y", nil, 'z')
	fmt.Printf("%q\n", str)
	fmt.Printf("%q\n", fmt.Sprintln("end", 1))
	fmt.Fprintln(os.Stdout, "to stdout", 42)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 42)
	k, err := fmt.Printf("%s\n", "counted")
	fmt.Println(k, err)
}
