package main

// Interfaces that embed themselves, directly or around a ring, also through a union term of a
// constraint, are invalid recursive types; an interface that only names itself (or another one
// of the ring) in a method signature is fine.
type I interface{ I }

type A interface{ B }
type B interface {
	M()
	C
}
type C interface{ A }

type Num interface{ ~int | Real }
type Real interface {
	~float64
	Num
}

// embeds a constraint of the ring above: nothing more is reported
type Ordered interface{ Real }

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Node interface {
	Children() []Node
	Parent() Tree
}
type Tree interface{ Node }

func main() {
	println(Max(1.5, 2))
	var t Tree
	_ = t
}
