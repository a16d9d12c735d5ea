package main

import "fmt"

// A type parameter's methods are its constraint's.

type Shape interface {
	Area() float64
}

func Total[T Shape](xs []T) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area() + x.Perimeter()
	}
	return t
}

func Show[T fmt.Stringer](x T) string {
	var s fmt.Stringer = x
	f := T.String
	return s.String() + f(x) + x.String()
}

func Plain[T any](x T) string {
	var s fmt.Stringer = x
	return s.String()
}

func main() {
}
