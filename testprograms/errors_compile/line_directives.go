// Line directives (//line at the start of a line, /*line*/ anywhere) set the
// file, line and column Go shows in its messages; without a column the
// column is unknown until the next directive.
package main

import "fmt"

func main() {
	var a int = "x"
//line foo.go:10
	var b int = "y"
//line bar.go:20:5
	var c int = "z"
	/*line :30:7*/ var d int = "w"; var e int = "v"
//line :40
	var f int = "u"
	var g, h int = 1
	fmt.Println(a, b, c, d, e, f, g, h)
}
