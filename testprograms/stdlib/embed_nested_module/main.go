// Files of another module (a folder with its own go.mod) cannot be embedded.
package main

import (
	_ "embed"
	"fmt"
)

//go:embed plugin/README
var readme string

func main() {
	fmt.Print(readme)
}
