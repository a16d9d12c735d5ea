// Compile error: operands print as types2 describes them: range over a string yields runes, string
// indexing yields bytes, map index and comma-ok expressions are named as such.
package main

import (
	"fmt"
	"strings"
)

func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		var first string = w[0]
		b.WriteString(first)
	}
	return b.String()
}

func main() {
	counts := map[string]rune{}
	for _, r := range "hello" {
		var s string = r
		counts[s]++
	}
	var total string = counts["l"]
	var any1 interface{} = 3
	var n string = any1.(int)
	ch := make(chan byte, 1)
	var c string = <-ch
	letters := []rune("abc")
	var l string = letters[1]
	mark := 'x'
	var m string = mark
	fmt.Println(initials([]string{"go"}), total, n, c, l, m)
}
