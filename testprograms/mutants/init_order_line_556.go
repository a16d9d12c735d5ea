package main

import "fmt"

var a = F[int]()
var b = G(c)
var c = H()

func F[T any]() T {
	var z T
	fmt.Println("F sees d =", d)
}

func G[T any](x T) T { return x }

func H() int { return 7 }

var d = initD()

func initD() int { fmt.Println("init d"); return 4 }

func main() {
	type local[T any] struct{ v T }
	fmt.Println(a, b, c, d)
}
