package main

// Untyped constants meeting a type-parameter operand must fit every type of its type set.

type Small interface {
	~int8 | ~uint8
}

type Real interface {
	~float32 | ~float64
}

func Grow[T Small](x T) T {
	return x + 256
}

func Half[T Small](x T) T {
	var h T = 0.5
	return x * h
}

func Named[T Real](x T) bool {
	return x == "one"
}

func Fine[T Real](x T) T {
	if x > 0.5 {
		return x * 2.5
	}
	return 1
}

func Int[T any](x T) T {
	return 1
}

func main() {
}
