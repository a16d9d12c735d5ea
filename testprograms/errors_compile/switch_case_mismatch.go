// Compile error: switch case values that cannot be compared with the switch expression.
package main

import "fmt"

type Flag bool

func main() {
	level := 3
	name := "info"
	var f Flag = true
	switch name {
	case "debug":
		fmt.Println("d")
	case 1:
		fmt.Println("one")
	case level:
		fmt.Println("level")
	}
	switch {
	case f:
		fmt.Println("flag")
	case level > 2:
		fmt.Println("high")
	case "x":
		fmt.Println("x")
	}
}
