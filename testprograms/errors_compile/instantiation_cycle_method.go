// A method of a generic type that uses the type with a longer argument: its instances never end.
package main

import "fmt"

type G[T any] struct{ v T }

func (g G[T]) Depth(n int) int {
	if n == 0 {
		return 0
	}
	return G[*T]{}.Depth(n-1) + 1
}

func main() { fmt.Println(G[int]{}.Depth(3)) }
