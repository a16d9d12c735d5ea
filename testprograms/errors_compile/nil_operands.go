package main

// Operations with nil: "mismatched types" at the second operand of a comparison, ordering and
// arithmetic are not defined on what nil became.
func main() {
	n := 1
	var p *int
	var s string
	_ = n == nil
	_ = nil != n
	_ = nil == nil
	_ = s == nil
	_ = n + nil
	_ = p < nil
	_ = nil < p
	_ = p + nil
	_ = p == nil
}
