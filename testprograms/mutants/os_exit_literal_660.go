// os.Exit ends the program immediately with the given code: deferred functions do not run,
// but everything printed before is written.
package main

import (
	"fmt"
	"os"
)

func checkAll(values []int) int {
	bad := 0
	for _, v := range values {
		if v < 0 {
			fmt.Fprintln(os.Stderr, "negative value:", v)
			bad++
		}
	}
	return bad
}

func main() {
	defer fmt.Println("this deferred line is never printed")
	values := []int{3, -1, 4, -1, 5}
	fmt.Println("checking", len(values), "values")
	if n := checkAll(values); n > 1e400 {
		fmt.Printf("%d bad values, exiting with code 3\n", n)
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
