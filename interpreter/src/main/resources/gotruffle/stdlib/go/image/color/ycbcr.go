package color

// clamp returns a 16.16 fixed-point channel value shifted right by shift (16 for 8 bits, 8
// for 16 bits), clamped: negative values give 0, values past 24 bits all ones of the width.
func clamp(v int32, shift uint) uint32 {
	switch {
	case uint32(v)&0xff000000 == 0:
		return uint32(v >> shift)
	case v < 0:
		return 0
	}
	return 0xffffff >> shift
}

// RGBToYCbCr maps 8-bit RGB to Y'CbCr (JFIF, full range).
func RGBToYCbCr(r, g, b uint8) (uint8, uint8, uint8) {
	r1, g1, b1 := int32(r), int32(g), int32(b)
	y := (19595*r1 + 38470*g1 + 7471*b1 + 1<<15) >> 16
	cb := clamp(-11056*r1-21712*g1+32768*b1+257<<15, 16)
	cr := clamp(32768*r1-27440*g1-5328*b1+257<<15, 16)
	return uint8(y), uint8(cb), uint8(cr)
}

// ycbcrToRGB returns the RGB of a Y'CbCr triple (8 bits each for shift 16, 16 for shift 8).
func ycbcrToRGB(y, cb, cr uint8, shift uint) (r, g, b uint32) {
	y1 := int32(y) * 0x10101
	cb1, cr1 := int32(cb)-128, int32(cr)-128
	return clamp(y1+91881*cr1, shift), clamp(y1-22554*cb1-46802*cr1, shift), clamp(y1+116130*cb1, shift)
}

// YCbCrToRGB maps Y'CbCr (JFIF, full range) to 8-bit RGB.
func YCbCrToRGB(y, cb, cr uint8) (uint8, uint8, uint8) { return bytes3(ycbcrToRGB(y, cb, cr, 16)) }

func bytes3(r, g, b uint32) (uint8, uint8, uint8) { return uint8(r), uint8(g), uint8(b) }

// YCbCr: an opaque color as one luma and two chroma bytes, JPEG's color space.
type YCbCr struct {
	Y, Cb, Cr uint8
}

func (c YCbCr) RGBA() (uint32, uint32, uint32, uint32) { return opaque(ycbcrToRGB(c.Y, c.Cb, c.Cr, 8)) }

// YCbCrModel converts any color to YCbCr (its alpha is dropped).
var YCbCrModel Model = modelOf(func(c Color) YCbCr {
	r, g, b, _ := c.RGBA()
	return ycbcrOf(r, g, b)
})

// ycbcrOf is the YCbCr of 16-bit RGB channels (their top bytes).
func ycbcrOf(r, g, b uint32) YCbCr {
	y, cb, cr := RGBToYCbCr(high(r), high(g), high(b))
	return YCbCr{y, cb, cr}
}

// NYCbCrA: a YCbCr color with an alpha byte; luma and chroma are not scaled by alpha.
type NYCbCrA struct {
	YCbCr
	A uint8
}

func (c NYCbCrA) RGBA() (uint32, uint32, uint32, uint32) {
	r, g, b := ycbcrToRGB(c.Y, c.Cb, c.Cr, 8)
	a := widen(c.A)
	return r * a / 0xffff, g * a / 0xffff, b * a / 0xffff, a
}

// NYCbCrAModel converts any color to NYCbCrA; a YCbCr keeps its values and becomes opaque.
var NYCbCrAModel Model = modelOf(func(c Color) NYCbCrA {
	if v, ok := c.(YCbCr); ok {
		return NYCbCrA{v, 0xff}
	}
	// divided by alpha as NRGBA's are, but a transparent color keeps its channels
	r, g, b, a := c.RGBA()
	if a != 0 {
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	return NYCbCrA{ycbcrOf(r, g, b), high(a)}
})

// RGBToCMYK maps 8-bit RGB to the four ink values.
func RGBToCMYK(r, g, b uint8) (uint8, uint8, uint8, uint8) {
	rr, gg, bb := uint32(r), uint32(g), uint32(b)
	w := rr
	if gg > w {
		w = gg
	}
	if bb > w {
		w = bb
	}
	if w == 0 {
		return 0, 0, 0, 0xff
	}
	return uint8((w - rr) * 0xff / w), uint8((w - gg) * 0xff / w), uint8((w - bb) * 0xff / w), uint8(0xff - w)
}

// cmykToRGB16 returns the 16-bit RGB of a CMYK quadruple.
func cmykToRGB16(c, m, y, k uint8) (r, g, b uint32) {
	w := 0xffff - widen(k)
	return (0xffff - widen(c)) * w / 0xffff, (0xffff - widen(m)) * w / 0xffff, (0xffff - widen(y)) * w / 0xffff
}

// CMYKToRGB maps the four ink values to 8-bit RGB.
func CMYKToRGB(c, m, y, k uint8) (uint8, uint8, uint8) {
	r, g, b := cmykToRGB16(c, m, y, k)
	return high(r), high(g), high(b)
}

// CMYK represents a fully opaque CMYK color, 8 bits each for cyan, magenta, yellow and black.
type CMYK struct {
	C, M, Y, K uint8
}

func (c CMYK) RGBA() (uint32, uint32, uint32, uint32) { return opaque(cmykToRGB16(c.C, c.M, c.Y, c.K)) }

// CMYKModel converts any color to CMYK (its alpha is dropped).
var CMYKModel Model = modelOf(func(c Color) CMYK {
	r, g, b, _ := c.RGBA()
	cyan, magenta, yellow, black := RGBToCMYK(high(r), high(g), high(b))
	return CMYK{cyan, magenta, yellow, black}
})
