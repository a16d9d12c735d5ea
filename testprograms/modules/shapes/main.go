package main

import (
	"fmt"
	"sort"

	"example.com/shapes/geometry/base"
	"example.com/shapes/geometry/shape"
	"example.com/shapes/geometry/shape/circle"
	"example.com/shapes/geometry/shape/rect"
)

// Labeled embeds base.Meta in the main package and overrides Describe.
type Labeled struct {
	base.Meta
	shape.Square
}

func (l Labeled) Describe() string { return "labeled " + l.Meta.Describe() }

func main() {
	c := circle.New("c1", 1, 2)
	r := rect.Rect{Meta: &base.Meta{Label: "r1"}, W: 3, H: 4}
	q := shape.Square{Side: 2}
	shapes := []shape.Shape{c, r, q}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-16T area=%.2f perimeter=%.2f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total %.3f\n", shape.Total(shapes...))

	var n shape.Named = c
	fmt.Println(n, c.Describe(), c.ID(), c.Label)
	c.Rename("renamed")
	fmt.Println(c.Describe(), c.Scaled(2.5))

	for _, s := range []shape.Shape{q, c, r} {
		scaled, ok := shape.Scale(s, 3)
		fmt.Printf("%T scaled=%v -> area %.2f\n", s, ok, scaled.Area())
	}

	l := Labeled{Meta: base.NewMeta("sq", 9), Square: shape.Square{Side: 1.5}}
	fmt.Println(l.Describe(), l.Area(), l.ID())
	var named shape.Named = l
	fmt.Println(named.String())
	_, ok := shape.Scale(l, 2)
	fmt.Println("Labeled scales via promoted unexported method:", ok)

	f := rect.Framed{Named: q, Border: 2}
	fmt.Println(f, f.Area())
	fmt.Printf("%v %+v\n", r.Meta.Describe(), base.NewMeta("x", 3))
}
