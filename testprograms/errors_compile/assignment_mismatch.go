// Compile error: assigning two results to one variable.
package main

import (
	"fmt"
	"strconv"
)

func parsePair(a, b string) (int, int, error) {
	x, err := strconv.Atoi(a)
	if err != nil {
		return 0, 0, err
	}
	y, err := strconv.Atoi(b)
	return x, y, err
}

func main() {
	n := strconv.Atoi("42")
	x, y, err := parsePair("1", "2")
	fmt.Println(n, x, y, err)
}
