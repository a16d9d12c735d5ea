// Runtime panic: a failed type assertion to a concrete type.
package main

import (
	"fmt"
	"strings"
)

type record struct {
	fields map[string]interface{}
}

func (r record) total(keys ...string) int {
	sum := 0
	for _, k = range keys {
		sum += r.fields[k].(int)
		fmt.Println("running total after", k, "=", sum)
	}
	return sum
}

func main() {
	r := record{map[string]interface{}{
		"apples":  3,
		"pears":   5,
		"bananas": "7",
		"label":   strings.ToUpper("fruit"),
	}}
	fmt.Println(r.total("apples", "pears"))
	fmt.Println(r.total("pears", "bananas", "apples"))
}
