// Generic functions: Map/Filter/Reduce, constraints declared locally, inference
// (typed arguments, untyped constants, core types), explicit instantiation, function values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Integer interface {
	Signed | Unsigned
}

type Float interface {
	~float32 | ~float64
}

type Ordered interface {
	Integer | Float | ~string
}

type Number interface {
	Integer | Float
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var r []T
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Sum[T Number](s []T) T {
	var total T
	for _, v := range s {
		total += v
	}
	return total
}

func SumValues[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func Keys[M ~map[K]V, K Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// Scale keeps the named slice type (core type inference: E from S's constraint ~[]E).
func Scale[S ~[]E, E Number](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Counter[T comparable]() func(T) int {
	counts := map[T]int{}
	return func(v T) int {
		counts[v]++
		return counts[v]
	}
}

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

type Celsius float64
type Path []string
type Ages map[string]int

func Fact[T Integer](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func main() {
	words := []string{"go", "generic", "types", "are", "here"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	fmt.Println(Filter(words, func(s string) bool { return len(s) > 3 }))
	fmt.Println(Reduce(lens, 0, func(a, b int) int { return a + b }))
	fmt.Println(Reduce(words, "", func(a string, w string) string { return a + strings.ToUpper(w[:1]) }))

	fmt.Println(Max(3, 9, 4), Max(2.5, -1.0), Max("pear", "apple", "zoo"), Max[int8](7))
	fmt.Println(Min(Celsius(21.5), 19), Min[uint](3, 4))
	fmt.Printf("%T %T\n", Max(Celsius(1)), Min(int64(1), 2))

	fmt.Println(Sum([]float64{1.5, 2.25}), Sum([]Celsius{10, 20}), Sum([]uint8{200, 100}))
	ages := Ages{"bob": 31, "alice": 29, "carol": 40}
	fmt.Println(SumValues(ages), SumValues(map[int]float32{1: 0.5, 2: 0.25}))
	fmt.Println(Keys(ages), Keys(map[float64]bool{2.5: true, -1: false}))

	scaled := Scale([]int8{1, 2}, 3)
	fmt.Printf("%T %d\n", scaled, len(scaled))
	v := Scale([]Celsius{1, 2, 3}, 2)
	fmt.Printf("%T %v\n", v, v)

	fmt.Println(Index(words, "types"), Index([]float64{1, true}, 3))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[[2]bool](), Zero[struct{ A int }]())
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	b, a := Swap(1, "one")
	fmt.Println(b, a)

	count := Counter[string]()
	count("x")
	count("y")
	fmt.Println(count("x"))

	double := func(i int) int { return i * 2 }
	inc := func(i int) int { return i + 1 }
	fmt.Println(Apply(5, double, inc, double))

	fmt.Println(Fact(10), Fact(uint8(5)), Fact[int64](20))

	// instantiated functions as values
	toLen := Map[string, int]
	fmt.Printf("%T\n", toLen)
	fmt.Println(toLen([]string{"abc", ""}, func(s string) int { return len(s) }))
	fs := []func(int, ...int) int{Max[int], func(a int, _ ...int) int { return -a }}
	for _, f := range fs {
		fmt.Print(f(1, 5, 2), " ")
	}
	fmt.Println()
	var mx func(string, ...string) string = Max[string]
	fmt.Println(mx("b", "c", "a"))
}
