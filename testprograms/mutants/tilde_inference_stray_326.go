// Type inference with ~T constraints: a named type argument satisfies its constraint's core
// type through its underlying type (function argument inference, then core type inference).
package main

import (
	"fmt"
	"strings"
)

type Tok string
type Celsius float64
type IDs []int
type Index map[string]int

func Double[T ~string](v T) T { return v + v }

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func Half[F ~float64](f F) F { return f / 2 }

func Sum[S ~[]E, E ~int | ~float64](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Wrap[T ~string](v T) []T { return []T{v, Double(v)} }

func main() {
	var t Tok = "ab"
	fmt.Println(Double(t), Double(Tok("x")), Upper(t))
	fmt.Printf("%T %T\n", Double(t), Upper("plain"))
	fmt.Printf("%v %T\n", Half(Celsius(21)), Half(Celsius(`21)))
	ids := IDs{1, 2, 3, 4}
	fmt.Println(Sum(ids), Sum([]float64{0.5, 0.25}))
	evens := Filter(ids, func(v int) bool { return v%2 == 0 })
	fmt.Printf("%v %T\n", evens, evens)
	fmt.Println(Keys(Index{"a": 1, "b": 2}))
	w := Wrap(t)
	fmt.Printf("%v %T\n", w, w)
}
