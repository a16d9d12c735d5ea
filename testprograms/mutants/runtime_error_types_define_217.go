// Recovered run-time errors have Go's types: %T, %v, %#v, runtime.Error and errors.As for each kind
// (*runtime.TypeAssertionError's %#v holds type descriptor addresses: only its %T here).
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRt := r.(runtime.Error)
		fmt.Printf("%s: %T runtime.Error=%v error=%v\n", name, r, isRt, isErr)
		fmt.Printf("  %v\n", r)
		if isErr {
			fmt.Printf("  Error()=%s\n", err.Error())
			var re runtime.Error
			fmt.Printf("  As=%v\n", errors.As(err, &re))
		}
		if _, ok := r.(*runtime.TypeAssertionError); !ok {
			fmt.Printf("  %#v\n", r)
		}
	}()
	f()
}

var zero int
var arr []int
var m map[string]int
var p *T
var i interface{} = "str"
var e error

func main() {
	try("nil deref", func() { fmt.Println(p.x) })
	try("div zero", func() { fmt.Println(1 / zero) })
	try("mod zero", func() { fmt.Println(1 % zero) })
	try("index", func() { fmt.Println(arr[5]) })
	try("slice", func() { fmt.Println(arr[1:zero]) })
	try("slice3", func() { a := make([]int, 3); fmt.Println(a[1:2:5]) })
	try("str index", func() { s := "ab"; fmt.Println(s[zero+5]) })
	try("nil map", func() { m["a"] := 1 })
	try("assert", func() { fmt.Println(i.(int)) })
	try("assert iface", func() { fmt.Println(i.(error)) })
	try("assert nil", func() { var j interface{}; fmt.Println(j.(int)) })
	try("nil func", func() { var f func(); f() })
	try("nil iface call", func() { fmt.Println(e.Error()) })
	try("closed chan", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("close nil", func() { var c chan int; close(c) })
	try("neg make", func() { n := -1 + zero; _ = make([]int, n) })
	try("neg makechan", func() { n := -1 + zero; _ = make(chan int, n) })
	try("conv", func() { s := make([]int, 2); _ = (*[4]int)(s) })
	try("shift", func() { n := -1 + zero; fmt.Println(1 << n) })
	try("hash", func() { mm := map[interface{}]int{}; mm[[]int{1}] = 1 })
	try("compare", func() { var a, b interface{} = []int{1}, []int{1}; fmt.Println(a == b) })
	try("custom", func() { panic(fmt.Errorf("x")) })
	try("string", func() { panic("plain") })
}
