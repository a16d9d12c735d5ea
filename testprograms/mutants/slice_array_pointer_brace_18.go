// Slice to array pointer conversions, (*[N]T)(s), of any part of a slice: the array pointer
// aliases the slice's elements from its offset (Go 1.17), so writes through either show in
// the other; copies, comparisons, ranges, re-slicing, fmt, maps and reflect see those elements.
package main

import (
	"encoding/binary"
	"fmt"
	"reflect"
)

type point struct{ x, y int }

func main() {
	buf := make([]byte, 12, 16)
	for i := range buf {
		buf[i] = byte(i)
	}
	p := (*[4]byte)(buf[4:8])
	fmt.Println(*p, len(p), cap(p[:]), &p[0] == &buf[4])
	p[0] = 100
	buf[7] = 200
	fmt.Println(buf, *p)

	// a copy is its own array
	c := *p
	c[1] = 1
	fmt.Println(c, *p)

	// overlapping assignment through two views of one array
	var x [16]byte
	for i := range x {
		x[i] = byte(i)
	}
	y := x
	copy(x[4:12], x[2:10])
	*(*[8]byte)(y[4:12]) = *(*[8]byte)(y[2:10])
	fmt.Println(x == y, y)

	// pointers to the same elements are equal, also as map keys
	q := (*[4]byte)(buf[4:])
	r := (*[4]byte)(buf[5:])
	fmt.Println(p == q, p == r)
	m := map[*[4]byte]string{p: "p"}
	m[q] = "q"
	m[r] = "r"
	fmt.Println(len(m), m[p])
	var whole [6]int
	w := (*[6]int)(whole[:])
	fmt.Println(w == &whole)

	// range, re-slicing, arrays of structs
	pts := []point{{1, 2}, {3, 4}, {5, 6}, {7, 8}}
	two := (*[2]point)(pts[1:3])
	for i, v := range two {
		fmt.Println(i, v)
	}
	two[1].y = 60
	sub := two[1:]
	sub[0].x = 50
	fmt.Println(pts, two[:], len(sub), cap(sub))

	// equality of array values taken through views
	a1 := (*[2]int)([]int{9, 1, 2, 9}[1:3])
	a2 := [2]int{1, 2}
	fmt.Println(*a1 == a2)
	fmt.Printf("%v %d %x\n", a1, *a1, *(*[3]byte)(buf[1:]))

	// a common use: fixed-size fields of a byte buffer
	msg := make([]byte, 16)
	binary.BigEndian.PutUint32(msg[8:], 0xCAFEBABE)
	word := (*[4]byte)(msg[8:12])
	fmt.Printf("% x\n", word[:])

	// reflect sees the same elements
	v := reflect.ValueOf(p).Elem()
	fmt.Println(v.Len(), v.Index(3), v.Slice(1, 3).Interface())
	v.Index(1).SetUint(77)
	fmt.Println(buf[5])
	conv := reflect.ValueOf(buf[8:]).Convert(reflect.TypeOf((*[2]byte(nil))).Interface().(*[2]byte)
	conv[0] = 88
	fmt.Println(buf[8], reflect.DeepEqual(*conv, [2]byte{88, 9}))

	// too short: Go's run-time error
	defer func() { fmt.Println(recover()) }()
	_ = (*[5]byte)(buf[8:])
}
