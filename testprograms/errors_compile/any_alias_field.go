package main

// Struct fields declared byte, rune or any keep those names in messages, as types2 prints them.

type S struct {
	V any
	B byte
	L []any
	M map[string]any
}

type Outer struct {
	*S
	R rune
}

func main() {
	var s S
	var n int = s.V
	var m int = s.B
	var k int = s.L
	var j int = s.M
	var o Outer
	var i string = o.V
	var h string = o.R
	var p *S
	var d int = p.V
	var a struct{ X any }
	var e int = a.X
	_, _, _, _, _, _, _, _ = n, m, k, j, i, h, d, e
}
