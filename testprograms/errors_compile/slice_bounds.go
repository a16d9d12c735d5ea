package main

// Constant slice indices are checked as types2 does: each against the length (the capacity of
// strings, arrays and pointers to arrays), then in order, one "invalid slice indices" at most;
// a 3-index slice of a string is reported at its third index; "cannot index" at the "[".
func main() {
	arr := [3]int{}
	s := "abc"
	sl := []int{1}
	p := &arr
	n := 0
	_ = arr[2:1]
	_ = sl[3:2]
	_ = arr[:4]
	_ = "abc"[1:10]
	_ = s[1:2:3]
	_ = p[1:2:1]
	_ = n[0]
	_ = n [1:2]
	_ = [3]int{}[1:]
}
