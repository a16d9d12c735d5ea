// Package shape declares the interfaces every shape implements.
package shape

import "fmt"

// Shape has an area and a perimeter.
type Shape interface {
	Area() float64
	Perimeter() float64
}

// Named is a Shape that can describe itself (embedded interfaces).
type Named interface {
	Shape
	fmt.Stringer
}

// scaler can only be implemented inside this package: its method is unexported.
type scaler interface {
	scale(f float64) Shape
}

// Scale scales s when its type was declared in this package tree with a scale method of ours.
func Scale(s Shape, f float64) (Shape, bool) {
	if sc, ok := s.(scaler); ok {
		return sc.scale(f), true
	}
	return s, false
}

// Square is declared here, so it can implement scaler.
type Square struct{ Side float64 }

func (q Square) Area() float64         { return q.Side * q.Side }
func (q Square) Perimeter() float64    { return 4 * q.Side }
func (q Square) String() string        { return fmt.Sprintf("Square(%g)", q.Side) }
func (q Square) scale(f float64) Shape { return Square{q.Side * f} }

// Total sums the areas.
func Total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}
