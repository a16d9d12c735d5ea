package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// Nothing instantiates these three: Go checks their bodies anyway.
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return outt
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	count := 0
	return strings.Join(parts, sep) + 1
}

func Sum[N int | float64](xs []N) N {
	var total N
	for _, x := range xs {
		total += x
	}
	var label string = 42
	return total
}

// This one is instantiated, and GenericLint rejects its + on a T constrained by any:
// Go reports its other errors too.
func Add[T any](a, b T) T {
	fmt.Println(missing)
	return a + b
}

func main() {
	s := &Stack[int]{}
	s.Push(1)
	fmt.Println(s.items, Add(1, 2))
}
