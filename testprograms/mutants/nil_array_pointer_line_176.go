// Indexing, slicing and ranging over a nil pointer to an array dereference it (len and cap do not).
package main

import (
	"fmt"
	"os"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var p *[10]int
	i := 20
	if len(os.Args) > 5 {
		i = 1
	}
	try("p[0]", func() { fmt.Println(p[0]) })
	try("p[3]=1", func() { p[3] = 1 })
	try("p[i] oob", func() { fmt.Println(p[i]) })
	try("p[:]", func() { fmt.Println(len(p[:])) })
	try("p[2:5]", func() { fmt.Println(len(p[2:5])) })
	try("p[0:0]", func() { fmt.Println(len(p[0:0])) })
	try("range kv", func() {
		for i, v := range p {
			fmt.Println(i, v)
		}
	})
	try("*p", func() { fmt.Println(*p) })
	try("len", func() { fmt.Println(len(p), cap(p)) })
	try("p[1]++", func() { p[1]++ })
	try("&p[1]", func() { q := &p[1]; fmt.Println(q == nil) })
	try("s[:]", func() { fmt.Println(len(s[:])) })
	var m *[2][3]int
	try("m[1][2]", func() { fmt.Println(m[1][2]) })
	var st *[2]struct{ a int }
	try("st[1].a", func() { fmt.Println(st[1].a) })
	for i := range p {
		if i == 9 {
			fmt.Println("range with the index only does not dereference:", i)
		}
	}
	p[5] = 1
	fmt.Println("unreachable")
}
