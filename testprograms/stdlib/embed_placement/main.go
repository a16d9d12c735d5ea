// Where //go:embed may stand: on one package-level variable with a type and no value. Go checks
// this after type checking, and reports every misplaced directive at once.
package main

import (
	"embed"
	"fmt"

	"example.com/embed_placement/assets"
)

//go:embed a.txt
func helper() {}

//go:embed a.txt
var withValue = "x"

//go:embed a.txt
var first, second string

//go:embed a.txt
type note string

//go:embed a.txt
const c = 1

func main() {
	//go:embed a.txt
	var local string
	var (
		//go:embed a.txt
		inGroup string
	)
	var fs embed.FS
	fmt.Println(withValue, first, second, local, inGroup, fs, assets.Page, note(""), c)
	helper()
}
