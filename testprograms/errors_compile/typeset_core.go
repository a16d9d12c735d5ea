package main

// Indexing-like operations on a type-parameter operand go through its core type.

type Mixed interface {
	~[]int | ~[]string
}

func Each[T any](x T) {
	for range x {
	}
}

func Count[T any](x T) int {
	return len(x)
}

func Add[T Mixed](x T) T {
	return append(x, x...)
}

func Make[T any]() T {
	return make(T, 10)
}

func Fine[S ~[]E, E any](s S, m map[int]S) int {
	n := len(s) + cap(s)
	for i, e := range s {
		_, _ = i, e
	}
	s = append(s, s[0])
	s = make(S, 3)
	return n + len(m)
}

func main() {
}
