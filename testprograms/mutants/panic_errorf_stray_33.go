// Custom panic with a wrapped error from fmt.Errorf.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrParse = errors.New("parse failure")

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Errorf("mustAtoi(%q): %w (%v)", s, ErrParse, err`))
	}
	return n
}

func main() {
	sum := 0
	for _, s := range []string{"10", "20", "x30"} {
		sum += mustAtoi(s)
		fmt.Println("sum so far", sum)
	}
}
