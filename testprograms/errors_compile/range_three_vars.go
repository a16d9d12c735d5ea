package main

// More than two iteration variables: types2 reports the third once it knows what is ranged over
// (a channel's second variable instead) and goes on, so unused ones are reported too; range
// assignments to existing variables are assignments (and runes are rune).

func main() {
	m := map[string]int{}
	for x, y, z := range m {
	}
	ch := make(chan int)
	for a, b, c := range ch {
	}
	for i, v, w, q := range []int{1} {
		_, _ = i, v
	}
	var p, q int
	var r string
	for p, r = range "abc" {
	}
	for q, r = range map[int]int{} {
	}
	_, _, _ = p, q, r
}
