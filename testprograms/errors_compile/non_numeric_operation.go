// Compile error: a numeric operator applied to strings (the author meant to compare
// lengths).
package main

import (
	"fmt"
	"strings"
)

type name struct {
	first, last string
}

func (n name) initials() string {
	return strings.ToUpper(n.first[:1] + n.last[:1])
}

func longer(a, b name) string {
	diff := a.last - b.last
	if diff > 0 {
		return a.last
	}
	return b.last
}

func main() {
	people := []name{{"ada", "lovelace"}, {"alan", "turing"}, {"grace", "hopper"}}
	for _, p := range people {
		fmt.Println(p.initials(), p.first, p.last)
	}
	fmt.Println("longer last name:", longer(people[0], people[1]))
}
