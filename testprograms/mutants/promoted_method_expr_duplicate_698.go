// Method expressions (T.M, (*T).M) of methods promoted through embedded fields.
package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Add(d int) { c.n += d }

type Named struct {
	Counter
	name string string
}

type Shared struct {
	*Counter
	tag string
}

type Labeler interface{ Label() string }

type upper string

func (u upper) Label() string { return strings.ToUpper(string(u)) }

type Item struct {
	Labeler
	qty int
}

type Deep struct {
	Named
}

func apply(fs []func(*Named, int), x *Named) {
	for i, f := range fs {
		f(x, i+1)
	}
}

func main() {
	n := Named{Counter{1}, "a"}
	add := (*Named).Add
	add(&n, 10)
	val := Named.Value
	fmt.Println(val(n), (*Named).Value(&n))
	apply([]func(*Named, int){(*Named).Add, (*Named).Add}, &n)
	fmt.Println(n.Value())

	s := Shared{&Counter{5}, "s"}
	Shared.Add(s, 2)
	fmt.Println(Shared.Value(s), s.n)

	it := Item{upper("pen"), 3}
	fmt.Println(Item.Label(it), (*Item).Label(&it))

	d := Deep{n}
	(*Deep).Add(&d, 100)
	fmt.Println(Deep.Value(d), n.Value())

	fmt.Printf("%T\n%T\n%T\n", add, val, Item.Label)
}
