// Package circle is a nested package implementing shape.Named.
package circle

import (
	"fmt"
	"math"

	"example.com/shapes/geometry/base"
)

// Circle embeds base.Meta (fields and methods promoted across packages).
type Circle struct {
	base.Meta
	R float64
}

func New(label string, id int, r float64) *Circle {
	return &Circle{Meta: base.NewMeta(label, id), R: r}
}

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(%s, r=%g)", c.Label, c.R) }

// scale has the name of shape's unexported interface method, but in another package.
func (c *Circle) scale(f float64) *Circle { return &Circle{c.Meta, c.R * f} }
