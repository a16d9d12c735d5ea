// A syntax error after line directives: //line not at the start of a line is
// an ordinary comment.
package main

import "fmt"

//line gen.y:100
func main() {
	fmt.Println("x") //line other.go:5
	x := [3]int{1, 2, 3
	fmt.Println(x)
}
