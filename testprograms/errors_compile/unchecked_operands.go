package main

// What types2 checks after a failed operand: the arguments of a call of a non-function are not
// looked at (variables used only there are unused); the indices and slice bounds of an undefined
// operand are (their variables are used).

func main() {
	l, c := 10, 5
	n := 3
	n("call", func() { _ = make([]int, l, c) })
	i, j := 1, 2
	result[i] = 1
	_ = other[i:j]
}
