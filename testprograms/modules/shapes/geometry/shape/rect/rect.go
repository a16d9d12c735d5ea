package rect

import (
	"fmt"

	"example.com/shapes/geometry/base"
	"example.com/shapes/geometry/shape"
)

// Rect embeds a pointer to base.Meta and the shape.Shape interface's companion Square.
type Rect struct {
	*base.Meta
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

// Framed embeds an interface from another package: its methods are promoted.
type Framed struct {
	shape.Named
	Border int
}

func (f Framed) String() string { return fmt.Sprintf("[%v|%d]", f.Named, f.Border) }
