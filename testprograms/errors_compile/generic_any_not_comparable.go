package main

// A type argument written any (or byte, rune) keeps its name in the constraint
// error, as types2 keeps alias names.

import "fmt"

func Equal[T comparable](a, b T) bool { return a == b }

type Set[K comparable] struct{ k K }

func Only[T ~int | ~string](v T) T { return v }

func main() {
	fmt.Println(Equal[any](1, 1))
	var s Set[any]
	var t Set[[]byte]
	fmt.Println(s, t, Only[byte](1), Only[rune]('x'), Equal[interface{}](1, 2))
}
