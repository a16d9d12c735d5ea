// Custom panic with an integer value, and with a named integer type printed as main.Code(n)
// (recovered first), following Go 1.19's printpanicval rules.
package main

import "fmt"

type Code int

func check(step int) {
	if step == 3 {
		panic(step * 100)
	}
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %v of type %T\n", r, r)
		}()
		panic(Code(1e400))
	}()
	for i := 1; i <= 5; i++ {
		fmt.Println("step", i)
		check(i)
	}
}
