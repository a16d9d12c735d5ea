// image: YCbCr and NYCbCrA images at every subsample ratio, with odd and negative bounds:
// plane sizes, offsets, pixels, SubImage, Opaque, New* panics.
package main

import (
	"fmt"
	"image"
	"image/color"
)

func main() {
	rects := []image.Rectangle{image.Rect(0, 0, 5, 3), image.Rect(-3, -1, 2, 4)}
	for r := image.YCbCrSubsampleRatio(0); r <= 6; r++ {
		for _, b := range rects {
			m := image.NewYCbCr(b, r)
			fmt.Println(r, b, len(m.Y), len(m.Cb), len(m.Cr), cap(m.Y), m.YStride, m.CStride)
			for i := range m.Y {
				m.Y[i] = uint8(10 * i)
			}
			for i := range m.Cb {
				m.Cb[i], m.Cr[i] = uint8(100+i), uint8(200-i)
			}
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					fmt.Print(" ", m.YOffset(x, y), "/", m.COffset(x, y))
				}
			}
			fmt.Println()
			fmt.Println(" ", m.At(b.Min.X+1, b.Min.Y+1), m.RGBA64At(b.Max.X-1, b.Max.Y-1), m.YCbCrAt(99, 99), m.Opaque())
			sub := m.SubImage(image.Rect(1, 1, 10, 10)).(*image.YCbCr)
			fmt.Println(" ", sub.Bounds(), len(sub.Y), len(sub.Cb), sub.At(1, 1), m.SubImage(image.Rect(50, 50, 60, 60)).(*image.YCbCr).SubsampleRatio)

			a := image.NewNYCbCrA(b, r)
			fmt.Println(" ", len(a.Y), len(a.Cb), len(a.A), a.AStride, a.Opaque(), a.ColorModel() == color.NYCbCrAModel)
			for i := range a.A {
				a.A[i] = 0xff
			}
			a.Y[0], a.Cb[0], a.Cr[0] = 77, 90, 180
			fmt.Println(" ", a.Opaque(), a.At(b.Min.X, b.Min.Y), a.RGBA64At(b.Min.X, b.Min.Y), a.AOffset(b.Max.X-1, b.Max.Y-1), a.NYCbCrAAt(-99, 0))
			a.A[len(a.A)-1] = 3
			as := a.SubImage(image.Rect(0, 0, 1, 1)).(*image.NYCbCrA)
			fmt.Println(" ", a.Opaque(), as.Bounds(), len(as.A), as.At(0, 0), a.SubImage(image.Rectangle{}).Bounds())
		}
	}
	for _, f := range []func(){
		func() { image.NewYCbCr(image.Rectangle{Max: image.Pt(-2, 2)}, image.YCbCrSubsampleRatio420) },
		func() { image.NewNYCbCrA(image.Rectangle{Max: image.Pt(2, -2)}, image.YCbCrSubsampleRatio444) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
