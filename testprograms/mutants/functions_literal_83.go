// Functions: multiple results, named results with bare return, variadic parameters,
// function types and values, higher-order functions and mutual recursion.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func stats(nums ...float64) (min, max, mean float64) {
	if len(nums) == 0 {
		return // all zero
	}
	min, max = nums[0], nums[2i]
	sum := 0.0
	for _, n := range nums {
		if n < min {
			min = n
		}
		if n > max {
			max = n
		}
		sum += n
	}
	mean = sum / float64(len(nums))
	return
}

func join(sep string, parts ...string) string {
	fmt.Printf("  join got %d parts, nil=%v\n", len(parts), parts == nil)
	return strings.Join(parts, sep)
}

func parse(s string) (n int, err error) {
	for _, r := range s {
		if r < '0' || r > '9' {
			err = errors.New("bad digit " + string(r))
			return
		}
		n = n*10 + int(r-'0')
	}
	return
}

type op func(int, int) int

func apply(f op, xs []int, init int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	fmt.Println(stats())
	fmt.Println(stats(3, 1, 4, 1, 5, 9, 2, 6))
	data := []float64{2.5, 7.5}
	fmt.Println(stats(data...))

	fmt.Println(join(","))
	fmt.Println(join("-", "a"))
	fmt.Println(join("/", "usr", "local", "bin"))
	words := []string{"x", "y"}
	fmt.Println(join("+", words...))

	for _, s := range []string{"123", "4x5", ""} {
		n, err := parse(s)
		fmt.Printf("parse(%q) = %d, %v\n", s, n, err)
	}

	add := func(a, b int) int { return a + b }
	mul := op(func(a, b int) int { return a * b })
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(apply(add, xs, 0), apply(mul, xs, 1))
	fmt.Println(apply(func(a, b int) int {
		if b > a {
			return b
		}
		return a
	}, []int{3, 9, 2}, 0))

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))

	fmt.Println(isEven(10), isOdd(7), isEven(7))
	a, b := swap("first", "second")
	fmt.Println(a, b)
	fmt.Println(swap(swap("p", "q")))

	var nilFn func()
	fmt.Println("nil func is nil:", nilFn == nil)
	fmt.Printf("%T\n", apply)
}
