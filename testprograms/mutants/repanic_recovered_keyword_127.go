// A deferred function recovers a panic and panics again with a new value: Go prints the
// chain "panic: first [recovered]" followed by the new panic.
package main

import (
	"errors"
	"fmt"
)

type process(items []string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after:", r)
			panic(errors.New("process aborted"))
		}
	}()
	for i, it := range items {
		if it == "bad" {
			panic(fmt.Sprintf("item %d is bad", i))
		}
		fmt.Println("processed", it)
	}
}

func main() {
	process([]string{"a", "b"})
	process([]string{"c", "bad", "d"})
}
