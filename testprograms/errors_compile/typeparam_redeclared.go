package main

import "fmt"

func Pair[A, B any, B2 any, A any](a A, b B) string { return fmt.Sprint(a, b) }

type Box[T any, T comparable] struct{ v T }

func main() {
	fmt.Println("x")
}
