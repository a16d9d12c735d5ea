package main

// Generic types whose instances contain themselves are invalid recursive types, named after
// the instance where the cycle is written; the same through another generic type, through an
// argument that changes (G[*T]), through a type argument (S in Box[S]), and in an array.
type G[T any] struct{ g G[T] }

type L[T any] [2]L[T]

type P[T any] struct {
	v T
	p P[*T]
}

type A[T any] struct{ b B[T] }
type B[T any] struct{ a A[T] }

type Box[T any] struct{ v T }
type S struct{ b Box[S] }

type W[T any] struct{ w Box[W[T]] }

type K[T any] struct{ k K[int] }

func main() {
	var g G[int]
	var p P[string]
	_, _ = g, p
}
