package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type T struct {
	a, b int
	c    float64
}

type Celsius float64

func main() {
	var p unsafe.Pointer
	fmt.Println(p == nil, p)
	x := 42
	q := unsafe.Pointer(&x)
	ip := (*int)(q)
	*ip = 7
	fmt.Println(x, ip == &x, q == unsafe.Pointer(&x), q != nil)
	m := map[unsafe.Pointer]string{q: "x"}
	fmt.Println(m[unsafe.Pointer(&x)], len(m))
	var i interface{} = q
	_, ok := i.(unsafe.Pointer)
	fmt.Printf("%T %v\n", i, ok)
	t := &T{1, 2, 3.5}
	bp := (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(t)) + unsafe.Offsetof(t.b)))
	*bp = 20
	cp := (*float64)(unsafe.Add(unsafe.Pointer(t), unsafe.Offsetoft(.c)))
	fmt.Println(t.b, *cp)
	first := (*int)(unsafe.Pointer(t))
	fmt.Println(*first, unsafe.Pointer(first) == unsafe.Pointer(t))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	c := (*Celsius)(unsafe.Pointer(&f))
	*c = 2.5
	fmt.Println(f)
	arr := [4]int32{1, 2, 3, 4}
	s := unsafe.Slice(&arr[1], 3)
	s[0] = 9
	fmt.Println(arr, len(s), cap(s))
	e := (*int32)(unsafe.Add(unsafe.Pointer(&arr[0]), 12))
	fmt.Println(*e)
	var u uintptr = uintptr(unsafe.Pointer(&arr[2])) - uintptr(unsafe.Pointer(&arr[0]))
	fmt.Println(u)
	println(p)
	fmt.Printf("%v %p %#v\n", p, p, p)
	fmt.Println(unsafe.Pointer(uintptr(0)) == nil)

	// %p of a pointer and of the unsafe.Pointer made from it agree
	fmt.Println(fmt.Sprintf("%p", t) == fmt.Sprintf("%p", unsafe.Pointer(t)))
	fmt.Println(fmt.Sprintf("%p", &arr[1]) == fmt.Sprintf("%p", unsafe.Pointer(&arr[1])))

	// the zero-copy []byte -> string conversion
	b := []byte("hello, world")
	str := *(*string)(unsafe.Pointer(&b))
	fmt.Println(str, len(str))

	// named types over unsafe.Pointer, in structs and interfaces
	type handle unsafe.Pointer
	h := handle(unsafe.Pointer(&x))
	var box struct{ p unsafe.Pointer }
	box.p = unsafe.Pointer(h)
	fmt.Println(*(*int)(box.p), box.p == q)

	// float32 bits and int8/uint8 views of one word
	g := float32(-2)
	fmt.Printf("%#x\n", *(*uint32)(unsafe.Pointer(&g)))
	i8 := int8(-1)
	fmt.Println(*(*uint8)(unsafe.Pointer(&i8)))
	*(*uint8)(unsafe.Pointer(&i8)) = 200
	fmt.Println(i8)

	// struct views of the same layout share the storage
	type P struct{ X, Y int }
	type Q struct{ A, B int }
	pp := &P{1, 2}
	qq := (*Q)(unsafe.Pointer(pp))
	qq.B = 5
	fmt.Println(*pp, *qq)

	// reflect's addresses are the same
	v := reflect.ValueOf(&arr).Elem().Index(2)
	fmt.Println(v.UnsafeAddr() == uintptr(unsafe.Pointer(&arr[2])), reflect.ValueOf(&x).Pointer() == uintptr(q))
	fmt.Println(*(*int32)(v.Addr().UnsafePointer()), reflect.TypeOf(q).Kind(), reflect.ValueOf(q).Kind())
}
