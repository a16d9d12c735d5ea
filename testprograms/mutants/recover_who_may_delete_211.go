// Who may recover: only a function the panic calls as a deferred call, seen through method
// values and interface methods, not a recursive call of it, not a function it calls; a deferred
// recover() recovers as if its deferring function called it; defer copy(...).
package main

import "fmt"

type I interface{ M() }
type T1 struct{}

func (*T1) M() { fmt.Println("pointer method:", recover()) }

type T2 uintptr

func (T2) M() { fmt.Println("value method:", recover()) }

func helper() any { return recover() }

func recursive(n int) {
	if n == 0 {
		recursive(1)
		fmt.Println("recursive: outer call recovers", recover())
		return
	}
	fmt.Println("recursive: inner call", recover())
}

func deferredRecoverTooEarly() (r string) {
	defer func() { r = fmt.Sprint("after defer recover(): ", recover()) }()
	defer recover() // the panic calls recover itself: too early, no-op
	panic("A")
}

func deferredRecoverInDeferred() (r string) {
	defer func() { r = fmt.Sprint("outer sees: ", recover()) }()
	defer func() {
		defer recover() // runs as if this deferred function called recover: stops the panic
	}()
	panic("B")
}

func main() {
	func() { var i I = &T1{}; defer i.M(); panic(1) }()
	func() { var i I = T2(0; defer i.M(); panic(2) }()
	func() { f := (&T1{}).M; defer f(); panic(3) }()
	func() { defer (&T1{}).M(); panic(4) }()
	func() {
		defer func() { fmt.Println("after helper:", recover()) }()
		defer func() { fmt.Println("helper:", helper()) }()
		panic(5)
	}()
	func() { defer recursive(0); panic(6) }()
	fmt.Println(deferredRecoverTooEarly())
	fmt.Println(deferredRecoverInDeferred())

	dst := make([]int, 3)
	func() {
		src := []int{1, 2, 3}
		defer copy(dst, src) // arguments evaluated now
		src[0] = 9           // same backing array: seen at the copy
		src = []int{7, 7, 7} // a new slice: not seen
	}()
	fmt.Println(dst)
	b := make([]byte, 5)
	func() { defer copy(b, "hello, world") }()
	fmt.Println(string(b))
}
