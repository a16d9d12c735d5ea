package main

// Local types are checked as package-level ones are: a struct through a generic type's
// argument and an interface that embeds itself.
type Pair[K, V any] struct {
	k K
	v V
}

func main() {
	type T struct{ p Pair[int, T] }
	type I interface{ I }
	type ok struct{ p *Pair[int, ok] }
	var x ok
	_ = x
}
