// The go command resolves every //go:embed pattern of the package before compiling, in sorted
// order, and stops at the first that matches nothing.
package main

import (
	"embed"
	"fmt"
)

//go:embed notes.txt
var notes string

//go:embed assets/*.png notes.txt
var assets embed.FS

func main() {
	fmt.Println(notes, assets)
}
