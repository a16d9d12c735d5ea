// Package geom is dot-imported by main: its exported names are used unqualified there.
package geom

import "fmt"

// Origin is a package variable that main reads and changes through the dot import.
var Origin = Point{0, 0}

// Unit is an exported constant.
const Unit = 1.5

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p Point) String() string { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Shape interface {
	Area() float64
}

type Rect struct {
	Min, Max Point
}

func (r Rect) Area() float64 { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

// Scale is a generic helper.
func Scale[T ~float64](v T, k T) T { return v * k }

func hidden() string { return "hidden" }

// Describe uses the unexported helper from inside its own package.
func Describe(s Shape) string { return fmt.Sprintf("%T area %g (%s)", s, s.Area(), hidden()) }
