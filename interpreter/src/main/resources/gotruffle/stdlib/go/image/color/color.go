// Package color: basic color types and models. RGBA() returns alpha-premultiplied 16-bit
// components; the models convert with Go 1.19's integer formulas, so results match exactly.
package color

// Color is anything that can report itself as 16-bit alpha-premultiplied RGBA (possibly
// losing precision).
type Color interface {
	// RGBA: the channels scaled by alpha, each from 0 to 0xffff.
	RGBA() (r, g, b, a uint32)
}

// widen repeats an 8-bit value into 16 bits (0xab -> 0xabab).
func widen(v uint8) uint32 { return uint32(v) * 0x101 }

// RGBA: 8 bits per channel, color channels scaled by alpha.
type RGBA struct {
	R, G, B, A uint8
}

func (c RGBA) RGBA() (r, g, b, a uint32) { return widen(c.R), widen(c.G), widen(c.B), widen(c.A) }

// RGBA64: 16 bits per channel, color channels scaled by alpha.
type RGBA64 struct {
	R, G, B, A uint16
}

func (c RGBA64) RGBA() (r, g, b, a uint32) {
	return uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
}

// NRGBA: 8 bits per channel, color channels not scaled by alpha.
type NRGBA struct {
	R, G, B, A uint8
}

func (c NRGBA) RGBA() (r, g, b, a uint32) {
	a8 := uint32(c.A)
	return widen(c.R) * a8 / 0xff, widen(c.G) * a8 / 0xff, widen(c.B) * a8 / 0xff, widen(c.A)
}

// NRGBA64: 16 bits per channel, color channels not scaled by alpha.
type NRGBA64 struct {
	R, G, B, A uint16
}

func (c NRGBA64) RGBA() (r, g, b, a uint32) {
	a = uint32(c.A)
	return uint32(c.R) * a / 0xffff, uint32(c.G) * a / 0xffff, uint32(c.B) * a / 0xffff, a
}

// Alpha: an 8-bit alpha value alone.
type Alpha struct {
	A uint8
}

func (c Alpha) RGBA() (r, g, b, a uint32) {
	a = widen(c.A)
	return a, a, a, a
}

// Alpha16: a 16-bit alpha value alone.
type Alpha16 struct {
	A uint16
}

func (c Alpha16) RGBA() (r, g, b, a uint32) {
	a = uint32(c.A)
	return a, a, a, a
}

// Gray: an 8-bit gray level.
type Gray struct {
	Y uint8
}

func (c Gray) RGBA() (r, g, b, a uint32) {
	y := widen(c.Y)
	return y, y, y, 0xffff
}

// Gray16: a 16-bit gray level.
type Gray16 struct {
	Y uint16
}

func (c Gray16) RGBA() (r, g, b, a uint32) {
	y := uint32(c.Y)
	return y, y, y, 0xffff
}

// Model turns any Color into a Color of its own kind, possibly losing precision.
type Model interface {
	Convert(c Color) Color
}

// ModelFunc makes a Model out of a conversion function.
func ModelFunc(f func(Color) Color) Model { return &modelFunc{f} }

type modelFunc struct {
	f func(Color) Color
}

func (m *modelFunc) Convert(c Color) Color { return m.f(c) }

// Converters to each of the package's color types.
var (
	RGBAModel    Model = ModelFunc(rgbaModel)
	RGBA64Model  Model = ModelFunc(rgba64Model)
	NRGBAModel   Model = ModelFunc(nrgbaModel)
	NRGBA64Model Model = ModelFunc(nrgba64Model)
	AlphaModel   Model = ModelFunc(alphaModel)
	Alpha16Model Model = ModelFunc(alpha16Model)
	GrayModel    Model = ModelFunc(grayModel)
	Gray16Model  Model = ModelFunc(gray16Model)
)

func rgbaModel(c Color) Color {
	if _, ok := c.(RGBA); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	return RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func rgba64Model(c Color) Color {
	if _, ok := c.(RGBA64); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	return RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

// unpremultiply returns the color components divided by alpha (0 for a transparent color).
func unpremultiply(c Color) (r, g, b, a uint32) {
	r, g, b, a = c.RGBA()
	switch a {
	case 0xffff:
		return r, g, b, a
	case 0:
		return 0, 0, 0, 0
	}
	return r * 0xffff / a, g * 0xffff / a, b * 0xffff / a, a
}

func nrgbaModel(c Color) Color {
	if _, ok := c.(NRGBA); ok {
		return c
	}
	r, g, b, a := unpremultiply(c)
	return NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func nrgba64Model(c Color) Color {
	if _, ok := c.(NRGBA64); ok {
		return c
	}
	r, g, b, a := unpremultiply(c)
	return NRGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func alphaModel(c Color) Color {
	if _, ok := c.(Alpha); ok {
		return c
	}
	_, _, _, a := c.RGBA()
	return Alpha{uint8(a >> 8)}
}

func alpha16Model(c Color) Color {
	if _, ok := c.(Alpha16); ok {
		return c
	}
	_, _, _, a := c.RGBA()
	return Alpha16{uint16(a)}
}

// luma16 returns the JFIF luminance of a color in 16.16 fixed point, rounded (the weights
// 0.299, 0.587 and 0.114 scaled by 1<<16).
func luma16(c Color) uint32 {
	r, g, b, _ := c.RGBA()
	return 19595*r + 38470*g + 7471*b + 1<<15
}

func grayModel(c Color) Color {
	if _, ok := c.(Gray); ok {
		return c
	}
	return Gray{uint8(luma16(c) >> 24)}
}

func gray16Model(c Color) Color {
	if _, ok := c.(Gray16); ok {
		return c
	}
	return Gray16{uint16(luma16(c) >> 16)}
}

// Palette is a fixed list of colors; Convert picks the nearest.
type Palette []Color

// Convert picks the palette entry nearest to c (squared distance over R, G, B, A); nil
// when p is empty.
func (p Palette) Convert(c Color) Color {
	if len(p) == 0 {
		return nil
	}
	return p[p.Index(c)]
}

// Index is the position of the palette entry nearest to c (the first one on a tie).
func (p Palette) Index(c Color) int {
	cr, cg, cb, ca := c.RGBA()
	best, bestSum := 0, uint32(1<<32-1)
	for i, v := range p {
		vr, vg, vb, va := v.RGBA()
		sum := sqDiff(cr, vr) + sqDiff(cg, vg) + sqDiff(cb, vb) + sqDiff(ca, va)
		if sum < bestSum {
			if sum == 0 {
				return i
			}
			best, bestSum = i, sum
		}
	}
	return best
}

// sqDiff returns the squared difference of two 16-bit values, scaled down by 4 so that four
// of them add up without overflowing a uint32 (x-y wraps, but its square does not care).
func sqDiff(x, y uint32) uint32 {
	d := x - y
	return d * d >> 2
}

// Standard colors.
var (
	Black       = Gray16{0}
	White       = Gray16{0xffff}
	Transparent = Alpha16{0}
	Opaque      = Alpha16{0xffff}
)
