// image/color: every model converting colors of every type (including odd alphas and a
// custom Color), the RGBA of each type, Y'CbCr and CMYK conversions over a grid of inputs
// (sums, to keep the output short), palettes with ties, and which values pass unchanged.
package main

import (
	"fmt"
	"image/color"
)

type odd struct{}

// RGBA of a color that is not premultiplied correctly (channels above alpha).
func (odd) RGBA() (r, g, b, a uint32) { return 0xffff, 0x8000, 0x1234, 0x7fff }

func main() {
	colors := []color.Color{
		color.RGBA{10, 20, 30, 40}, color.RGBA{255, 255, 255, 255}, color.RGBA{0, 0, 0, 0},
		color.RGBA64{1000, 2000, 3000, 4000}, color.NRGBA{200, 100, 50, 128}, color.NRGBA{1, 2, 3, 0},
		color.NRGBA64{60000, 30000, 100, 32768}, color.Alpha{77}, color.Alpha16{12345},
		color.Gray{99}, color.Gray16{54321}, color.YCbCr{120, 80, 200}, color.YCbCr{255, 0, 255},
		color.NYCbCrA{color.YCbCr{60, 128, 128}, 100}, color.CMYK{10, 200, 30, 40}, color.CMYK{0, 0, 0, 255},
		odd{}, color.Black, color.White, color.Transparent, color.Opaque,
	}
	models := []struct {
		name string
		m    color.Model
	}{
		{"RGBA", color.RGBAModel}, {"RGBA64", color.RGBA64Model}, {"NRGBA", color.NRGBAModel},
		{"NRGBA64", color.NRGBA64Model}, {"Alpha", color.AlphaModel}, {"Alpha16", color.Alpha16Model},
		{"Gray", color.GrayModel}, {"Gray16", color.Gray16Model}, {"YCbCr", color.YCbCrModel},
		{"NYCbCrA", color.NYCbCrAModel}, {"CMYK", color.CMYKModel},
	}
	for _, c := range colors {
		r, g, b, a := c.RGBA()
		fmt.Printf("%T%v rgba=%d,%d,%d,%d\n", c, c, r, g, b, a)
		for _, m := range models {
			out := m.m.Convert(c)
			fmt.Printf("  %s: %T%v same=%v\n", m.name, out, out, out == c)
		}
	}

	// conversions over a grid
	var ys, cbs, crs, rs, gs, bs, cs, ms, yys, ks int
	for r := 0; r < 256; r += 15 {
		for g := 0; g < 256; g += 17 {
			for b := 0; b < 256; b += 13 {
				y, cb, cr := color.RGBToYCbCr(uint8(r), uint8(g), uint8(b))
				ys, cbs, crs = ys+int(y), cbs+int(cb), crs+int(cr)
				c, m, yy, k := color.RGBToCMYK(uint8(r), uint8(g), uint8(b))
				cs, ms, yys, ks = cs+int(c), ms+int(m), yys+int(yy), ks+int(k)
				r2, g2, b2 := color.YCbCrToRGB(uint8(r), uint8(g), uint8(b))
				rs, gs, bs = rs+int(r2), gs+int(g2), bs+int(b2)
				r3, g3, b3 := color.CMYKToRGB(uint8(r), uint8(g), uint8(b), uint8(r^b))
				rs, gs, bs = rs+int(r3)*3, gs+int(g3)*3, bs+int(b3)*3
			}
		}
	}
	fmt.Println(ys, cbs, crs, rs, gs, bs, cs, ms, yys, ks)
	fmt.Println(color.RGBToYCbCr(255, 0, 0))
	fmt.Println(color.YCbCrToRGB(255, 255, 0))
	fmt.Println(color.YCbCrToRGB(0, 0, 255))
	fmt.Println(color.RGBToCMYK(0, 0, 0))
	fmt.Println(color.CMYKToRGB(255, 255, 255, 255))

	p := color.Palette{color.Gray{0}, color.Gray{128}, color.RGBA{128, 128, 128, 255}, color.White}
	for _, c := range []color.Color{color.Gray{64}, color.Gray{65}, color.Gray{128}, color.RGBA{200, 0, 0, 255}, color.Transparent, odd{}} {
		fmt.Println(p.Index(c), p.Convert(c))
	}
	var empty color.Palette
	fmt.Println(empty.Convert(color.Black))
	f := color.ModelFunc(func(c color.Color) color.Color { return color.Gray{1} })
	fmt.Println(f.Convert(color.White))
}
