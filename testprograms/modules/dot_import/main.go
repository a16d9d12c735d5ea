// Dot imports: the exported names of a local package and of standard packages are used
// without qualifier, in expressions, types, composite literals, methods and %T.
package main

import (
	. "example.com/dotimport/geom"
	"fmt"
	. "sort"
	. "strings"
)

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	p := Point{1, 2}.Add(Point{X: Unit, Y: Unit})
	fmt.Println(p, Origin)
	Origin = p
	fmt.Printf("%v %T %+v\n", Origin, Origin, Rect{Max: p})
	var s Shape = Rect{Max: Point{2, 3}}
	fmt.Println(Describe(s), Scale(2.0, Unit))
	shapes := byArea{Rect{Max: Point{3, 3}}, s, Rect{Max: Point{1, 1}}}
	Sort(shapes)
	for _, sh := range shapes {
		fmt.Print(sh.Area(), " ")
	}
	fmt.Println()
	words := Fields(" b a  c ")
	Strings(words)
	fmt.Println(Join(words, ","), ToUpper(Repeat("go", 2)), SearchInts([]int{1, 3, 5}, 4))
	var b Builder
	fmt.Fprintf(&b, "%d", 42)
	fmt.Printf("%q %T\n", b.String(), b)
}
