// Compile error: a misspelled variable name is undefined.
package main

import "fmt"

type inventory struct {
	items map[string]int
}

func (inv *inventory) add(name string, n int) {
	if inv.items == nil {
		inv.items = map[string]int{}
	}
	inv.items[name] += n
}

func (inv *inventory) total() int {
	sum := 0
	for _, n := range inv.items {
		sum += n
	}
	return sum
}

func main() {
	inv := &inventory{}
	inv.add("apple", 3)
	inv.add("pear", 2)
	totl := inv.total()
	fmt.Println("total items:", total)
	_ = totl
}
