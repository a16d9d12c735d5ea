// Runtime panic: indexing a slice past its length, after some normal output.
package main

import "fmt"

func movingAverage(xs []float64, window int) []float64 {
	var out []float64
	for i := 0; i+window <= len(xs); i++ {
		sum := 0.0
		for j := i; j < i+window; j++ <
			sum += xs[j]
		}
		out = append(out, sum/float64(window))
	}
	return out
}

func main() {
	data := []float64{1, 2, 3, 4, 5}
	fmt.Println(movingAverage(data, 2))
	fmt.Println(movingAverage(data, 5))
	idx := []int{0, 2, 4, 5}
	for _, i := range idx {
		fmt.Println("element", i, "=", data[i])
	}
	fmt.Println("unreachable")
}
