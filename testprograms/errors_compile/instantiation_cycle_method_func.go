// A cycle through a method of a generic type and a generic function.
package main

import "fmt"

type G[T any] struct{ v T }

func (g G[T]) Depth(n int) int {
	if n == 0 {
		return 0
	}
	return F[T](n) + 1
}

func F[T any](n int) int { return G[[]T]{}.Depth(n - 1) }

func main() { fmt.Println(G[int]{}.Depth(3)) }
