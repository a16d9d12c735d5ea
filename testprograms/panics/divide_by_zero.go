// Runtime panic: integer division by zero (floats give +Inf instead).
package main

import "fmt"

func average(total, count int) int { return total / count }

func main() {
	zero := 0.0
	fmt.Println("float division:", 1/zero, -1/zero)
	buckets := map[string][]int{"a": {4, 8}, "b": {}, "c": {1}}
	for _, k := range []string{"a", "c", "b"} {
		xs := buckets[k]
		sum := 0
		for _, x := range xs {
			sum += x
		}
		fmt.Println(k, "average:", average(sum, len(xs)))
	}
}
