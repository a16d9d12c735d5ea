// nil interfaces versus interfaces holding typed nil pointers (the classic err != nil trap),
// methods called on nil pointer receivers, and interface comparison rules, including the
// runtime panic when comparing interfaces holding uncomparable values.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr\
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface!
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type List struct {
	val  int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.val + l.next.Sum()
}

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

func main() {
	err := mayFail(false)
	fmt.Println("typed nil: err == nil?", err == nil, "value:", err)
	fmt.Printf("%T %v\n", err, err)
	err = mayFailFixed(false)
	fmt.Println("fixed: err == nil?", err == nil)
	err = mayFail(true)
	fmt.Println("failing:", err)

	var e *MyErr
	var iface error = e
	fmt.Println(e == nil, iface == nil, iface != nil, iface.(*MyErr) == nil)

	l := &List{1, &List{2, &List{3, nil}}}
	var empty *List
	fmt.Println(l.Sum(), empty.Sum())

	// Interface equality compares dynamic type and value.
	var a, b interface{} = 3, 3
	var c interface{} = int64(3)
	fmt.Println(a == b, a == c, a == 3, c == int64(3))
	var d1, d2 Animal = Dog{"rex"}, Dog{"rex"}
	fmt.Println(d1 == d2, d1 == Dog{"fido"}, d1.Sound())
	var x, y interface{}
	fmt.Println(x == y, x == nil)
	p1, p2 := &MyErr{"a"}, &MyErr{"a"}
	var e1, e2 error = p1, p2
	fmt.Println(e1 == e2, e1 == error(p1))
	fmt.Println(errors.New("x") == errors.New("x"))

	// Maps with interface keys.
	m := map[interface{}]string{1: "int", "1": "string", 1.0: "float", Dog{"k"}: "dog"}
	fmt.Println(len(m), m[1], m["1"], m[1.0], m[Dog{"k"}], m[int8(1)] == "")

	// Comparing uncomparable dynamic values panics at run time.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s1, s2 interface{} = []int{1}, []int{1}
		fmt.Println(s1 == s2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[[]string{"x"}] = "slice key"
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var an Animal
		fmt.Println(an.Sound())
	}()
	var nilDogPtr *Dog
	var an Animal = nilDogPtr
	fmt.Println(an != nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(an.Sound()) // value method through a nil pointer
	}()
}
