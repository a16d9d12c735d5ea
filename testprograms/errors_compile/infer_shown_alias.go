package main

// A type argument inferred from an argument keeps the argument's spelling (any, byte, rune), as
// types2 binds the alias itself; a float constant that overflows an integer conversion prints the
// integer value constant.ToInt gave it, every digit.

type S struct {
	V any
	B byte
}

func Id[T any](x T) T { return x }

func First[T any](xs []T) T { return xs[0] }

func Key[K comparable, V any](m map[K]V) K {
	for k := range m {
		return k
	}
	var zero K
	return zero
}

func main() {
	var s S
	var n int = Id(s.V)
	var m int = Id(s.B)
	var k string = Id('a')
	var xs []any
	var j int = First(xs)
	var bm map[byte]int
	var b string = Key(bm)
	var c int8 = int8(1e10)
	const f float64 = 1e10
	var d = int16(f)
	_, _, _, _, _, _, _ = n, m, k, j, b, c, d
}
