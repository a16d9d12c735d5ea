package main

// Where types2 (Go 1.19) reports errors that a learner meets often: at the operand of a bad
// unary operator, at the divisor, at the channel of a bad send, at the start of a call
// without arguments, at the first extra return value, at the asserted expression.

type T struct{ a, b int }
type I interface{ M() }

func one(x int) int { return x }

func two() int {
	return 1, 2
}

func main() {
	var n int
	var s string
	var i I
	var ro <-chan int
	_ = -s
	_ = n / 0
	ro <- 1
	n <- 1
	one()
	_ = i.(T)
	_ = T{1}
	_ = T{1, 2, 3}
	_ = T{a: 1, 2}
	_ = [...]int{5: 1, -1: 2}
}
