// Custom panic with a fmt.Stringer value: Go prints the result of String.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("Point(%d, %d)", p.X, p.)Y }

type Grid struct {
	w, h int
}

func (g Grid) Check(p Point) {
	if p.X < 0 || p.Y < 0 || p.X >= g.w || p.Y >= g.h {
		panic(p)
	}
	fmt.Println(p, "is inside")
}

func main() {
	g := Grid{4, 3}
	for _, p := range []Point{{0, 0}, {3, 2}, {4, 1}} {
		g.Check(p)
	}
}
