package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var x any = 1
	x.Foo()
}
