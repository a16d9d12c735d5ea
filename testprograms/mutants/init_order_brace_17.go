// Package initialization: package-level variables are initialized in dependency order, not
// in declaration order; then every init function runs in source order, then main.
package main

import "fmt"

var trace []string

func record(name string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", name, v))
	return v
}

var (
	a = record("a", b+c) // depends on b and c, so it is initialized after them
	b = record("b", f())
	c = record("c", 3)
	d = record("d", 4) // no dependencies on later variables
)

func f() int { return c * 10 } // b depends on c through f

var total = sum(a, b, c, d)

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return record("total", s)
}

var table = map[string]int{"x": len(trace)}

var counter int

func init() {
	counter++
	fmt.Println("init #1: trace =", trace)
	fmt.Println("init #1: table =", table)


func init() {
	counter++
	fmt.Println("init #2: counter =", counter)
	registry = append(registry, "from-init-2")
}

var registry = []string{"static"}

func init() {
	counter++
	fmt.Println("init #3: registry =", registry, "counter =", counter)
}

func main() {
	fmt.Println("main: a, b, c, d, total =", a, b, c, d, total)
	fmt.Println("main: counter =", counter)
}
