package main

// Duplicate keys, fields, indices and methods, at the positions types2 gives (a keyed element is
// at its colon), with the other declaration on a second line where Go gives one.
type T struct {
	a, b int
	s    string
	a    float64
}

type U struct{ x int }

func (u U) M()     {}
func (u U) M()     {}
func (u U) x()     {}
func (t *T) b()    {}

func main() {
	_ = U{x: 1, x  :  2}
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[float64]int{1: 1, 1.0: 2}
	_ = map[interface{}]int{1: 1, 1.0: 2, int(1): 3}
	_ = []int{1: 1, 1  :  2}
}
