// Package image: a basic 2-D image library: points, rectangles, the Image interfaces, images
// of RGBA(64), NRGBA(64), Gray(16), Alpha(16), CMYK, Paletted and Y'CbCr pixels, uniform images and
// the format registry.
package image

import (
	"image/color"
	"math/bits"
	"strconv"
)

// Point is a position; X grows to the right, Y grows downwards.
type Point struct {
	X, Y int
}

// String formats p as "(x,y)".
func (p Point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

// Add: p+q, coordinate by coordinate.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Sub: p-q, coordinate by coordinate.
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

// Mul scales p by k.
func (p Point) Mul(k int) Point { return Point{p.X * k, p.Y * k} }

// Div divides both coordinates by k.
func (p Point) Div(k int) Point { return Point{p.X / k, p.Y / k} }

// In: p lies inside r (Min inclusive, Max exclusive).
func (p Point) In(r Rectangle) bool {
	return r.Min.X <= p.X && p.X < r.Max.X && r.Min.Y <= p.Y && p.Y < r.Max.Y
}

// Mod wraps p into r: the result lies in r and differs from p by whole multiples of r's
// width and height.
func (p Point) Mod(r Rectangle) Point {
	p = p.Sub(r.Min)
	p.X, p.Y = wrap(p.X, r.Dx()), wrap(p.Y, r.Dy())
	return p.Add(r.Min)
}

// wrap returns v modulo n in [0, n).
func wrap(v, n int) int {
	v %= n
	if v < 0 {
		v += n
	}
	return v
}

// Eq compares two points.
func (p Point) Eq(q Point) bool { return p == q }

// ZP is Point{}.
//
// Deprecated: write image.Point{}.
var ZP Point

// Pt builds Point{X, Y}.
func Pt(X, Y int) Point { return Point{X, Y} }

// Rectangle spans Min.X <= X < Max.X, Min.Y <= Y < Max.Y (well-formed when Min <= Max in
// both). As an Image it is a mask: opaque inside, transparent outside.
type Rectangle struct {
	Min, Max Point
}

// String formats r as "min-max", e.g. "(0,0)-(4,2)".
func (r Rectangle) String() string { return r.Min.String() + "-" + r.Max.String() }

// Dx: r's extent along X.
func (r Rectangle) Dx() int { return r.Max.X - r.Min.X }

// Dy: r's extent along Y.
func (r Rectangle) Dy() int { return r.Max.Y - r.Min.Y }

// Size: Dx and Dy as a Point.
func (r Rectangle) Size() Point { return Point{r.Dx(), r.Dy()} }

// Add shifts r by p.
func (r Rectangle) Add(p Point) Rectangle { return Rectangle{r.Min.Add(p), r.Max.Add(p)} }

// Sub shifts r by the opposite of p.
func (r Rectangle) Sub(p Point) Rectangle { return Rectangle{r.Min.Sub(p), r.Max.Sub(p)} }

// Inset moves all four edges inwards by n (outwards for n < 0); a side shorter than 2n
// collapses to its midpoint.
func (r Rectangle) Inset(n int) Rectangle {
	r.Min.X, r.Max.X = inset(r.Min.X, r.Max.X, n)
	r.Min.Y, r.Max.Y = inset(r.Min.Y, r.Max.Y, n)
	return r
}

func inset(lo, hi, n int) (int, int) {
	if hi-lo < 2*n {
		mid := (lo + hi) / 2
		return mid, mid
	}
	return lo + n, hi - n
}

// Intersect is the overlap of r and s, or the zero Rectangle when they do not overlap.
func (r Rectangle) Intersect(s Rectangle) Rectangle {
	r.Min.X, r.Min.Y = max(r.Min.X, s.Min.X), max(r.Min.Y, s.Min.Y)
	r.Max.X, r.Max.Y = min(r.Max.X, s.Max.X), min(r.Max.Y, s.Max.Y)
	if r.Empty() {
		return ZR
	}
	return r
}

// Union is the bounding box of r and s (an empty one does not count).
func (r Rectangle) Union(s Rectangle) Rectangle {
	if r.Empty() {
		return s
	}
	if s.Empty() {
		return r
	}
	r.Min.X, r.Min.Y = min(r.Min.X, s.Min.X), min(r.Min.Y, s.Min.Y)
	r.Max.X, r.Max.Y = max(r.Max.X, s.Max.X), max(r.Max.Y, s.Max.Y)
	return r
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// Empty: r has no area.
func (r Rectangle) Empty() bool { return r.Min.X >= r.Max.X || r.Min.Y >= r.Max.Y }

// Eq: r and s cover the same points (every empty rectangle equals every other).
func (r Rectangle) Eq(s Rectangle) bool { return r == s || r.Empty() && s.Empty() }

// Overlaps: both rectangles are non-empty and share at least one point.
func (r Rectangle) Overlaps(s Rectangle) bool {
	return !r.Empty() && !s.Empty() &&
		r.Min.X < s.Max.X && s.Min.X < r.Max.X && r.Min.Y < s.Max.Y && s.Min.Y < r.Max.Y
}

// In: r lies entirely inside s (an empty r always does).
func (r Rectangle) In(s Rectangle) bool {
	if r.Empty() {
		return true
	}
	return s.Min.X <= r.Min.X && r.Max.X <= s.Max.X && s.Min.Y <= r.Min.Y && r.Max.Y <= s.Max.Y
}

// Canon orders Min and Max so that r is well-formed.
func (r Rectangle) Canon() Rectangle { return Rect(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y) }

// At: opaque inside r, transparent outside (r as a mask image).
func (r Rectangle) At(x, y int) color.Color {
	if (Point{x, y}).In(r) {
		return color.Opaque
	}
	return color.Transparent
}

// RGBA64At: opaque inside r, transparent outside (r as a mask image).
func (r Rectangle) RGBA64At(x, y int) color.RGBA64 {
	if (Point{x, y}).In(r) {
		return color.RGBA64{0xffff, 0xffff, 0xffff, 0xffff}
	}
	return color.RGBA64{}
}

// Bounds: a rectangle used as an image covers itself.
func (r Rectangle) Bounds() Rectangle { return r }

// ColorModel: a rectangle used as an image is an alpha mask.
func (r Rectangle) ColorModel() color.Model { return color.Alpha16Model }

// ZR is Rectangle{}.
//
// Deprecated: write image.Rectangle{}.
var ZR Rectangle

// Rect builds the well-formed Rectangle with corners (x0, y0) and (x1, y1).
func Rect(x0, y0, x1, y1 int) Rectangle {
	if x0 > x1 {
		x0, x1 = x1, x0
	}
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	return Rectangle{Point{x0, y0}, Point{x1, y1}}
}

// bufferLength returns bpp*dx*dy, or -1 when a factor is negative or the product overflows.
func bufferLength(bpp, dx, dy int) int {
	if bpp < 0 || dx < 0 || dy < 0 {
		return -1
	}
	hi, lo := bits.Mul64(uint64(bpp), uint64(dx))
	if hi != 0 {
		return -1
	}
	if hi, lo = bits.Mul64(lo, uint64(dy)); hi != 0 || int(lo) < 0 {
		return -1
	}
	return int(lo)
}
