// Compile error: Go methods cannot declare type parameters of their own (only the receiver's
// type parameters are in scope), a syntax error in Go 1.19.
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b Box[T]) Map[U any](f func(T) U) Box[U] {
	return Box[U]{f(b.v)}
}

func main() {
	fmt.Println(Box[int]{1}.Get())
}
