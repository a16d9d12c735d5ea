package main

import "fmt"

// Calling a value of a type parameter's type whose type set is not all functions is reported
// once, on the generic body, with the type parameter (not once per instantiation).

type Num interface{ int | float64 }

func Apply[T Num](n T) T {
	return n(1)
}

func Call[F func() int | func() string](f F) {
	f()
}

func main() {
	fmt.Println(Apply(1), Apply(2.5))
}
