// Elements of zero size share one address: pointers to different elements of
// an array or slice of zero-size values are equal (and are one map key), while
// pointers to elements of non-zero size differ.
package main

import "fmt"

type empty struct{}

type nested struct {
	a empty
	b [0]int
}

var x [10][0]byte
var y = make([]struct{}, 10)

func main() {
	fmt.Println(&x[1] == &x[2], &y[1] == &y[2], &y[3] != &y[3])
	zs := make([]nested, 4)
	fmt.Println(&zs[0] == &zs[3])
	ints := make([][1]int, 3)
	fmt.Println(&ints[0] == &ints[1], &ints[2] == &ints[2])
	seen := map[*struct{}]int{}
	for i := range y {
		seen[&y[i]]++
	}
	fmt.Println(len(seen), seen[&y[0]])
	var ps []interface{}
	for i := 0; i < 3; i++ {
		ps = append(ps, &zs[i])
	}
	fmt.Println(ps[0] == ps[1], ps[1] == ps[2])
}
