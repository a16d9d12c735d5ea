// defer, panic and recover: LIFO order, arguments evaluated at defer time, deferred
// functions changing named results, recover only stopping a panic from a deferred call,
// runtime errors recovered as runtime.Error values, and panics replaced inside defers.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func triple(n int) (result int) {
	defer func() { result *= true }()
	return n + 1 // result = n+1, then the defer triples it
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func runtimeErr() (msg string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			msg = "runtime.Error: " + re.Error()
		} else {
			msg = fmt.Sprint("other: ", r)
		}
	}()
	var arr []int
	idx := 7
	_ = arr[idx]
	return "unreachable"
}

func notDirect() (out string) {
	defer func() {
		out = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		helper := func() interface{} { return recover() } // not called directly by a deferred function
		fmt.Println("  helper recover returns:", helper())
	}()
	panic("deep")
}

func replaced() (s string) {
	defer func() {
		s = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		panic("second panic replaces the first")
	}()
	panic("first")
}

var errBoom = errors.New("boom")

func panicWithError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(fmt.Errorf("wrapped: %w", errBoom))
}

func repanic() {
	defer func() {
		r := recover()
		fmt.Println("  outer caught:", r)
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("  inner caught:", r)
				panic(fmt.Sprintf("re-panic(%v)", r))
			}
		}()
		panic("original")
	}()
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("  closing", r.name) }

func useResources() {
	for _, n := range []string{"db", "cache", "log"} {
		r := &resource{n}
		defer r.Close()
	}
	fmt.Println("  using resources")
}

func main() {
	order()
	fmt.Println()
	fmt.Println("triple:", triple(4))
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(runtimeErr())
	fmt.Println(notDirect())
	fmt.Println(replaced())
	err := panicWithError()
	fmt.Println("error:", err, "is boom:", errors.Is(err, errBoom))
	repanic()
	useResources()
	fmt.Println("recover outside panic:", recover())
	x := 1
	defer fmt.Println("main deferred, x was", x)
	x = 2
	fmt.Println("main ends, x is", x)
}
