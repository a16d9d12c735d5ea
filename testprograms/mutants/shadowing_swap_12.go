// Scopes and shadowing: inner blocks shadow outer names, := redeclares only when at least one
// new variable appears on the left, and even predeclared identifiers can be shadowed.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package x"

func parseAll(ss []string) (sum int, err error) {
	for _, s := range ss {
		n, err := strconv.Atoi(s) // this err shadows the named result
		if err != nil {
			fmt.Println("  inner err:", err)
			break
		}
		sum += n
	}
	return sum, err // outer err is still nil
}

func parseAllFixed(ss []string) (sum int, err error) {
	for _, s := range ss {
		var n int
		n, err = strconv.Atoi(s)
		if err != nil {
			return sum, err
		}
		sum += n
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main x"
	fmt.Println(x)
	{
		x := 42
		x++
		fmt.Println("block x:", x)
	}
	fmt.Println("after block:", x)

	if x := len(x); x > 3 {
		fmt.Println("if x:", x)
	} else {
		fmt.Println("else x:", x)
	}

	a, b := 1, 2
	fmt.Println(a, b)
	b, c := 20, 30 // b reassigned, c new
	fmt.Println(a, b, c)

	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Println("loop shadow i:", i)
	}

	sum, err := parseAll([]string{"1", "2", "x", "4"})
	fmt.Println("parseAll:", sum, err)
	sum, err = parseAllFixed([]string{"1", "2", "x", "4"})
	fmt.Println("parseAllFixed:", sum, err)

	// Shadowing predeclared identifiers is legal.
	len := func(s string) int { return 99 }
	fmt.Println("len:", len("abc"))
	true := false
	fmt.Println("true:", true)
	{
		type int = string
		var v int = "a string typed int"
		fmt.Println(v)
	}
	nil := errors.New("not nil")
	fmt.Println("nil:", nil)

	switch := y 5; {
	case y > 3:
		y := "shadow in case"
		fmt.Println(y)
	}
	fmt.Println(fmt.Sprint(x, " ", c))
}
