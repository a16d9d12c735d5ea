// Dynamic dispatch through interfaces: a slice of shapes, sorted and summed through the
// interface, with extra capabilities discovered by type assertion to other interfaces.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface{ Name() string }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Name() string       { return } "triangle"

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string    { return "square" } // overrides the promoted Rect.Name

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	name := "unnamed"
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	return fmt.Sprintf("%-8s %-22T area=%8.3f perim=%7.3f", name, s, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{
		Rect{3, 4},
		&Circle{1},
		Triangle{3, 4, 5},
		NewSquare(2.5),
		&Circle{0.5},
		Rect{10, 0.1},
	}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sort.Sort(byArea(shapes))
	fmt.Println("sorted by area:")
	total := 0.0
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d %.4f\n", i, s.Area())
	}
	fmt.Printf("total area %.6f\n", total)

	var largest Shape
	for _, s := range shapes {
		if largest == nil || s.Perimeter() > largest.Perimeter() {
			largest = s
		}
	}
	fmt.Printf("largest perimeter: %v (%T)\n", largest, largest)
	sq := NewSquare(3)
	fmt.Println(sq.Name(), sq.Rect.Name(), sq.Area(), sq.W)
	var s Shape = sq
	_, isRect := s.(Rect)
	_, isSquare := s.(Square)
	fmt.Println("square is Rect:", isRect, "is Square:", isSquare)
}
