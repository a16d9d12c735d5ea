// Recursion through a method value called inside a closure never ends: Go stops it at the
// 1 GB stack limit with "fatal error: stack overflow" (exit 2), like any other recursion.
package main

import "fmt"

type counter struct{ calls int }

func (c *counter) next(n int) int {
	c.calls++
	step := func() int {
		f := c.next // a method value, made anew in each frame
		return f(n+1) + 1
	}
	return step()
}

func main() {
	c := &counter{}
	fmt.Println("counting")
	fmt.Println(c.next(0))
}
