// Go's order of evaluation and a few corner cases of the spec: assignments evaluate the
// operands on the left before the right side, keyed struct literals evaluate in source order,
// len of an array pointer evaluates an operand that calls, NaN map keys never match, a nil
// array pointer still has a length, and package initialization follows method references.
package main

import (
	"fmt"
	"math"
	"runtime"
)

var trace []string

func note(s string) { trace = append(trace, s) }

var arr [8]int

func at(i int) *int { note(fmt.Sprint("at", i)); return &arr[i] }

func key(k int) int { note(fmt.Sprint("key", k)); return k }

type pt struct{ x, y, z int }

func val(v int) int { note(fmt.Sprint("val", v)); return v }

func mk() *[4]int { note("mk"); return nil }

type T int

func (T) First() int  { return first }
func (T) Second() int { return second }

// initialized before first and second in source order, but they depend on them
var viaMethod = T(0).First()
var viaMethodExpr = T.Second(0)
var first = val(1)
var second = val(2)

func main() {
	fmt.Println("init:", viaMethod, viaMethodExpr, trace)
	trace = nil

	m := map[int]int{1: 10}
	var ok bool
	*at(0), ok = m[key(1)]
	fmt.Println(arr[0], ok, trace)
	trace = nil

	ch := make(chan int, 1)
	ch <- 7
	*at(1), ok = <-ch
	fmt.Println(arr[1], ok)

	xs := []int{10, 20}
	i := 1
	for i, xs[i] = range []int{99} {
	}
	fmt.Println(i, xs)

	p := pt{z: val(3), x: val(1), y: val(2)}
	fmt.Println(p, trace)
	trace = nil

	fmt.Println(len(mk()), cap(mk()), trace)
	var np *[5]string
	n := 0
	for range np {
		n++
	}
	for i := range np {
		n += i
	}
	fmt.Println(n, len(np))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for _, s := range np {
			fmt.Println(s)
		}
	}()

	nan := math.NaN()
	fm := map[float64]int{nan: 1, math.Copysign(0, -1): 2}
	fm[nan] = 3
	fm[0] = 4
	_, found := fm[nan]
	fmt.Println(len(fm), found, fm[0])
	cm := map[complex128]bool{complex(nan, 0): true}
	cm[complex(nan, 0)] = true
	fmt.Println(len(cm))

	done := make(chan string)
	go func() {
		defer func() {
			r := recover()
			done <- fmt.Sprint("recovered ", r, ", then Goexit")
			runtime.Goexit()
		}()
		panic("boom")
	}()
	fmt.Println(<-done)

	var s []int
	println("nil slice:", s == nil, len(s))
}
