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

func (c RGBA64) RGBA() (r, g, b, a uint32) { return uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A) }

// NRGBA: 8 bits per channel, color channels not scaled by alpha.
type NRGBA struct {
	R, G, B, A uint8
}

func (c NRGBA) RGBA() (r, g, b, a uint32) {
	return premultiply(widen(c.R), widen(c.G), widen(c.B), widen(c.A))
}

// NRGBA64: 16 bits per channel, color channels not scaled by alpha.
type NRGBA64 struct {
	R, G, B, A uint16
}

func (c NRGBA64) RGBA() (r, g, b, a uint32) {
	return premultiply(uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A))
}

// premultiply scales 16-bit channels by the 16-bit alpha a.
func premultiply(r, g, b, a uint32) (uint32, uint32, uint32, uint32) {
	return r * a / 0xffff, g * a / 0xffff, b * a / 0xffff, a
}

// Alpha: an 8-bit alpha value alone.
type Alpha struct {
	A uint8
}

func (c Alpha) RGBA() (r, g, b, a uint32) { return allFour(widen(c.A)) }

// Alpha16: a 16-bit alpha value alone.
type Alpha16 struct {
	A uint16
}

func (c Alpha16) RGBA() (r, g, b, a uint32) { return allFour(uint32(c.A)) }

// allFour: an alpha-only color premultiplied is its alpha in every channel.
func allFour(v uint32) (uint32, uint32, uint32, uint32) { return v, v, v, v }

// Gray: an 8-bit gray level.
type Gray struct {
	Y uint8
}

func (c Gray) RGBA() (r, g, b, a uint32) { return opaqueGray(widen(c.Y)) }

// Gray16: a 16-bit gray level.
type Gray16 struct {
	Y uint16
}

func (c Gray16) RGBA() (r, g, b, a uint32) { return opaqueGray(uint32(c.Y)) }

func opaqueGray(y uint32) (uint32, uint32, uint32, uint32) { return opaque(y, y, y) }

// opaque: the RGBA of an opaque color.
func opaque(r, g, b uint32) (uint32, uint32, uint32, uint32) { return r, g, b, 0xffff }

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

// modelOf is the model of the color type T: a T passes unchanged, any other color is
// made into one by conv.
func modelOf[T Color](conv func(Color) T) Model {
	return ModelFunc(func(c Color) Color {
		if _, ok := c.(T); ok {
			return c
		}
		return conv(c)
	})
}

// Converters to each of the package's color types.
var (
	RGBAModel    Model = modelOf(toRGBA)
	RGBA64Model  Model = modelOf(toRGBA64)
	NRGBAModel   Model = modelOf(toNRGBA)
	NRGBA64Model Model = modelOf(toNRGBA64)
	AlphaModel   Model = modelOf(toAlpha)
	Alpha16Model Model = modelOf(toAlpha16)
	GrayModel    Model = modelOf(toGray)
	Gray16Model  Model = modelOf(toGray16)
)

// high is the top byte of a 16-bit channel.
func high(v uint32) uint8 { return uint8(v >> 8) }

func toRGBA(c Color) RGBA {
	r, g, b, a := c.RGBA()
	return RGBA{high(r), high(g), high(b), high(a)}
}

func toRGBA64(c Color) RGBA64 {
	r, g, b, a := c.RGBA()
	return RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

// unpremultiply is c's RGBA with the color channels divided by alpha (all 0 for a
// transparent color).
func unpremultiply(c Color) (r, g, b, a uint32) {
	r, g, b, a = c.RGBA()
	switch a {
	case 0:
		return 0, 0, 0, 0
	case 0xffff:
		return r, g, b, a
	}
	return r * 0xffff / a, g * 0xffff / a, b * 0xffff / a, a
}

func toNRGBA(c Color) NRGBA {
	r, g, b, a := unpremultiply(c)
	return NRGBA{high(r), high(g), high(b), high(a)}
}

func toNRGBA64(c Color) NRGBA64 {
	r, g, b, a := unpremultiply(c)
	return NRGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func toAlpha(c Color) Alpha {
	_, _, _, a := c.RGBA()
	return Alpha{high(a)}
}

func toAlpha16(c Color) Alpha16 {
	_, _, _, a := c.RGBA()
	return Alpha16{uint16(a)}
}

func toGray(c Color) Gray { return Gray{uint8(luma16(c) >> 24)} }

func toGray16(c Color) Gray16 { return Gray16{uint16(luma16(c) >> 16)} }

// luma16 returns the JFIF luminance of a color in 16.16 fixed point, rounded (the weights
// 0.299, 0.587 and 0.114 scaled by 1<<16).
func luma16(c Color) uint32 {
	r, g, b, _ := c.RGBA()
	return 19595*r + 38470*g + 7471*b + 1<<15
}

// Palette is a fixed list of colors; Convert picks the nearest.
type Palette []Color

// Convert picks the palette entry nearest to c (see Index); nil when p is empty.
func (p Palette) Convert(c Color) Color {
	if len(p) > 0 {
		return p[p.Index(c)]
	}
	return nil
}

// Index is the position of the palette entry nearest to c: the smallest sum of squared
// channel differences (each scaled down by 4 so that the sum fits 32 bits), the first one
// on a tie.
func (p Palette) Index(c Color) int {
	var want [4]uint32
	want[0], want[1], want[2], want[3] = c.RGBA()
	best, bestDist := 0, ^uint32(0)
	for i, v := range p {
		var have [4]uint32
		have[0], have[1], have[2], have[3] = v.RGBA()
		dist := uint32(0)
		for k := range have {
			d := want[k] - have[k] // wraps, but its square is the same
			dist += d * d / 4
		}
		if dist == 0 {
			return i
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	return best
}

// Standard colors.
var Black, White = Gray16{0}, Gray16{0xffff}
var Transparent, Opaque = Alpha16{0}, Alpha16{0xffff}
