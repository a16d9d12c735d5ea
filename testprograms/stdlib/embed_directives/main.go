// The compiler's rules for where //go:embed may stand and what it may fill.
package main

import (
	"embed"
	"fmt"
)

//go:embed a.txt
func helper() {}

//go:embed a.txt
var withValue = "x"

//go:embed a.txt
var first, second string

//go:embed a.txt
var (
	grouped string
)

//go:embed "a.txt
var quoted embed.FS

//go:embed
var none embed.FS

func main() {
	//go:embed a.txt
	var local string
	fmt.Println(withValue, first, second, grouped, quoted, none, local)
	helper()
}
