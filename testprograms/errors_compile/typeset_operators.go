package main

// Operators on type-parameter operands are checked over the type set, once, in a
// generic body nothing instantiates.

type Number interface {
	~int | ~int64 | ~float64
}

type Text interface {
	~string | ~int
}

func Sum[T any](xs []T) T {
	var s T
	for _, x := range xs {
		s = s + x
	}
	return s
}

func Less[T any](a, b T) bool {
	return a < b
}

func Same[T any](a, b T) bool {
	return a == b
}

func Diff[T Text](a, b T) T {
	return a - b
}

func Mod[T Number](a, b T) T {
	return a % b
}

func Neg[T Text](a T) T {
	return -a
}

func Ok[T Number](a, b T) T {
	if a < b && a != b {
		return a*b + a/b - 1
	}
	return -a
}

func main() {
}
