package main

// A generic type whose instance needs an instance of itself with a longer argument is valid
// as a type (through a pointer) but has no end when instantiated: an instantiation cycle.
// Through a slice and with the parameters swapped it is fine.
type Self[T any] struct {
	v   T
	ptr *Self[*T]
}

type Pair[K, V any] struct {
	swap *Pair[V, K]
	list []Pair[K, V]
}

type Outer[T any] struct{ in *Inner[T] }
type Inner[T any] struct{ out *Outer[[]T] }

func main() {
	var p Pair[int, string]
	_ = p
}
