package main

// Names with non-ASCII letters appear in messages as their UTF-8 bytes, like the source text
// around them.

type Größe int

func main() {
	var ä int
	var g Größe = "groß"
	_ = "é" + 1
	naïve := 1
	_ = g
}
