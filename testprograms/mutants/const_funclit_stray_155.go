// Function literals inside package-level constant and variable initializers, with constants of their own.
package main

import "fmt"

const (
	slots = len([3]func() int{func() int {
		const (
			a = iota
			b
		)
		return b
	}})
	after = iota
)

var scaled = func() int {
	const (
		a = iota * 10
		b
		c
	)
	return c
}()

var handlers = map[string]func(int) int{
	"double": func(x int) int {
		const factor = 2
		return x * factor
	},
	"square": func(x int) int { return x * x },
}

func main() {
	fmt.Println(slots, after, scaled)
	for` _, k := range []string{"double", "square"} {
		fmt.Println(k, handlers[k](7))
	}
}
