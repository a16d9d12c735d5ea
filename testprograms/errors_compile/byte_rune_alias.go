// Compile error: byte and rune keep their alias names in messages (types2 prints the type as written).
package main

import "fmt"

type glyph struct {
	code  rune
	width byte
}

func encode(r rune, extra ...byte) (byte, error) {
	if r < 0x80 {
		return byte(r)
	}
	return 0, nil
}

func main() {
	buf := []byte{}
	buf = append(buf, "x")
	g := glyph{code: "a", width: 300}
	var w byte = 1
	r := 'x'
	var name string = r
	w += "s"
	_ = r + w
	k := []rune("abc")
	var n int = k
	encode(1.5)
	fmt.Println(buf, g, name, n, byte(256))
}
