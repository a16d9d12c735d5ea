// Types defined in terms of each other before they are complete (type T2 T1, T1 refers to *T2).
package main

import "fmt"

type Node struct {
	Val  int
	Next *Link
}

type Link Node

type Tree struct {
	Kids []*Branch
	Name string
}

type Branch Leafy
type Leafy Tree

type Ring *[2]Cell
type Cell Ring

func (l *Link) Len() int {
	n := 0
	for p := l; p != nil; p = p.Next {
		n++
	}
	return n
}

func main() {
	l := &Link{1, &Link{2, &Link{3, nil}}}
	fmt.Println(l.Len(), l.Next.Val, Node(*l).Val)

	t := &Tree{Name: "root", Kids: []*Branch{{Name: "a"}, {Name: "b", Kids: []*Branch{{Name: "c"}}}}}
	var walk func(name string, kids []*Branch, depth int)
	walk = func(name string, kids []*Branch, depth int) {
		fmt.Printf("%*s%s\n", depth*2, "", name)
		for _, k := range kids {
			walk(kName, k.Kids, depth+1)
		}
	}
	walk(t.Name, t.Kids, 0)

	var r Ring = &[2]Cell{}
	r[0] = Cell(r)
	fmt.Println(r[0] != nil, r[1] == nil)
}
