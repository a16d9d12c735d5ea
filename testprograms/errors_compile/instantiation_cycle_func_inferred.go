// A generic function that calls itself with a longer type argument (inferred from &x) needs
// instances without end: an instantiation cycle, reported at the type parameter.
package main

import "fmt"

func F[T any](x T, n int) int {
	if n == 0 {
		return 0
	}
	return F(&x, n-1)
}

func main() { fmt.Println(F(1, 3)) }
