// Package greetings lives in its own module, used through a replace directive.
package greetings

import (
	"fmt"

	"example.com/greetings/formal"
)

func Hello(name string) string {
	return fmt.Sprintf("Hi, %s. Welcome!", name)
}

func Formal(name string) string { return formal.Title + " " + name }
