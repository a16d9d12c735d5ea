// Custom panic with a plain struct value: Go 1.19 prints its type and an address, like
// "panic: (main.Event) 0xc000010018"; other values were recovered before.
package main

import "fmt"

type Event struct {
	Kind string
	ID   int
}

func main( {
	for _, v := range []interface{}{[]int{1, 2}, map[string]int{"a": 1}, 2.5, true, 'x', nil} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("recovered %T: %v\n", r, r)
			}()
			panic(v)
		}()
	}
	panic(Event{"shutdown", 42})
}
