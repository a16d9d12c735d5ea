// Only string, []byte (or types of those kinds) and embed.FS can be embedded into, and a string
// or []byte takes exactly one file.
package main

import (
	_ "embed"
	"fmt"
)

//go:embed a.txt
var count int

//go:embed a.txt b.txt
var both string

//go:embed *.txt
var lines []string

func main() {
	fmt.Println(count, both, lines)
}
