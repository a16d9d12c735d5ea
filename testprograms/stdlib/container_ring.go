package main

import (
	"container/ring"
	"fmt"
)

func show(label string, r *ring.Ring) {
	fmt.Printf("%s len=%d:", label, r.Len())
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	// The zero Ring is a one-element ring.
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(5) == &z)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len(), ring.New(0) == nil, ring.New(-3) == nil)
	nilRing.Do(func(any) { fmt.Println("never") })

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("five", r)
	show("move 2", r.Move(2))
	show("move -1", r.Move(-1))
	show("move 12", r.Move(12))
	show("prev", r.Prev())

	// Sum through Do.
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)

	// Link two rings.
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = fmt.Sprintf("s%d", i)
		s = s.Next()
	}
	old := r.Link(s)
	show("linked", r)
	show("old next", old)

	// Unlink cuts elements out as their own ring.
	cut := r.Unlink(3)
	show("after unlink", r)
	show("cut", cut)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)

	// Unlink wraps modulo the length.
	u := ring.New(4)
	for i := 0; i < 4; i++ {
		u.Value = i * 10
		u = u.Next()
	}
	show("u", u)
	show("u cut 6", u.Unlink(6))
	show("u rest", u)

	// Linking a ring with itself cuts out the elements between.
	w := ring.New(6)
	for i := 0; i < 6; i++ {
		w.Value = string(rune('a' + i))
		w = w.Next()
	}
	between := w.Link(w.Move(3))
	show("w", w)
	show("between", between)

	// Link with nil returns r.Next() and changes nothing.
	show("link nil", w.Link(nil))
	show("w again", w)

	// A zero Ring value linked into a ring.
	var single ring.Ring
	single.Value = "solo"
	w.Link(&single)
	show("with solo", w)
}
