// Compile error: a variable declared and never used.
package main

import (
	"fmt"
	"strings"
)

func longestWord(s string) string {
	best := ""
	count := 0
	for _, w := range strings.Fields(s) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func main() {
	fmt.Println(longestWord("the quick brown fox jumps"))
}
