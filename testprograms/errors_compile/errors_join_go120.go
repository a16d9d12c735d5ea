// Compile error: errors.Join only exists from Go 1.20, so Go 1.19 reports it undefined.
package main

import (
	"errors"
	"fmt"
)

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, errors.New("name is empty"))
	}
	if age < 0 {
		errs = append(errs, errors.New("age is negative"))
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("", -1))
}
