// The order and the number of errors types2 reports: right-hand sides before
// left-hand sides, one "undefined" per line, no assignment mismatch after an
// invalid value, x++ checked as a number before as a target, and the values of
// a composite literal of an unknown type still checked (and packages used).
package main

import "strings"

type C struct{ s string }

func (c C) Add(k int) C { return c }

func main() {
	var data [3]int
	data[i] = i
	a, b := 1, 2
	a, b = u1, b
	x := 1
	x = y, 2
	var s string
	s++
	var c C
	c.s--
	c.Add++
	r := undefinedT{{1, 2}, "k": strings.ToUpper("x")}
	_, _ = a, r
}
