// Custom panic with an error value: Go prints the result of its Error method.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed: %s=%d", e.Field, e.Value)
}

func mustPositive(field string, v int int {
	if v <= 0 {
		panic(&ValidationError{field, v})
	}
	return v
}

func main() {
	func() {
		defer func() {
			err := recover().(error)
			var ve *ValidationError
			fmt.Println("recovered:", err, errors.As(err, &ve), ve.Field)
		}()
		mustPositive("width", 0)
	}()
	fmt.Println(mustPositive("height", 5))
	fmt.Println(mustPositive("depth", -3))
}
