// Var and const specs with too many or too few values ("extra init expr X", "missing init expr
// for x"), also on a const line that repeats the previous line's values.
package main

const a, b = 1
const c, d = 1, 2, 3

const (
	x, y = 1, 2
	z
)

var p, q, r = 1, 2

func main() {
	const e, f = 1
	const g = 1, 2
	var h, i, j = 1, 2
	var k, l = 1, 2, 3
	_, _, _, _, _ = h, i, j, k, l
}
