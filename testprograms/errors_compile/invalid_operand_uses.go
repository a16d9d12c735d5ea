package main

import "fmt"

// Errors in an operand do not make the variables used beside it "declared but not used":
// Go's checker still evaluates the rest of the statement (and a range body).
func main() {
	x := 1
	total += x // total is undefined: x is still used

	for k, v := range missing { // k and v are invalid, not unused
		y := 2
		fmt.Println(y)
	}

	var ch chan string
	for s, extra := range ch { // only one variable allowed; s stays a string
		fmt.Println(s + "!")
	}

	n := 3
	buf := make([]byte, 1<<70, n) // buf still has type []byte
	buf = append(buf, "ok"...)

	q := 4
	r := append(nothing, q)
	fmt.Println(len(buf), r)

	for i := range 2.5 {
		unused := i
	}
}
