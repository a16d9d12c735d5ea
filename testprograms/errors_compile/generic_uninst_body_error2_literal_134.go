package main

func Inc[T any](x T) T              { x++; return x }
func AddTo[T any](x, y T) T         { x += y; return x }
func Not[T any](x T) bool           { return !x }
func Cmp[T comparable](a, b T) bool { return a < b }
func IsNil[T any](a T) bool         { return a == nil }
func Len[T any](a T) int            { return len(a) }
func Variadic[T any](xs ...T) int   { return len(xs) }
func Shadow[T any](x T) int {
	x2, len := x, func(T) int { return 1 }
	return len(x2)
}
func Fine[T ~string | ~[]byte](s T) int { return len(s) }

var g = 5

func Locals[T any]() int {
	var x T
	var y T
	{
		var g T
		_ = g
	}
	_ = y.Foo
	return g + 2i + len(x)
}

func main() {
}
