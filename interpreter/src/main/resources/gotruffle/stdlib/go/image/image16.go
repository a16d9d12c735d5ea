package image

import "image/color"

// get16 and put16 read and write the big-endian 16-bit channel values of the 16-bit images.
func get16(s []uint8) uint16 { return uint16(s[0])<<8 | uint16(s[1]) }

func put16(s []uint8, v uint16) { s[0], s[1] = uint8(v>>8), uint8(v) }

// get64 and put64 read and write the four channels of a 64-bit pixel.
func get64(s []uint8) (uint16, uint16, uint16, uint16) {
	return get16(s), get16(s[2:]), get16(s[4:]), get16(s[6:])
}

func put64(s []uint8, r, g, b, a uint16) {
	put16(s, r)
	put16(s[2:], g)
	put16(s[4:], b)
	put16(s[6:], a)
}

// RGBA64 stores alpha-premultiplied 16-bit pixels, eight bytes each.
type RGBA64 struct {
	// Pix: R, G, B, A as big-endian uint16s; pixel (x, y) begins at byte
	// Stride*(y-Rect.Min.Y) + 8*(x-Rect.Min.X).
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *RGBA64) ColorModel() color.Model { return color.RGBA64Model }
func (p *RGBA64) Bounds() Rectangle       { return p.Rect }
func (p *RGBA64) At(x, y int) color.Color { return p.RGBA64At(x, y) }
func (p *RGBA64) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 8, x, y) }
func (p *RGBA64) Opaque() bool            { return opaque(p.Pix, p.Stride, p.Rect, 8, 6, 2) }

func (p *RGBA64) RGBA64At(x, y int) color.RGBA64 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.RGBA64{}
	}
	r, g, b, a := get64(p.Pix[p.PixOffset(x, y):])
	return color.RGBA64{r, g, b, a}
}

func (p *RGBA64) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetRGBA64(x, y, color.RGBA64Model.Convert(c).(color.RGBA64))
	}
}

func (p *RGBA64) SetRGBA64(x, y int, c color.RGBA64) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	put64(p.Pix[p.PixOffset(x, y):], c.R, c.G, c.B, c.A)
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *RGBA64) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 8)
	if !ok {
		return &RGBA64{}
	}
	return &RGBA64{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewRGBA64 allocates a zeroed RGBA64 image covering r.
func NewRGBA64(r Rectangle) *RGBA64 { return &RGBA64{newPix(8, r, "RGBA64"), 8 * r.Dx(), r} }

// NRGBA64 stores non-premultiplied 16-bit pixels, eight bytes each.
type NRGBA64 struct {
	// Pix: R, G, B, A as big-endian uint16s, color not scaled by alpha.
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *NRGBA64) ColorModel() color.Model { return color.NRGBA64Model }
func (p *NRGBA64) Bounds() Rectangle       { return p.Rect }
func (p *NRGBA64) At(x, y int) color.Color { return p.NRGBA64At(x, y) }
func (p *NRGBA64) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 8, x, y) }
func (p *NRGBA64) Opaque() bool            { return opaque(p.Pix, p.Stride, p.Rect, 8, 6, 2) }

func (p *NRGBA64) RGBA64At(x, y int) color.RGBA64 {
	r, g, b, a := p.NRGBA64At(x, y).RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func (p *NRGBA64) NRGBA64At(x, y int) color.NRGBA64 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.NRGBA64{}
	}
	r, g, b, a := get64(p.Pix[p.PixOffset(x, y):])
	return color.NRGBA64{r, g, b, a}
}

func (p *NRGBA64) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetNRGBA64(x, y, color.NRGBA64Model.Convert(c).(color.NRGBA64))
	}
}

func (p *NRGBA64) SetRGBA64(x, y int, c color.RGBA64) {
	r, g, b, a := uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
	if a != 0 && a != 0xffff {
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	p.SetNRGBA64(x, y, color.NRGBA64{uint16(r), uint16(g), uint16(b), uint16(a)})
}

func (p *NRGBA64) SetNRGBA64(x, y int, c color.NRGBA64) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	put64(p.Pix[p.PixOffset(x, y):], c.R, c.G, c.B, c.A)
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *NRGBA64) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 8)
	if !ok {
		return &NRGBA64{}
	}
	return &NRGBA64{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewNRGBA64 allocates a zeroed NRGBA64 image covering r.
func NewNRGBA64(r Rectangle) *NRGBA64 { return &NRGBA64{newPix(8, r, "NRGBA64"), 8 * r.Dx(), r} }

// Alpha16 stores one big-endian 16-bit alpha value per pixel.
type Alpha16 struct {
	// Pix: one big-endian uint16 per pixel; pixel (x, y) begins at byte
	// Stride*(y-Rect.Min.Y) + 2*(x-Rect.Min.X).
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *Alpha16) ColorModel() color.Model            { return color.Alpha16Model }
func (p *Alpha16) Bounds() Rectangle                  { return p.Rect }
func (p *Alpha16) At(x, y int) color.Color            { return p.Alpha16At(x, y) }
func (p *Alpha16) PixOffset(x, y int) int             { return offset(p.Rect, p.Stride, 2, x, y) }
func (p *Alpha16) Opaque() bool                       { return opaque(p.Pix, p.Stride, p.Rect, 2, 0, 2) }
func (p *Alpha16) SetRGBA64(x, y int, c color.RGBA64) { p.SetAlpha16(x, y, color.Alpha16{c.A}) }

func (p *Alpha16) RGBA64At(x, y int) color.RGBA64 {
	a := p.Alpha16At(x, y).A
	return color.RGBA64{a, a, a, a}
}

func (p *Alpha16) Alpha16At(x, y int) color.Alpha16 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Alpha16{}
	}
	return color.Alpha16{get16(p.Pix[p.PixOffset(x, y):])}
}

func (p *Alpha16) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetAlpha16(x, y, color.Alpha16Model.Convert(c).(color.Alpha16))
	}
}

func (p *Alpha16) SetAlpha16(x, y int, c color.Alpha16) {
	if (Point{x, y}.In(p.Rect)) {
		put16(p.Pix[p.PixOffset(x, y):], c.A)
	}
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *Alpha16) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 2)
	if !ok {
		return &Alpha16{}
	}
	return &Alpha16{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewAlpha16 allocates a zeroed Alpha16 image covering r.
func NewAlpha16(r Rectangle) *Alpha16 { return &Alpha16{newPix(2, r, "Alpha16"), 2 * r.Dx(), r} }

// Gray16 stores one big-endian 16-bit gray value per pixel.
type Gray16 struct {
	// Pix: one big-endian uint16 gray level per pixel; pixel (x, y) begins at byte
	// Stride*(y-Rect.Min.Y) + 2*(x-Rect.Min.X).
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *Gray16) ColorModel() color.Model { return color.Gray16Model }
func (p *Gray16) Bounds() Rectangle       { return p.Rect }
func (p *Gray16) At(x, y int) color.Color { return p.Gray16At(x, y) }
func (p *Gray16) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 2, x, y) }
func (p *Gray16) Opaque() bool            { return true }
func (p *Gray16) SetRGBA64(x, y int, c color.RGBA64) {
	p.SetGray16(x, y, color.Gray16Model.Convert(c).(color.Gray16)) // the same luma formula
}

func (p *Gray16) RGBA64At(x, y int) color.RGBA64 {
	v := p.Gray16At(x, y).Y
	return color.RGBA64{v, v, v, 0xffff}
}

func (p *Gray16) Gray16At(x, y int) color.Gray16 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Gray16{}
	}
	return color.Gray16{get16(p.Pix[p.PixOffset(x, y):])}
}

func (p *Gray16) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetGray16(x, y, color.Gray16Model.Convert(c).(color.Gray16))
	}
}

func (p *Gray16) SetGray16(x, y int, c color.Gray16) {
	if (Point{x, y}.In(p.Rect)) {
		put16(p.Pix[p.PixOffset(x, y):], c.Y)
	}
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *Gray16) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 2)
	if !ok {
		return &Gray16{}
	}
	return &Gray16{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewGray16 allocates a zeroed Gray16 image covering r.
func NewGray16(r Rectangle) *Gray16 { return &Gray16{newPix(2, r, "Gray16"), 2 * r.Dx(), r} }

// CMYK stores four ink bytes (C, M, Y, K) per pixel.
type CMYK struct {
	// Pix: C, M, Y, K bytes per pixel; pixel (x, y) begins at byte
	// Stride*(y-Rect.Min.Y) + 4*(x-Rect.Min.X).
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *CMYK) ColorModel() color.Model { return color.CMYKModel }
func (p *CMYK) Bounds() Rectangle       { return p.Rect }
func (p *CMYK) At(x, y int) color.Color { return p.CMYKAt(x, y) }
func (p *CMYK) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 4, x, y) }
func (p *CMYK) Opaque() bool            { return true }

func (p *CMYK) RGBA64At(x, y int) color.RGBA64 {
	r, g, b, a := p.CMYKAt(x, y).RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func (p *CMYK) CMYKAt(x, y int) color.CMYK {
	if !(Point{x, y}.In(p.Rect)) {
		return color.CMYK{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.CMYK{s[0], s[1], s[2], s[3]}
}

func (p *CMYK) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetCMYK(x, y, color.CMYKModel.Convert(c).(color.CMYK))
	}
}

func (p *CMYK) SetRGBA64(x, y int, c color.RGBA64) {
	cc, mm, yy, kk := color.RGBToCMYK(uint8(c.R>>8), uint8(c.G>>8), uint8(c.B>>8))
	p.SetCMYK(x, y, color.CMYK{cc, mm, yy, kk})
}

func (p *CMYK) SetCMYK(x, y int, c color.CMYK) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	s[0], s[1], s[2], s[3] = c.C, c.M, c.Y, c.K
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *CMYK) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 4)
	if !ok {
		return &CMYK{}
	}
	return &CMYK{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewCMYK allocates a zeroed CMYK image covering r.
func NewCMYK(r Rectangle) *CMYK { return &CMYK{newPix(4, r, "CMYK"), 4 * r.Dx(), r} }
