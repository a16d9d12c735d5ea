package main

// The second lines types2 adds to failed assignments and conversions, operand descriptions of
// values and names used as types, and the "but does have" hint of an undefined selector.
type I interface{ M() }
type T struct{ name int }

func (t *T) M() {}

func pair() (q int, r string) { return 0, "" }

func main() {
	var e interface{}
	var n int = e
	var t T
	_ = I(t)
	_ = int(e)
	var x n
	var y pair
	var z len
	_ = t.Name
	_ = &T{}.name
	_, _, _ = x, y, z
}

func g() int {
	return pair() + 1
}
