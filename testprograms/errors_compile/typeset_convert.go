package main

// Conversions from and to a type parameter: every type of its set must convert.

type Ints interface {
	~int | ~int64
}

func ToString[T any](x T) string {
	return string(x)
}

func FromFloat[T Ints](f float64) T {
	return T(f) + T(1)
}

func Fraction[T Ints]() T {
	return T(1.5)
}

func Between[T Ints, U ~float32 | ~float64](x T) U {
	return U(x)
}

func Bytes[T ~string | ~[]byte](x T) []byte {
	return []byte(x)
}

func main() {
}
