// Compile error: a function with results whose end is reachable without a return.
package main

import "fmt"

func sign(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n > 0:
		return "positive"
	}
}

func main() {
	for _, n := range []int{-2, 0, 5} {
		fmt.Println(n, sign(n))
	}
}
