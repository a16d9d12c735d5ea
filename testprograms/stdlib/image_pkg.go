// image and image/color: the Go tour's image page, geometry, the pixel types (RGBA, NRGBA,
// Gray, Alpha, Paletted, Uniform), color models and conversions, palettes, SubImage.
package main

import (
	"fmt"
	"image"
	"image/color"
)

func main() {
	// The Go tour (methods/24).
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())

	// Geometry.
	p, q := image.Pt(3, 4), image.Point{-2, 7}
	r := image.Rect(10, 20, 2, 5)
	fmt.Println(p, q, p.Add(q), p.Sub(q), p.Mul(3), q.Div(2), p.Eq(image.Pt(3, 4)), image.ZP)
	fmt.Println(r, r.Dx(), r.Dy(), r.Size(), r.Add(p), r.Sub(p), r.Inset(2), r.Inset(10), r.Inset(-1))
	s := image.Rect(5, 0, 30, 10)
	fmt.Println(r.Intersect(s), r.Union(s), r.Overlaps(s), r.In(s), s.Intersect(image.Rect(100, 100, 200, 200)))
	fmt.Println(image.Rectangle{}.Empty(), r.Empty(), image.Rect(1, 1, 1, 5).Eq(image.Rect(7, 7, 3, 7)), image.ZR.Union(r))
	fmt.Println(image.Rectangle{image.Pt(5, 5), image.Pt(1, 2)}.Canon(), p.In(r), image.Pt(2, 5).In(r), image.Pt(10, 5).In(r))
	fmt.Println(image.Pt(-1, 23).Mod(r), image.Pt(25, -4).Mod(r), r.At(3, 6), r.At(0, 0), r.RGBA64At(3, 6), r.Bounds(), r.ColorModel() == color.Alpha16Model)
	fmt.Printf("%v %+v %#v\n", r, p, q)

	// RGBA pixels, Set through models, SubImage sharing pixels, Opaque.
	m = image.NewRGBA(image.Rect(-2, -2, 3, 2))
	fmt.Println(len(m.Pix), m.Stride, m.PixOffset(0, 0), m.Opaque())
	m.Set(0, 0, color.RGBA{255, 0, 0, 255})
	m.Set(1, 1, color.NRGBA{255, 128, 0, 128})
	m.Set(2, 1, color.Gray{200})
	m.Set(-2, -2, color.CMYK{0, 255, 255, 0})
	m.Set(9, 9, nil) // outside: ignored
	m.SetRGBA64(-1, 0, color.RGBA64{0x1234, 0x5678, 0x9abc, 0xffff})
	fmt.Println(m.Pix)
	fmt.Println(m.At(1, 1), m.RGBAAt(2, 1), m.RGBA64At(1, 1), m.At(50, 50), m.ColorModel() == color.RGBAModel)
	sub := m.SubImage(image.Rect(0, 0, 10, 10)).(*image.RGBA)
	sub.Set(0, 0, color.White)
	fmt.Println(sub.Bounds(), sub.Stride, len(sub.Pix), m.At(0, 0), sub.At(-1, 0), m.SubImage(image.Rect(50, 50, 60, 60)).Bounds())
	full := image.NewRGBA(image.Rect(0, 0, 2, 2))
	for i := range full.Pix {
		full.Pix[i] = 0xff
	}
	fmt.Println(full.Opaque(), (&image.RGBA{}).Opaque())

	// NRGBA, Gray, Alpha.
	n := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	n.Set(0, 0, color.RGBA{100, 50, 0, 128})
	n.SetRGBA64(1, 0, color.RGBA64{0x4000, 0x2000, 0, 0x8000})
	fmt.Println(n.Pix, n.At(0, 0), n.RGBA64At(0, 0), n.Opaque())
	g := image.NewGray(image.Rect(0, 0, 3, 1))
	g.Set(0, 0, color.RGBA{255, 0, 0, 255})
	g.Set(1, 0, color.NRGBA{0, 255, 0, 255})
	g.SetRGBA64(2, 0, color.RGBA64{0, 0, 0xffff, 0xffff})
	fmt.Println(g.Pix, g.At(1, 0), g.GrayAt(2, 0), g.RGBA64At(0, 0), g.Opaque(), g.SubImage(image.Rect(1, 0, 3, 1)).Bounds())
	a := image.NewAlpha(image.Rect(0, 0, 2, 2))
	a.Set(0, 0, color.NRGBA{1, 2, 3, 77})
	a.SetAlpha(1, 1, color.Alpha{255})
	a.SetRGBA64(0, 1, color.RGBA64{A: 0x8080})
	fmt.Println(a.Pix, a.At(0, 0), a.RGBA64At(1, 1), a.Opaque())

	// Paletted images and palettes.
	pal := color.Palette{color.Black, color.White, color.RGBA{255, 0, 0, 255}, color.Transparent}
	pm := image.NewPaletted(image.Rect(0, 0, 4, 1), pal)
	pm.Set(0, 0, color.RGBA{250, 10, 10, 255})
	pm.Set(1, 0, color.Gray{140})
	pm.SetColorIndex(2, 0, 1)
	fmt.Println(pm.Pix, pm.At(0, 0), pm.At(10, 0), pm.ColorIndexAt(1, 0), pm.RGBA64At(2, 0), pm.Opaque())
	pm.SetColorIndex(3, 0, 3)
	fmt.Println(pm.Opaque(), pal.Index(color.RGBA{0, 0, 0, 10}), pal.Convert(color.Gray{100}), color.Palette{}.Convert(color.White))
	fmt.Println((&image.Paletted{}).At(0, 0), pm.ColorModel().Convert(color.Gray{250}), pm.SubImage(image.Rect(2, 0, 9, 9)).(*image.Paletted).Pix)

	// Uniform images.
	u := image.NewUniform(color.RGBA{1, 2, 3, 255})
	fmt.Println(u.Bounds(), u.At(5, 5), u.Opaque(), image.Transparent.Opaque(), u.ColorModel().Convert(color.White), image.Black.C)
	fmt.Println(u.RGBA())

	// Colors and models.
	colors := []color.Color{
		color.RGBA{200, 100, 50, 255}, color.RGBA{100, 50, 25, 128}, color.RGBA64{0x1234, 0x5678, 0x9abc, 0xdef0},
		color.NRGBA{200, 100, 50, 128}, color.NRGBA64{0xffff, 0x8000, 0, 0x8000}, color.Alpha{77}, color.Alpha16{0x1234},
		color.Gray{77}, color.Gray16{0x1234}, color.YCbCr{100, 50, 200}, color.NYCbCrA{color.YCbCr{100, 50, 200}, 100},
		color.CMYK{10, 20, 30, 40}, color.Black, color.White, color.Transparent, color.Opaque, color.RGBA{},
	}
	models := []color.Model{
		color.RGBAModel, color.RGBA64Model, color.NRGBAModel, color.NRGBA64Model, color.AlphaModel,
		color.Alpha16Model, color.GrayModel, color.Gray16Model, color.YCbCrModel, color.NYCbCrAModel, color.CMYKModel,
	}
	for _, c := range colors {
		r, g, b, a := c.RGBA()
		fmt.Printf("%T %v: %d %d %d %d ->", c, c, r, g, b, a)
		for _, m := range models {
			fmt.Print(" ", m.Convert(c))
		}
		fmt.Println()
	}
	for _, rgb := range [][3]uint8{{0, 0, 0}, {255, 255, 255}, {255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {12, 200, 99}, {255, 255, 0}} {
		y, cb, cr := color.RGBToYCbCr(rgb[0], rgb[1], rgb[2])
		r, g, b := color.YCbCrToRGB(y, cb, cr)
		c, mm, yy, k := color.RGBToCMYK(rgb[0], rgb[1], rgb[2])
		r2, g2, b2 := color.CMYKToRGB(c, mm, yy, k)
		fmt.Println(rgb, y, cb, cr, r, g, b, c, mm, yy, k, r2, g2, b2)
	}
	for _, ycc := range [][3]uint8{{0, 0, 0}, {255, 255, 255}, {255, 0, 255}, {0, 255, 0}, {128, 128, 128}} {
		fmt.Println(color.YCbCrToRGB(ycc[0], ycc[1], ycc[2]))
		fmt.Println(color.YCbCr{ycc[0], ycc[1], ycc[2]}.RGBA())
	}
	fmt.Println(color.ModelFunc(func(c color.Color) color.Color { return color.Gray{1} }).Convert(color.White))

	var img image.Image = m
	if _, ok := img.(image.RGBA64Image); ok {
		fmt.Println("RGBA64Image")
	}
	var pi image.PalettedImage = pm
	fmt.Println(pi.ColorIndexAt(0, 0), image.Config{ColorModel: color.GrayModel, Width: 3, Height: 4}.Width)
	_, name, err := image.Decode(nil)
	fmt.Println(name, err)

	defer func() { fmt.Println("recovered:", recover()) }()
	image.NewRGBA(image.Rectangle{image.Pt(0, 0), image.Pt(-5, 3)})
}
