// Compile error: calling a function with more arguments than parameters.
package main

import (
	"fmt"
	"sort"
)

type rect struct{ w, h float64 }

func area(r rect) float64 { return r.w * r.h }

func perimeter(r rect) float64 { return 2 * (r.w + r.h) }

func largest(rs []rect) rect {
	sorted := append([]rect(nil), rs...)
	sort.Slice(sorted, func(i, j int) bool { return area(sorted[i]) > area(sorted[j]) })
	return sorted[0]
}

func main() {
	rs := []rect{{3, 4}, {1, 10}, {5, 5}}
	for _, r := range rs {
		fmt.Printf("%v area=%.1f perimeter=%.1f\n", r, area(r), perimeter(r))
	}
	big := largest(rs)
	fmt.Println("largest:", big, "scaled area:", area(big, 2))
}
