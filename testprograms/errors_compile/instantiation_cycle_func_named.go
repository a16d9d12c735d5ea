// A generic function value whose type argument wraps its own parameter in a generic type.
package main

import "fmt"

type Box[T any] struct{ v T }

func F[K comparable, V any](n int) int {
	if n == 0 {
		return 0
	}
	f := F[K, Box[V]]
	return f(n - 1)
}

func main() { fmt.Println(F[string, int](3)) }
