// Errors around dot imports: an unused one, a package-level name that clashes with a
// dot-imported one, and an unexported name the dot import does not bring in.
package main

import (
	. "example.com/dotimporterror/units"
	"fmt"
	. "os"
)

func Double(x int) int { return x * 2 }

func main() {
	fmt.Println(Meter(Kilo), half(3))
}
