package image

import "image/color"

var (
	// Black: every pixel opaque black.
	Black = NewUniform(color.Black)
	// White: every pixel opaque white.
	White = NewUniform(color.White)
	// Transparent: every pixel fully transparent.
	Transparent = NewUniform(color.Transparent)
	// Opaque: every pixel fully opaque (a mask that lets everything through).
	Opaque = NewUniform(color.Opaque)
)

// Uniform is an unbounded image of one color; it is also a color.Color and a color.Model
// (every color converts to it).
type Uniform struct {
	C color.Color
}

func (c *Uniform) RGBA() (r, g, b, a uint32)       { return c.C.RGBA() }
func (c *Uniform) ColorModel() color.Model         { return c }
func (c *Uniform) Convert(color.Color) color.Color { return c.C }
func (c *Uniform) Bounds() Rectangle               { return Rectangle{Point{-1e9, -1e9}, Point{1e9, 1e9}} }
func (c *Uniform) At(x, y int) color.Color         { return c.C }

func (c *Uniform) RGBA64At(x, y int) color.RGBA64 {
	r, g, b, a := c.C.RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

// Opaque: the one color has full alpha.
func (c *Uniform) Opaque() bool {
	_, _, _, a := c.C.RGBA()
	return a == 0xffff
}

// NewUniform is an unbounded image of the single color c.
func NewUniform(c color.Color) *Uniform { return &Uniform{c} }
