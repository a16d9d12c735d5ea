package main

// An untyped float (or complex) constant that an integer type cannot hold is "truncated" even when
// its value is a whole number (types2 looks at the constant's type, not its value); an untyped
// int or rune constant "overflows".

const k int8 = 1000.0

func main() {
	var x int8 = 1000.0
	var y int8 = 1000 + 0i
	var z int8 = 1.5
	var w uint8 = 'a' + 200
	_ = []byte{1e400}
	const c = 1e3
	var v int8 = c
	_, _, _, _, _ = x, y, z, w, v
}
