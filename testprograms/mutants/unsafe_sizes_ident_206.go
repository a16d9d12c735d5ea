// unsafe.Sizeof, Alignof and Offsetof: compile-time constants of Go's amd64 layout, as
// programs use them to explain struct padding. The operand is not evaluated.
package main

import (
	"fmt"
	"unsafe"
)

type padded struct {
	a bool
	b int64
	c bool
}

type packed struct {
	b int64
	a bool
	c bool
}

type header struct {
	kind  uint8
	flags uint16
	id    uint32
	name  string
	tags  []string
	attrs map[string]int
	next  *header
	any   interface{}
	c64   complex64
	c128  complex128
	pair  [3]int16
	empty struct{}
}

type inner struct {
	x, y float32
}

type outer struct {
	tag byte
	inner
	z float64
}

type trailing struct {
	n int32
	e struct{}
}

func sideEffect() int {
	fmt.Println("not evaluated")
	return 1
}

func main() {
	var p padded
	var q packed
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.b), unsafe.Offsetof(p.c))
	fmt.Println(unsafe.Sizeof(q), unsafe.Offsetof(q.a), unsafe.Offsetof(q.c))
	var h header
	fmt.Println(unsafe.Sizeof(h), unsafe.Offsetof(h.flags), unsafe.Offsetof(h.id), unsafe.Offsetof(h.name),
		unsafe.Offsetof(h.tags), unsafe.Offsetof(h.attrs), unsafe.Offsetof(outer.any), unsafe.Offsetof(h.c64),
		unsafe.Offsetof(h.c128), unsafe.Offsetof(h.pair), unsafe.Offsetof(h.empty))
	fmt.Println(unsafe.Alignof(h.c64), unsafe.Alignof(h.c128), unsafe.Alignof(h.pair), unsafe.Sizeof(h.pair))
	var o outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Offsetof(o.inner), unsafe.Offsetof(o.y), unsafe.Offsetof(o.z))
	fmt.Println(unsafe.Sizeof(trailing{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof([0]int{}))
	fmt.Println(unsafe.Sizeof(sideEffect()), unsafe.Sizeof(1.5), unsafe.Sizeof('x'), unsafe.Sizeof("hello"))
	const words = unsafe.Sizeof(uintptr(0)) / 4
	var arr [words]int
	fmt.Printf("%T %v %d\n", unsafe.Sizeof(p), len(arr), unsafe.Sizeof(&p))
}
