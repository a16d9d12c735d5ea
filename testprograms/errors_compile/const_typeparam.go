package main

// A constant declared with a type parameter as its type is an error on the generic body,
// named after the type parameter, whatever the type arguments are.
func Zero[T any]() T {
	const z T = 0
	return z
}

func main() {
	println(Zero[int](), Zero[float64]())
}
