// //go:embed needs an import of "embed" in the same file, even for a string.
package main

import "fmt"

//go:embed motd.txt
var motd string

func main() {
	fmt.Print(motd)
}
