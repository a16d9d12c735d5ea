package main

import "fmt"

// Malformed line directives after the file's header are reported by the compiler, which then
// keeps the previous position base; the checker still runs.

func main() {
	fmt.Println(total)
}

//line generated.go:abc
func f() int { return "one" }

//line generated.go:0:5
//line generated.go:12:0
//line generated.go:99999999999999999999
//line generated.go:-3
/*line other.go:7:0*/ var v int = 7
//line gen.go:40:2
var w = undefinedName
/*line gen2.go:5
*/
//line:3:
