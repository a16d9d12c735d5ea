// Interfaces that refer to each other through a method signature and an
// embedding: K embeds J while J's declaration (M() K) is still being resolved.
// Go accepts this; both interfaces have the method M.
package main

import "fmt"

type J interface{ M() K }
type K interface{ J }

type Tree interface {
	Children() []Node
	Name() string
}
type Node interface {
	Tree
	Parent() Tree
}

type T struct{ depth int }

func (t T) M() K { return T{t.depth + 1} }

type leaf struct{ name string }

func (l leaf) Children() []Node { return nil }
func (l leaf) Name() string     { return l.name }
func (l leaf) Parent() Tree     { return nil }

func main() {
	var k K = T{}
	fmt.Println(k.M().M().(T).depth)
	var j J = k
	_, ok := j.(K)
	fmt.Println(ok)
	var n Node = leaf{"x"}
	fmt.Println(n.Name(), len(n.Children()), n.Parent() == nil)
	fmt.Printf("%T %v\n", j, j)
}
