// Errors the grammar lets through (go x + 1, range in an if header) stop the AST builder; Go's
// parser goes on and reports the errors after them, as here.
package main

func main() {
	go l + 1
	if x := range y {
	}
}
