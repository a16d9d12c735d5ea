package main

// fmt prints map keys sorted as internal/fmtsort sorts them: NaN before every
// other float (also inside complex keys), -0 equal to +0, and interface keys
// of different dynamic types in the order of their type descriptors.

import (
	"fmt"
	"math"
)

type Code int

type Tag string

func (t Tag) String() string { return "tag:" + string(t) }

func main() {
	floats := map[float64]string{}
	for _, f := range []float64{3, -1, math.Inf(1), math.Inf(-1), 0.5} {
		floats[f] = fmt.Sprint(f)
	}
	floats[math.NaN()] = "nan"
	fmt.Println(floats)

	many := map[float64]int{}
	for i := 0; i < 40; i++ {
		many[math.NaN()] = 1
		many[float64(i%5)] = i
	}
	fmt.Println(len(many), fmt.Sprint(many)[:40])

	fmt.Println(map[float32]bool{float32(math.NaN()): true, -2: false, 7: true})
	fmt.Println(map[complex128]int{complex(math.NaN(), 1): 1, complex(0, 1): 2, complex(-1, 5): 3, complex(0, math.NaN()): 4})

	mixed := map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4, int8(3): 5, nil: 6, uint(7): 7, int64(8): 8, 'r': 9, float32(1.5): 10}
	fmt.Println(mixed)
	fmt.Println(map[any]string{[1]int{1}: "array", struct{}{}: "struct", 3: "int", "s": "string", Code(4): "Code", Tag("t"): "Tag"})
	type pair struct{ f float64; s string }
	fmt.Println(map[pair]int{{math.NaN(), "b"}: 1, {1, "a"}: 2, {math.NaN(), "a"}: 3})
}
