// Small leaf functions of every shape the interpreter lets Graal's first tier inline
// (arithmetic of each integer width, floats, conversions, comparisons, if/return, named
// results, field getters, element reads), called from a hot loop so that the loop's compiled code runs them
// inlined; the last call indexes out of range inside one of them, so that panic and its
// traceback come from inlined code too. TrivialFunctionsTest runs this program to check that Graal
// agrees they are trivial (last, an element of a pointer to an array, is not on the list).
package main

import "fmt"

type point struct {
	x, y int
	f    float64
	name string
}

func a(i, j int) float64 { return 1 / float64((i+j)*(i+j+1)/2+i+1) }

func add8(x, y int8) int8 { return x + y }

func mul16(x, y uint16) uint16 { return x * y }

func rot(x uint32, n uint) uint32 { return x<<n | x>>(32-n) }

func div(x, y int) int { return x / y }

func rem(x, y uint64) uint64 { return x % y }

func mix(x int64, y int) int64 { return x &^ int64(y) ^ (x | 7) & -x }

func sign(x float64) float64 {
	if x < 0 {
		return -1
	} else if x > 0 {
		return 1
	}
	return 0
}

func between(x, lo, hi int) bool { return x >= lo && x <= hi || !(x != lo-1) }

func conv(x int) float32 { return float32(int32(x)) / 3 }

func trunc(x float64) uint8 { return uint8(x) }

func big(x uint64) float64 { return float64(x) }

func less(s, t string) bool { return s < t }

func same(s, t string) bool { return s == t }

func twice(x int) (r int) {
	r = x * 2
	return
}

func local(x int) int {
	y := x + 1
	y *= 3
	y -= x
	return y
}

func early(x int) int {
	if x > 500 {
		return 1
	}
	return 2
}

func (p *point) X() int { return p.x }

func (p *point) F() float64 { return p.f * 2 }

func (p *point) Name() string { return p.name }

type ints []int

func (h ints) Less(i, j int) bool { return h[i] < h[j] }

type lesser interface{ Less(i, j int) bool }

func at(xs []float64, i int) float64 { return xs[i] * 2 }

func third(s string) byte { return s[2] }

func last(a *[4]int) int { return a[3] }

func kernel(i int, p *point, h ints, l lesser, xs []float64, arr *[4]int) float64 {
	s := a(i, i+1) + sign(float64(i-500)) + float64(conv(i)) + float64(trunc(float64(i)/7)) + big(uint64(i)<<60)
	n := int(add8(int8(i), 100)) + int(mul16(uint16(i), 300)) + int(rot(uint32(i), 3)) + div(i, 7) + int(rem(uint64(i), 9))
	n += int(mix(int64(i), i>>2)) + twice(i) + local(i) + early(i) + p.X()
	if between(i, 100, 200) {
		n++
	}
	if less(p.Name(), "q") && same(p.Name(), "p") {
		n += 2
	}
	if h.Less(i%4, 2) || l.Less(3, i%4) {
		n += 3
	}
	n += int(third("abcdef")) + last(arr)
	s += at(xs, i%3)
	return s + float64(n) + p.F()
}

func main() {
	p := &point{x: 3, y: 4, f: 0.5, name: "p"}
	h := ints{5, 1, 4, 2}
	xs := []float64{0.5, 1.5, 2.5}
	a := &[4]int{1, 2, 3, 4}
	total := 0.0
	for round := 0; round < 40; round++ {
		for i := 0; i < 1000; i++ {
			total += kernel(i, p, h, h, xs, a)
		}
	}
	fmt.Printf("%.6e\n", total)
	fmt.Println(add8(127, 1), mul16(65535, 2), rot(0x80000001, 1), div(-7, 2), rem(1<<63, 10))
	fmt.Println(mix(-9, 4), sign(-0.5), between(99, 100, 200), conv(10), trunc(200.7), big(1<<63))
	fmt.Println(less("a", "b"), same("x", "y"), twice(21), local(4), early(501), p.X(), p.F(), p.Name())
	fmt.Println(h.Less(0, 1), at(xs, 2), third("xyz"), last(a))
	fmt.Println(at(xs, len(h)))
}
