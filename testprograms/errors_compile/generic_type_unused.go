package main

// A generic type's declaration is checked once over its type parameters, as Go does, also
// when it is never instantiated: undefined names, a wrong number of type arguments, a type
// argument that does not satisfy its constraint.
type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

type Grid[T any] struct {
	cells [][]T
	sum   Total
	v     Vec[string]
	w     Vec[T, T]
}

type Tree[T comparable] struct {
	left, right *Tree[T]
	key         T
	idx         map[T]*Tree[T]
}

func main() {
	var t Tree[string]
	_ = t
}
