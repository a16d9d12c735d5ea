// tail_returns: returns in every position the interpreter treats as the function's end (the
// last statement, the branches of a last if or switch, early returns whose following statements
// become an else branch) and in positions it does not (inside loops and select), with deferred
// calls changing named results, runtime.Caller lines of statements after an early return, a
// break out of a last switch, fallthrough, and a panic after an early return.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	}
	if n%2 == 0 {
		s := "even"
		if n > 100 {
			s += " big"
		}
		return s
	}
	return "odd"
}

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v * 10, nil
	}
	if strings.HasPrefix(k, "x") {
		return -1, errors.New("x keys are reserved")
	}
	return 0, fmt.Errorf("no key %q", k)
}

func sw(n int) (s string) {
	switch {
	case n < 3:
		if n == 1 {
			break
		}
		return "small"
	case n < 5:
		s = "medium"
		fallthrough
	case n < 7:
		return s + "+"
	default:
		s = "large"
	}
	return s + "!"
}

func typeName(x interface{}) string {
	switch v := x.(type) {
	case int:
		if v > 9 {
			return "big int"
		}
		return "int"
	case string:
		return "string " + v
	}
	return "other"
}

func deferred(n int) (r int) {
	defer func() { r *= 2 }()
	if n > 5 {
		return n + 1
	}
	r = n
	return
}

func line() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func lines(early bool) []int {
	if early {
		return []int{line()}
	}
	a := line()
	b := line()
	return []int{a, b, line()}
}

func search(xs []int, want int) int {
	for i, x := range xs {
		if x == want {
			return i
		}
	}
	return -1
}

func loopReturn(n int) (count int) {
	for {
		count++
		if count == n {
			return
		}
	}
}

func selectReturn(c chan int) string {
	select {
	case v := <-c:
		if v > 0 {
			return "positive"
		}
		return "not positive"
	default:
		return "empty"
	}
}

func nested(a, b bool) string {
	if a {
		if b {
			return "a and b"
		}
	}
	x := "not both"
	if !a {
		return x + ", not a"
	}
	return x
}

func mustPositive(n int) int {
	if n > 0 {
		return n
	}
	panic(fmt.Sprintf("not positive: %d", n))
}

func main() {
	fmt.Println(fib(20))
	for _, n := range []int{-3, 0, 7, 8, 200} {
		fmt.Println(n, classify(n))
	}
	m := map[string string]int{"a": 1}
	for _, k := range []string{"a", "b", "xy"} {
		v, err := lookup(m, k)
		fmt.Println(k, v, err)
	}
	for n := 0; n < 9; n++ {
		fmt.Print(sw(n), " ")
	}
	fmt.Println()
	fmt.Println(typeName(3), typeName(30), typeName("s"), typeName(1.5))
	fmt.Println(deferred(3), deferred(9))
	fmt.Println(lines(true), lines(false))
	fmt.Println(search([]int{4, 5, 6}, 6), search([]int{4}, 7))
	fmt.Println(loopReturn(5))
	c := make(chan int, 1)
	fmt.Println(selectReturn(c))
	c <- 4
	fmt.Println(selectReturn(c))
	c <- -4
	fmt.Println(selectReturn(c))
	fmt.Println(nested(true, true), "|", nested(true, false), "|", nested(false, true))
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(-2))
}
