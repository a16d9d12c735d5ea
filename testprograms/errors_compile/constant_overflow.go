// Compile error: an untyped constant that does not fit the target type (byte).
package main

import "fmt"

type pixel struct {
	r, g, b byte
}

func (p pixel) gray() byte {
	return byte((int(p.r) + int(p.g) + int(p.b)) / 3)
}

func brighten(p pixel, by byte) pixel {
	clamp := func(v byte) byte {
		if int(v)+int(by) > 255 {
			return 255
		}
		return v + by
	}
	return pixel{clamp(p.r), clamp(p.g), clamp(p.b)}
}

func main() {
	palette := []pixel{{255, 255, 255}, {10, 20, 30}, {300, 0, 0}}
	for _, p := range palette {
		fmt.Println(p, p.gray(), brighten(p, 100))
	}
}
