// Syntax error: a missing closing brace; the parser reaches the end of the file.
package main

import "fmt"

type counter map[string]int

func (c counter) add(words ...string) {
	for _, w := range words {
		c[w]++
	}
}

func main() {
	c := counter{}
	for i := 0; i < 3; i++ {
		c.add("go", "java")
		if i == 2 {
			c.add("truffle")
		}
	fmt.Println(c)
}
