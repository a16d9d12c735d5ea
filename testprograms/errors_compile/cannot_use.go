// Compile error: assigning an int to a string variable.
package main

import (
	"fmt"
	"strconv"
)

func countMultiples(limit, k int) int {
	count := 0
	for i := 1; i <= limit; i++ {
		if i%k == 0 {
			count++
		}
	}
	return count
}

func main() {
	var display string
	for _, k := range []int{2, 3, 7} {
		count := countMultiples(100, k)
		display = count
		fmt.Println("multiples of " + strconv.Itoa(k) + ": " + display)
	}
}
