package image

import "image/color"

// YCbCrSubsampleRatio says how much coarser the chroma planes are than the luma plane.
type YCbCrSubsampleRatio int

const (
	YCbCrSubsampleRatio444 YCbCrSubsampleRatio = iota
	YCbCrSubsampleRatio422
	YCbCrSubsampleRatio420
	YCbCrSubsampleRatio440
	YCbCrSubsampleRatio411
	YCbCrSubsampleRatio410
)

var ratioNames = [...]string{"444", "422", "420", "440", "411", "410"}

func (s YCbCrSubsampleRatio) String() string {
	if s >= 0 && int(s) < len(ratioNames) {
		return "YCbCrSubsampleRatio" + ratioNames[s]
	}
	return "YCbCrSubsampleRatioUnknown"
}

// chromaDivisors returns how many luma samples share one chroma sample across and down.
func (s YCbCrSubsampleRatio) chromaDivisors() (dx, dy int) {
	switch s {
	case YCbCrSubsampleRatio422:
		return 2, 1
	case YCbCrSubsampleRatio420:
		return 2, 2
	case YCbCrSubsampleRatio440:
		return 1, 2
	case YCbCrSubsampleRatio411:
		return 4, 1
	case YCbCrSubsampleRatio410:
		return 4, 2
	}
	return 1, 1
}

// YCbCr keeps one luma sample per pixel and chroma planes that may be coarser (one Cb and
// Cr sample per 2 or 4 pixels, by SubsampleRatio).
type YCbCr struct {
	Y, Cb, Cr      []uint8
	YStride        int
	CStride        int
	SubsampleRatio YCbCrSubsampleRatio
	Rect           Rectangle
}

func (p *YCbCr) ColorModel() color.Model { return color.YCbCrModel }
func (p *YCbCr) Bounds() Rectangle       { return p.Rect }
func (p *YCbCr) At(x, y int) color.Color { return p.YCbCrAt(x, y) }
func (p *YCbCr) Opaque() bool            { return true }

func (p *YCbCr) RGBA64At(x, y int) color.RGBA64 {
	r, g, b, a := p.YCbCrAt(x, y).RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func (p *YCbCr) YCbCrAt(x, y int) color.YCbCr {
	if !(Point{x, y}.In(p.Rect)) {
		return color.YCbCr{}
	}
	ci := p.COffset(x, y)
	return color.YCbCr{p.Y[p.YOffset(x, y)], p.Cb[ci], p.Cr[ci]}
}

// YOffset: where pixel (x, y)'s sample lies in Y.
func (p *YCbCr) YOffset(x, y int) int { return (y-p.Rect.Min.Y)*p.YStride + (x - p.Rect.Min.X) }

// COffset: where pixel (x, y)'s samples lie in Cb and Cr (which depends on the subsample ratio).
func (p *YCbCr) COffset(x, y int) int {
	dx, dy := p.SubsampleRatio.chromaDivisors()
	return (y/dy-p.Rect.Min.Y/dy)*p.CStride + (x/dx - p.Rect.Min.X/dx)
}

// SubImage is the part of p inside r, sharing p's planes.
func (p *YCbCr) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &YCbCr{SubsampleRatio: p.SubsampleRatio}
	}
	return p.sub(r)
}

func (p *YCbCr) sub(r Rectangle) *YCbCr {
	yi, ci := p.YOffset(r.Min.X, r.Min.Y), p.COffset(r.Min.X, r.Min.Y)
	return &YCbCr{Y: p.Y[yi:], Cb: p.Cb[ci:], Cr: p.Cr[ci:], SubsampleRatio: p.SubsampleRatio,
		YStride: p.YStride, CStride: p.CStride, Rect: r}
}

// yCbCrSize returns the luma and chroma planes' widths and heights for r.
func yCbCrSize(r Rectangle, ratio YCbCrSubsampleRatio) (w, h, cw, ch int) {
	dx, dy := ratio.chromaDivisors()
	return r.Dx(), r.Dy(), (r.Max.X+dx-1)/dx - r.Min.X/dx, (r.Max.Y+dy-1)/dy - r.Min.Y/dy
}

// planes returns n planes of w*h bytes then two of cw*ch, cut from one buffer, or nil when a
// size is negative or too large.
func planes(lumaPlanes, w, h, cw, ch int) []uint8 {
	luma, chroma := bufferLength(lumaPlanes, w, h), bufferLength(2, cw, ch)
	if luma < 0 || chroma < 0 || luma+chroma < 0 {
		return nil
	}
	return make([]uint8, luma+chroma)
}

// NewYCbCr allocates the planes for an image covering r with the given chroma subsampling.
func NewYCbCr(r Rectangle, subsampleRatio YCbCrSubsampleRatio) *YCbCr {
	w, h, cw, ch := yCbCrSize(r, subsampleRatio)
	b := planes(1, w, h, cw, ch)
	if b == nil {
		panic("image: NewYCbCr Rectangle has huge or negative dimensions")
	}
	i0, i1, i2 := w*h, w*h+cw*ch, w*h+2*cw*ch
	return &YCbCr{Y: b[:i0:i0], Cb: b[i0:i1:i1], Cr: b[i1:i2:i2], SubsampleRatio: subsampleRatio,
		YStride: w, CStride: cw, Rect: r}
}

// NYCbCrA is YCbCr with an alpha plane A (stride AStride, one sample per pixel); color is not
// scaled by alpha.
type NYCbCrA struct {
	YCbCr
	A       []uint8
	AStride int
}

func (p *NYCbCrA) ColorModel() color.Model { return color.NYCbCrAModel }
func (p *NYCbCrA) At(x, y int) color.Color { return p.NYCbCrAAt(x, y) }

func (p *NYCbCrA) RGBA64At(x, y int) color.RGBA64 {
	r, g, b, a := p.NYCbCrAAt(x, y).RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func (p *NYCbCrA) NYCbCrAAt(x, y int) color.NYCbCrA {
	if !(Point{X: x, Y: y}.In(p.Rect)) {
		return color.NYCbCrA{}
	}
	return color.NYCbCrA{YCbCr: p.YCbCrAt(x, y), A: p.A[p.AOffset(x, y)]}
}

// AOffset: where pixel (x, y)'s sample lies in A.
func (p *NYCbCrA) AOffset(x, y int) int { return (y-p.Rect.Min.Y)*p.AStride + (x - p.Rect.Min.X) }

// SubImage is the part of p inside r, sharing p's planes.
func (p *NYCbCrA) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &NYCbCrA{YCbCr: YCbCr{SubsampleRatio: p.SubsampleRatio}}
	}
	return &NYCbCrA{YCbCr: *p.YCbCr.sub(r), A: p.A[p.AOffset(r.Min.X, r.Min.Y):], AStride: p.AStride}
}

// Opaque: every alpha sample inside Rect is 0xff.
func (p *NYCbCrA) Opaque() bool { return opaque(p.A, p.AStride, p.Rect, 1, 0, 1) }

// NewNYCbCrA allocates the planes, alpha included, for an image covering r.
func NewNYCbCrA(r Rectangle, subsampleRatio YCbCrSubsampleRatio) *NYCbCrA {
	w, h, cw, ch := yCbCrSize(r, subsampleRatio)
	b := planes(2, w, h, cw, ch)
	if b == nil {
		panic("image: NewNYCbCrA Rectangle has huge or negative dimension") // sic: Go's text
	}
	i0, i1, i2 := w*h, w*h+cw*ch, w*h+2*cw*ch
	return &NYCbCrA{
		YCbCr: YCbCr{Y: b[:i0:i0], Cb: b[i0:i1:i1], Cr: b[i1:i2:i2], SubsampleRatio: subsampleRatio,
			YStride: w, CStride: cw, Rect: r},
		A:       b[i2:],
		AStride: w,
	}
}
