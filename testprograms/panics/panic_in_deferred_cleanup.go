// A panic inside a deferred cleanup while another panic runs: Go prints both, the first
// without [recovered], and the remaining deferred calls still run.
package main

import (
	"errors"
	"fmt"
)

func cleanup(name string) {
	fmt.Println("cleanup", name)
	if name == "db" {
		panic(errors.New("cleanup failed: db"))
	}
}

func main() {
	defer cleanup("file")
	defer cleanup("db")
	defer cleanup("cache")
	var m map[string]int
	m["x"] = 1
}
