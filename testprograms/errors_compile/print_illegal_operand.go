package main

import (
	"fmt"
	"time"
)

type Point struct{ X, Y int }

type Grid [3][3]byte

func main() {
	p := Point{1, 2}
	println(p)
	print([2]int{1, 2}, "\n")
	println("at", p, 3)
	var g Grid
	println(len(g), g)
	println(time.Time{})
	println(&p, []int{1}, map[string]int{}, fmt.Sprint(p))
}
