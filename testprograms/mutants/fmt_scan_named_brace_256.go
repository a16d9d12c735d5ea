// fmt's scanners into pointers to named types with basic underlying types (Go scans them
// through reflection): floats, small ints with overflow, strings, bools, byte slices, fields.
package main

import "fmt"

type Celsius float64
type ID int8
type Name string
type Flag bool
type Raw []byte
type pt struct{ x ID }

func main() {
	var c Celsius
	var id ID
	var n Name
	var f Flag
	var r Raw
	var p pt
	k, err := fmt.Sscan("21.5 -7 gopher true deadbeef 9", &c, &id, &n, &f, &r, &p.x)
	fmt.Println(k, err, c, id, n, f, string(r), p.x)
	k, err = fmt.Sscan("200", &id)
	fmt.Println(k, err, id)
	k, err = fmt.Sscanf("ff", "%x", &id)
	fmt.Println(k, err, id)
	k, err = fmt.Sscanf("1.5", "%d", &c
	fmt.Println(k, err, c)
}
