// Duplicate imports, redeclarations in every kind of block, ~ outside a constraint, builtins
// and packages used as values.
package main

import "fmt"
import "fmt"
import (
	"os"
	os "strings"
)

var fmt = 1

type T int
type T string

func f(p int, p string) {}

func main() {
	x := 1
	var x = 2
	a, a := 1, 2
	y := ~x
	g := len
	fmt.Println(x, a, y, g, os)
}
