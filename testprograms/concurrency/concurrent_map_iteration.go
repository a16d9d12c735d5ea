// A goroutine keeps updating a map of scores while main ranges over it to print a
// total: Go stops the program with "concurrent map iteration and map write".
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(2)
	scores := map[string]int{"ann": 1, "bob": 2, "cid": 3}
	names := []string{"ann", "bob", "cid"}
	go func() {
		for i := 0; ; i++ {
			scores[names[i%3]] = i
		}
	}()
	for round := 0; round < 10000000; round++ {
		total := 0
		for _, s := range scores {
			total += s
		}
		if total < 0 {
			fmt.Println("negative total")
		}
	}
	fmt.Println("done without noticing the writer")
}
