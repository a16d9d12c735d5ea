// The atomic types print with Go's fields: Pointer[T] as {[] {} <nil>}, Bool as {{} 0}.
package main

import (
	"fmt"
	"sync/atomic"
)

type cfg struct{ n int }

func main() {
	var p atomic.Pointer[cfg]
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	p.Store(&cfg{3})
	fmt.Println(p.Load().n)
	var b atomic.Bool
	fmt.Printf("%v %+v\n", b, b)
	var v atomic.Value
	fmt.Printf("%v\n", v)
}
