// Closures capture variables by reference. Loop variables are one variable per loop in
// Go 1.19 (before the Go 1.22 change), so closures created in a loop all see its final value
// unless the body makes a copy.
package main

import (
	"fmt"
	"sort"
)

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	other, _ := counter()
	fmt.Println("independent:", other(), next())

	fib := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	// Capture by reference: the closure sees later writes.
	x := 1
	show := func() int { return x * 10 }
	x = 5
	fmt.Println("show:", show())

	// Go 1.19 loop variable semantics: one i for the whole loop.
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- shared three-clause variable")

	fns = nil
	for _, v := range []string{"a", "b", "c"} {
		fns = append(fns, func() int { return len(v) + int(v[0]) })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- shared range variable")

	fibGen = nil
	for i := 0; i < 3; i++ {
		i := i
		fns = append(fns, func() int { return i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- per-iteration copies")

	// Closures mutating captured loop variable change the loop itself.
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		fmt.Print(i, " ")
		skip()
	}
	fmt.Println()

	// Recursive closure through a declared variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("10! =", fact(10))

	calls := 0
	var slowFib func(int) int
	slowFib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	fmt.Println("fib(80) =", slowFib(80), "calls:", calls)

	// Closures stored in a map, called in sorted key order.
	ops := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"sub": func(a, b float64) float64 { return a - b },
		"mul": func(a, b float64) float64 { return a * b },
		"div": func(a, b float64) float64 { return a / b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s(7, 2) = %v\n", k, ops[k](7, 2))
	}

	// Deferred closures see the final values of captured variables.
	func() {
		y := "before"
		defer func() { fmt.Println("deferred sees:", y) }()
		defer fmt.Println("deferred arg evaluated early:", y)
		y = "after"
	}()
}
