// Compile error: adding a string and an int while building a label.
package main

import (
	"fmt"
	"strings"
)

type order struct {
	id    string
	items []string
	count int
}

func (o order) summary() string {
	return strings.Join(o.items, ", ")
}

func label(o order) string {
	return "order-" + o.id + "-" + o.count
}

func main() {
	orders := []order{
		{"A17", []string{"pen", "paper"}, 2},
		{"B02", []string{"ink"}, 1},
	}
	for _, o := range orders {
		fmt.Println(label(o), o.summary())
	}
}
