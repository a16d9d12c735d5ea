package main

// A map element is assignable as a whole, but it is not a variable: its fields and array
// elements cannot be assigned, sliced or addressed, and pointer methods cannot be called on it.

type T struct{ a int }

func (t *T) P() {}

var mt = map[string]T{}
var ma = map[string][2]int{}
var mp = map[string]*T{}
var ms = map[string][]int{}

func main() {
	mt["a"].P()
	_ = ma["a"][:]
	mt["a"].a++
	_ = &mt["a"].a
	mt["a"].a += 2
	ma["a"][1]++
	mt["a"].a = 1
	ma["a"][0] = 1
	mp["a"].a = 1 // through a pointer: fine
	ms["a"][0] = 1 // a slice's elements: fine
	mt["a"] = T{a: 1}
}
