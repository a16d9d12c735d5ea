// Compile error: calling a function with fewer arguments than parameters.
package main

import (
	"fmt"
	"strings"
)

func pad(s string, width int, fill rune) string {
	if len(s) >= width {
		return s
	}
	return s + strings.Repeat(string(fill), width-len(s))
}

func main() {
	for _, w := range []string{"go", "gopher"} {
		fmt.Printf("[%s]\n", pad(w, 8))
	}
}
