// The texts of failed type assertions, recovered: the nil cases differ between
// a concrete target (the source interface's type is named) and an interface
// target (Go's runtime says just "interface").
package main

import (
	"fmt"
	"io"
)

type Named interface{ Name() string }

type T struct{}

func (T) Name() string   { return "T" }
func (T) String() string { return "t" }

type U struct{}

func try(label string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (runtime error: %v)\n", label, r, isErr && err != nil)
	}()
	f()
}

func main() {
	var e interface{}
	var s fmt.Stringer
	var n Named
	try("nil any to int", func() { _ = e.(int) })
	try("nil Stringer to T", func() { _ = s.(T) })
	try("nil any to Named", func() { _ = e.(Named) })
	try("nil Stringer to Named", func() { _ = s.(Named) })
	try("nil Named to io.Reader", func() { _ = n.(io.Reader) })
	try("nil Named to anonymous", func() { _ = n.(interface{ M() }) })
	e = U{}
	try("U to T", func() { _ = e.(T) })
	try("U to Named", func() { _ = e.(Named) })
	n = T{}
	try("Named T to U", func() { _ = n.(interface{}).(U) })
	try("Named T to io.Writer", func() { _ = n.(io.Writer) })
	e = 3
	try("int to string", func() { _ = e.(string) })
	try("int to error", func() { _ = e.(error) })
	v, ok := e.(Named)
	fmt.Println(v, ok)
}
