// Syntax error: else on its own line after a closing brace (automatic semicolon insertion
// ends the if statement at the brace).
package main

import (
	"fmt"
	"strconv"
)

func parity(n int) string {
	if n%2 == 0 {
		return "even"
	}
	else {
		return "odd"
	}
}

func describe(nums []int) []string {
	var out []string
	for _, n := range nums {
		out = append(out, strconv.Itoa(n)+" is "+parity(n))
	}
	return out
}

func main() {
	for _, line := range describe([]int{1, 2, 3, 10}) {
		fmt.Println(line)
	}
}
