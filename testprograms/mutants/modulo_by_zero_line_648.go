// Runtime panic: integer remainder by zero, inside a method, after recovered division errors
// of other integer types.
package main

import "fmt"

type Clock struct{ hours int }

func (c Clock) Add(h, modulus int) Clock { return Clock{(c.hours + h) % modulus} }

func main() {
	var d8 int8
	var du uint64
	for _, f := range []func(){
		func() { fmt.Println(int8(100) / d8) },
		func() { fmt.Println(uint64(7) % du) },
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
	c := Clock{10}
	fmt.Println(c.Add(5, 12), c.Add(30, 24))
	fmt.Println(c.Add(1, 0))
}
