// Duplicate constant cases in an expression switch (after conversion to the tag's type, or to the
// default type for an interface tag) and duplicate types in a type switch are errors in Go.
package main

type Color int

const (
	Red Color = iota
	Green
	Crimson = Red
)

func main() {
	var c Color
	var f float64
	var x interface{}
	var b byte
	switch c {
	case Red, Green:
	case Crimson:
	}
	switch f {
	case 1, 2.5:
	case 1.0:
	}
	switch x {
	case 1, int64(1), "a":
	case int(1), 'a':
	}
	s := "x"
	switch s {
	case "a", "b", "a":
	}
	switch b {
	case 'a', 97:
	}
	switch x.(type) {
	case nil, error:
	case byte, uint8:
	case interface{ Error() string }:
	}
}
