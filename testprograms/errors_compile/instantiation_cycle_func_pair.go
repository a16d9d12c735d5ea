// Two generic functions whose instances ask for each other with growing type arguments.
package main

import "fmt"

func F[T any](n int) int {
	if n == 0 {
		return 0
	}
	return G[[]T, T](n - 1)
}

func G[A, B any](n int) int {
	return F[map[string]A](n)
}

func main() { fmt.Println(F[int](3)) }
