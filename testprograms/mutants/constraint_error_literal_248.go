package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](s []T) T {
	var t T
	for _, v := range s {
		t += v
	}
	return t
}

func Eq[T comparable](a, b T) bool { return a == b }

type Stringer interface{ String() string }

func Str[T Stringer](x T) string { return x.String() }

type P struct{}

func (p *P) String() string { return "x" }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type MyInt int

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Sum([]MyInt{1}))
	var p Pair[[]int, int]
	fmt.Println(p)
	fmt.Println(Eq(int32(1), int64(2)))
	fmt.Println(Str(P{}))
	fmt.Println(Str(3))
	var n Number
	_ = n
	f := Sum
	_ = f
	fmt.Println(Sum[int, int](nil))
}
