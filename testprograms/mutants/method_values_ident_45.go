// Method values bind a receiver when they are evaluated (copying value receivers);
// method expressions turn methods into ordinary functions taking the receiver first.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k float64)  { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type byLen []string

func (b byLen) Len() int { return len(b) }
func (b byLen) Less(i, j int) bool {
	return len(b[i]) < len(b[j]) || len(b[i]) == len(b[j]) && b[i] < b[j]
}
func (b byLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func apply(fs []func(string), s string) {
	for _, f := range fs {
		f(s)
	}
}

func main() {
	p := Point{1, 2}
	add := p.Add // receiver copied now
	p.X = 100
	fmt.Println(add(Point{10, 10}), p)

	scale := p.Scale // &p bound
	scale(2)
	fmt.Println(p)

	addExpr := Point.Add
	scaleExpr := (*Point).Scale
	q := Point{3, 4}
	scaleExpr(&q, 3)
	fmt.Println(addExpr(q, Point{1, 1}), q)
	strExpr := Point.String
	ptrStrExpr := (*Point).String // value method via pointer type
	fmt.Println(strExpr(q), ptrStrExpr(&q))
	fmt.Printf("%T\n%T\n%T\n", addExpr, scaleExpr, add)

	a := &Logger{prefix: "A: "}
	b := &Logger{prefix: "B: "}
	apply([]func(string){a.Log, b.Log, a.Log}, "hello")
	fmt.Println(strings.Join(a.lines, "|"), strings.Join(b.lines, "|"))

	// Method values as callbacks over a slice.
	pts := []Point{{1, 1}, {2, 3}, {-1, 0}}
	var fns []func(float64)
	for i := range pts {
		fns = append(fns, pts[i].Scale)
	}
	for i, f := range fns {
		f(float64(i + 1))
	}
	fmt.Println(pts)

	words := ptrStrExpr{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Sort(words)
	fmt.Println(words)
	less := words.Less
	fmt.Println(less(0, 1), less(1, 0))
	lenOf := byLen.Len
	fmt.Println(lenOf(words))

	// A map from names to method expressions.
	ops := map[string]func(Point, Point) Point{"add": Point.Add}
	fmt.Println(ops["add"](Point{1, 2}, Point{3, 4}))
	var iface fmt.Stringer = q
	s := iface.String // method value from an interface
	q.X = 0
	fmt.Println(s())
}
