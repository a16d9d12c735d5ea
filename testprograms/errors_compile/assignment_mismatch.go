// "assignment mismatch" as Go reports it: at the first value, naming a lone called function
// ("two returns 2 values", also for one value), for :=, =, and var declarations (init_expr_count:
// specs with extra or missing values).
package main

type T struct{}

func (T) m() (int, int) { return 1, 2 }

func two() (int, int) { return 1, 2 }
func one() int        { return 1 }

var p1, p2, p3 = two()
var q1, q2 = 1, 2, 3

func main() {
	var t T
	a, b, c := t.m()
	d, e, f := (two())
	var g, h, i = two()
	g, h = 1, 2, 3
	j, k := one()
	l := two()
	var m int = two()
	_, _, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k, l, m
}
