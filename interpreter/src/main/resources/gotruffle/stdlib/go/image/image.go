package image

import "image/color"

// Config is what DecodeConfig learns without decoding pixels.
type Config struct {
	ColorModel    color.Model
	Width, Height int
}

// Image: a bounded grid of colors in some color model.
type Image interface {
	// ColorModel is the model of the colors At returns.
	ColorModel() color.Model
	// Bounds is the area where At may return something other than transparent.
	Bounds() Rectangle
	// At is the pixel's color; At(Bounds().Min.X, Bounds().Min.Y) is the top-left one.
	At(x, y int) color.Color
}

// RGBA64Image is an Image that can give a pixel as color.RGBA64 without an interface value.
type RGBA64Image interface {
	// RGBA64At is the pixel at (x, y) as color.RGBA64.
	RGBA64At(x, y int) color.RGBA64
	Image
}

// PalettedImage is an Image backed by palette indices.
type PalettedImage interface {
	// ColorIndexAt is the palette index stored at (x, y).
	ColorIndexAt(x, y int) uint8
	Image
}

// newPix returns the pixel buffer of a new image of r with bpp bytes per pixel.
func newPix(bpp int, r Rectangle, typeName string) []uint8 {
	n := bufferLength(bpp, r.Dx(), r.Dy())
	if n < 0 {
		panic("image: New" + typeName + " Rectangle has huge or negative dimensions")
	}
	return make([]uint8, n)
}

// offset returns the index in Pix of the first byte of pixel (x, y).
func offset(r Rectangle, stride, bpp, x, y int) int {
	return (y-r.Min.Y)*stride + (x-r.Min.X)*bpp
}

// sub returns the pixels and bounds of the part of an image visible through r (ok false when
// that part is empty).
func sub(pix []uint8, stride int, bounds, r Rectangle, bpp int) ([]uint8, Rectangle, bool) {
	r = r.Intersect(bounds)
	if r.Empty() {
		return nil, r, false
	}
	return pix[offset(bounds, stride, bpp, r.Min.X, r.Min.Y):], r, true
}

// opaque reports whether the n alpha bytes at offset at of every pixel are all 0xff.
func opaque(pix []uint8, stride int, r Rectangle, bpp, at, n int) bool {
	for y, row := r.Min.Y, 0; y < r.Max.Y; y, row = y+1, row+stride {
		for i := row + at; i < row+r.Dx()*bpp; i += bpp {
			for _, c := range pix[i : i+n] {
				if c != 0xff {
					return false
				}
			}
		}
	}
	return true
}

// RGBA stores alpha-premultiplied 8-bit pixels, four bytes each.
type RGBA struct {
	// Pix: R, G, B, A bytes per pixel; pixel (x, y) begins at byte
	// Stride*(y-Rect.Min.Y) + 4*(x-Rect.Min.X).
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *RGBA) ColorModel() color.Model { return color.RGBAModel }
func (p *RGBA) Bounds() Rectangle       { return p.Rect }
func (p *RGBA) At(x, y int) color.Color { return p.RGBAAt(x, y) }
func (p *RGBA) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 4, x, y) }
func (p *RGBA) Opaque() bool            { return opaque(p.Pix, p.Stride, p.Rect, 4, 3, 1) }
func (p *RGBA) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetRGBA(x, y, color.RGBAModel.Convert(c).(color.RGBA))
	}
}

func (p *RGBA) RGBA64At(x, y int) color.RGBA64 {
	r, g, b, a := p.RGBAAt(x, y).RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func (p *RGBA) RGBAAt(x, y int) color.RGBA {
	if !(Point{x, y}.In(p.Rect)) {
		return color.RGBA{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.RGBA{s[0], s[1], s[2], s[3]}
}

func (p *RGBA) SetRGBA64(x, y int, c color.RGBA64) {
	p.SetRGBA(x, y, color.RGBA{uint8(c.R >> 8), uint8(c.G >> 8), uint8(c.B >> 8), uint8(c.A >> 8)})
}

func (p *RGBA) SetRGBA(x, y int, c color.RGBA) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	s[0], s[1], s[2], s[3] = c.R, c.G, c.B, c.A
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *RGBA) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 4)
	if !ok {
		return &RGBA{}
	}
	return &RGBA{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewRGBA allocates a zeroed RGBA image covering r.
func NewRGBA(r Rectangle) *RGBA { return &RGBA{newPix(4, r, "RGBA"), 4 * r.Dx(), r} }

// NRGBA stores non-premultiplied 8-bit pixels, four bytes each.
type NRGBA struct {
	// Pix: R, G, B, A bytes per pixel, color not scaled by alpha.
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *NRGBA) ColorModel() color.Model { return color.NRGBAModel }
func (p *NRGBA) Bounds() Rectangle       { return p.Rect }
func (p *NRGBA) At(x, y int) color.Color { return p.NRGBAAt(x, y) }
func (p *NRGBA) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 4, x, y) }
func (p *NRGBA) Opaque() bool            { return opaque(p.Pix, p.Stride, p.Rect, 4, 3, 1) }
func (p *NRGBA) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetNRGBA(x, y, color.NRGBAModel.Convert(c).(color.NRGBA))
	}
}

func (p *NRGBA) RGBA64At(x, y int) color.RGBA64 {
	r, g, b, a := p.NRGBAAt(x, y).RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func (p *NRGBA) NRGBAAt(x, y int) color.NRGBA {
	if !(Point{x, y}.In(p.Rect)) {
		return color.NRGBA{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.NRGBA{s[0], s[1], s[2], s[3]}
}

func (p *NRGBA) SetRGBA64(x, y int, c color.RGBA64) {
	r, g, b, a := uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
	if a != 0 && a != 0xffff {
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	p.SetNRGBA(x, y, color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)})
}

func (p *NRGBA) SetNRGBA(x, y int, c color.NRGBA) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	s := p.Pix[p.PixOffset(x, y):]
	s[0], s[1], s[2], s[3] = c.R, c.G, c.B, c.A
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *NRGBA) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 4)
	if !ok {
		return &NRGBA{}
	}
	return &NRGBA{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewNRGBA allocates a zeroed NRGBA image covering r.
func NewNRGBA(r Rectangle) *NRGBA { return &NRGBA{newPix(4, r, "NRGBA"), 4 * r.Dx(), r} }

// Alpha stores one 8-bit alpha byte per pixel.
type Alpha struct {
	// Pix: one alpha byte per pixel; pixel (x, y) is byte
	// Stride*(y-Rect.Min.Y) + (x-Rect.Min.X).
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *Alpha) ColorModel() color.Model { return color.AlphaModel }
func (p *Alpha) Bounds() Rectangle       { return p.Rect }
func (p *Alpha) At(x, y int) color.Color { return p.AlphaAt(x, y) }
func (p *Alpha) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 1, x, y) }
func (p *Alpha) Opaque() bool            { return opaque(p.Pix, p.Stride, p.Rect, 1, 0, 1) }
func (p *Alpha) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetAlpha(x, y, color.AlphaModel.Convert(c).(color.Alpha))
	}
}
func (p *Alpha) SetRGBA64(x, y int, c color.RGBA64) { p.SetAlpha(x, y, color.Alpha{uint8(c.A >> 8)}) }

func (p *Alpha) RGBA64At(x, y int) color.RGBA64 {
	a := uint16(p.AlphaAt(x, y).A) * 0x101
	return color.RGBA64{a, a, a, a}
}

func (p *Alpha) AlphaAt(x, y int) color.Alpha {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Alpha{}
	}
	return color.Alpha{p.Pix[p.PixOffset(x, y)]}
}

func (p *Alpha) SetAlpha(x, y int, c color.Alpha) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	p.Pix[p.PixOffset(x, y)] = c.A
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *Alpha) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 1)
	if !ok {
		return &Alpha{}
	}
	return &Alpha{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewAlpha allocates a zeroed Alpha image covering r.
func NewAlpha(r Rectangle) *Alpha { return &Alpha{newPix(1, r, "Alpha"), r.Dx(), r} }

// Gray stores one 8-bit gray byte per pixel.
type Gray struct {
	// Pix: one gray byte per pixel; pixel (x, y) is byte
	// Stride*(y-Rect.Min.Y) + (x-Rect.Min.X).
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
}

func (p *Gray) ColorModel() color.Model { return color.GrayModel }
func (p *Gray) Bounds() Rectangle       { return p.Rect }
func (p *Gray) At(x, y int) color.Color { return p.GrayAt(x, y) }
func (p *Gray) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 1, x, y) }
func (p *Gray) Opaque() bool            { return true }
func (p *Gray) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetGray(x, y, color.GrayModel.Convert(c).(color.Gray))
	}
}
func (p *Gray) SetRGBA64(x, y int, c color.RGBA64) {
	p.SetGray(x, y, color.GrayModel.Convert(c).(color.Gray)) // the same luma formula
}

func (p *Gray) RGBA64At(x, y int) color.RGBA64 {
	v := uint16(p.GrayAt(x, y).Y) * 0x101
	return color.RGBA64{v, v, v, 0xffff}
}

func (p *Gray) GrayAt(x, y int) color.Gray {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Gray{}
	}
	return color.Gray{p.Pix[p.PixOffset(x, y)]}
}

func (p *Gray) SetGray(x, y int, c color.Gray) {
	if !(Point{x, y}.In(p.Rect)) {
		return
	}
	p.Pix[p.PixOffset(x, y)] = c.Y
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *Gray) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 1)
	if !ok {
		return &Gray{}
	}
	return &Gray{Pix: pix, Stride: p.Stride, Rect: r}
}

// NewGray allocates a zeroed Gray image covering r.
func NewGray(r Rectangle) *Gray { return &Gray{newPix(1, r, "Gray"), r.Dx(), r} }

// Paletted stores one palette index byte per pixel.
type Paletted struct {
	// Pix: one palette index per pixel; pixel (x, y) is byte
	// Stride*(y-Rect.Min.Y) + (x-Rect.Min.X).
	Pix []uint8
	// Stride: bytes from one row of Pix to the next.
	Stride int
	// Rect: the area the pixels cover.
	Rect Rectangle
	// Palette: the colors the indices refer to.
	Palette color.Palette
}

func (p *Paletted) ColorModel() color.Model { return p.Palette }
func (p *Paletted) Bounds() Rectangle       { return p.Rect }
func (p *Paletted) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 1, x, y) }

// At returns the palette color of the pixel (Palette[0] outside the bounds, nil without a
// palette).
func (p *Paletted) At(x, y int) color.Color {
	if len(p.Palette) == 0 {
		return nil
	}
	return p.Palette[p.ColorIndexAt(x, y)]
}

func (p *Paletted) RGBA64At(x, y int) color.RGBA64 {
	c := p.At(x, y)
	if c == nil {
		return color.RGBA64{}
	}
	r, g, b, a := c.RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func (p *Paletted) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.Pix[p.PixOffset(x, y)] = uint8(p.Palette.Index(c))
	}
}

func (p *Paletted) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *Paletted) ColorIndexAt(x, y int) uint8 {
	if !(Point{x, y}.In(p.Rect)) {
		return 0
	}
	return p.Pix[p.PixOffset(x, y)]
}

func (p *Paletted) SetColorIndex(x, y int, index uint8) {
	if (Point{x, y}.In(p.Rect)) {
		p.Pix[p.PixOffset(x, y)] = index
	}
}

// SubImage is the part of p inside r, sharing p's pixels.
func (p *Paletted) SubImage(r Rectangle) Image {
	pix, r, ok := sub(p.Pix, p.Stride, p.Rect, r, 1)
	if !ok {
		return &Paletted{Palette: p.Palette}
	}
	return &Paletted{Pix: pix, Stride: p.Stride, Rect: r, Palette: p.Palette}
}

// Opaque: every palette entry some pixel uses has full alpha.
func (p *Paletted) Opaque() bool {
	var used [256]bool
	for y, row := p.Rect.Min.Y, 0; y < p.Rect.Max.Y; y, row = y+1, row+p.Stride {
		for _, c := range p.Pix[row : row+p.Rect.Dx()] {
			used[c] = true
		}
	}
	for i, c := range p.Palette {
		if used[i] {
			if _, _, _, a := c.RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}

// NewPaletted allocates a zeroed Paletted image covering r, with palette p.
func NewPaletted(r Rectangle, p color.Palette) *Paletted {
	return &Paletted{newPix(1, r, "Paletted"), r.Dx(), r, p}
}
