package main

// Constant indices of array literals: out of range with and without a key (two different
// messages in types2), and a negative key.

func main() {
	_ = [2]int{1, 2, 3}
	_ = [2]string{5: "x"}
	_ = []int{-1: 0}
}
