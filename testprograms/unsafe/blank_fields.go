// Struct equality and map keys ignore blank (_) fields, which only a view through
// unsafe.Pointer can fill.
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	_, _ int
	a    string
}

type K struct {
	_ int
	n int
}

func main() {
	type Raw struct {
		x, y int
		a    string
	}
	t1 := *(*T)(unsafe.Pointer(&Raw{1, 2, "s"}))
	t2 := *(*T)(unsafe.Pointer(&Raw{3, 4, "s"}))
	t3 := *(*T)(unsafe.Pointer(&Raw{3, 4, "t"}))
	fmt.Println(t1 == t2, t1 != t2, t1 == t3)
	var i1, i2 interface{} = t1, t2
	fmt.Println(i1 == i2)

	// Map keys: the blank field is not part of the key.
	m := map[K]string{}
	type P struct{ x, n int }
	k1 := *(*K)(unsafe.Pointer(&P{7, 1}))
	k2 := *(*K)(unsafe.Pointer(&P{9, 1}))
	m[k1] = "one"
	m[k2] = "again"
	fmt.Println(len(m), m[K{n: 1}])

	a1 := [2]T{t1, t3}
	a2 := [2]T{t2, t3}
	fmt.Println(a1 == a2)
}
