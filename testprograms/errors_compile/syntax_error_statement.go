// Syntax error: an assignment at package level, where only declarations are allowed.
package main

import (
	"fmt"
	"strings"
)

var (
	greeting = "hello"
	count    = 0
)

count = 3

func repeat(s string, n int) string {
	return strings.TrimSpace(strings.Repeat(s+" ", n))
}

func main() {
	fmt.Println(repeat(greeting, count))
	for i := 1; i <= 3; i++ {
		fmt.Println(i, repeat("go", i))
	}
}
