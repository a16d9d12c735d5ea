package main

import (
	"fmt"
	"math"
	"sort"
)

type P struct {
	X, Y float64
}

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]string{}
	m[0] = "plus"
	m[negz] = "minus"
	fmt.Println(m, len(m))
	for k := range m {
		fmt.Println(math.Signbit(k))
	}
	m[0] = "plus again"
	fmt.Println(m)
	delete(m, negz)
	fmt.Println(m, len(m))

	f32 := map[float32]int{}
	f32[float32(negz)] = 1
	f32[0] = 2
	fmt.Println(f32)

	c := map[complex128]int{}
	c[complex(0, 0)] = 1
	c[complex(negz, negz)] = 2
	fmt.Println(c, len(c))

	ps := map[P]int{}
	ps[P{0, 0}] = 1
	ps[P{negz, 0}] = 2
	for k, v := range ps {
		fmt.Println(math.Signbit(k.X), v)
	}
	ifs := map[interface{}]int{}
	ifs[0.0] = 1
	ifs[negz] = 2
	fmt.Println(ifs)
	arr := map[[2]float64]int{}
	arr[[2]float64{0, 1}] = 1
	arr[[2]float64{negz, 1}] = 2
	fmt.Println(arr)
	keys := []float64{}
	mm := map[float64]bool{1: true, negz: true, 2: true}
	for k := range mm {
		keys = append(keys, k)
	}
	sort.Float64s(keys)
	fmt.Println(keys)
}
