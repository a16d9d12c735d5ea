// image: the 16-bit and CMYK images (RGBA64, NRGBA64, Gray16, Alpha16, CMYK): pixel layout,
// Set through models, SetRGBA64, At/RGBA64At, SubImage, Opaque, and the panic of New* for
// negative sizes.
package main

import (
	"fmt"
	"image"
	"image/color"
)

type setter interface {
	image.Image
	Set(x, y int, c color.Color)
	SetRGBA64(x, y int, c color.RGBA64)
	RGBA64At(x, y int) color.RGBA64
	SubImage(r image.Rectangle) image.Image
	Opaque() bool
}

func main() {
	r := image.Rect(-1, 0, 2, 2)
	imgs := []setter{image.NewRGBA64(r), image.NewNRGBA64(r), image.NewGray16(r), image.NewAlpha16(r), image.NewCMYK(r)}
	for _, m := range imgs {
		fmt.Printf("%T opaque=%v\n", m, m.Opaque())
		m.Set(-1, 0, color.RGBA{200, 100, 50, 255})
		m.Set(0, 0, color.NRGBA{200, 100, 50, 100})
		m.SetRGBA64(1, 0, color.RGBA64{0x1234, 0x5678, 0x9abc, 0xdef0})
		m.SetRGBA64(0, 1, color.RGBA64{0xffff, 0xffff, 0xffff, 0xffff})
		m.Set(5, 5, nil)
		m.SetRGBA64(-2, 0, color.RGBA64{1, 2, 3, 4})
		for y := 0; y < 2; y++ {
			for x := -1; x < 2; x++ {
				fmt.Print(" ", m.At(x, y), m.RGBA64At(x, y))
			}
		}
		fmt.Println()
		sub := m.SubImage(image.Rect(0, 1, 9, 9))
		fmt.Println(" ", sub.Bounds(), sub.At(0, 1), m.Opaque(), m.ColorModel().Convert(color.White), m.SubImage(image.Rect(5, 5, 6, 6)).Bounds())
	}
	full := image.NewRGBA64(image.Rect(0, 0, 2, 1))
	full.SetRGBA64(0, 0, color.RGBA64{A: 0xffff})
	full.SetRGBA64(1, 0, color.RGBA64{A: 0xffff})
	a := image.NewAlpha16(image.Rect(0, 0, 1, 1))
	a.SetAlpha16(0, 0, color.Alpha16{0xffff})
	n := image.NewNRGBA64(image.Rect(0, 0, 1, 1))
	n.SetNRGBA64(0, 0, color.NRGBA64{1, 2, 3, 0xfffe})
	fmt.Println(full.Opaque(), a.Opaque(), n.Opaque(), full.Pix, n.Pix, n.NRGBA64At(0, 0))
	c := image.NewCMYK(image.Rect(0, 0, 1, 1))
	c.SetCMYK(0, 0, color.CMYK{1, 2, 3, 4})
	g := image.NewGray16(image.Rect(0, 0, 1, 1))
	g.SetGray16(0, 0, color.Gray16{0xabcd})
	fmt.Println(c.CMYKAt(0, 0), c.Pix, g.Gray16At(0, 0), g.Pix, g.PixOffset(0, 0), c.Stride)

	for _, f := range []func(){
		func() { image.NewRGBA64(image.Rect(0, 0, 1, 1).Add(image.Pt(0, 0)).Inset(-1).Sub(image.Pt(0, 0))) },
		func() { image.NewGray16(image.Rectangle{Max: image.Pt(-1, 1)}) },
		func() { image.NewCMYK(image.Rectangle{Max: image.Pt(1<<40, 1<<40)}) },
		func() { image.NewPaletted(image.Rectangle{Max: image.Pt(3, -3)}, nil) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
