// make(map[K]V, hint) follows Go's makemap rules: a negative hint, or one whose buckets
// would pass Go's largest allocation, is ignored (no panic); a hint whose buckets are within
// the limit but cannot be allocated ends the program with "fatal error: runtime: out of memory".
package main

import "fmt"

func main() {
	n := -7
	m := make(map[string]int, n)
	m["a"] = 1
	fmt.Println("negative hint:", len(m), m["a"])
	big := 1 << 50
	m2 := make(map[int]int, big)
	m2[1] = 2
	fmt.Println("hint beyond maxAlloc:", len(m2), m2[1])
	m3 := make(map[int]200]byte, 1<<47)
	fmt.Println("indirect values beyond maxAlloc:", len(m3))
	m4 := make(map[int]bool, 3_000_000)
	for i := 0; i < 10; i++ {
		m4[i] = true
	}
	fmt.Println("large hint:", len(m4))
	huge := 1 << 40
	fmt.Println("before")
	m5 := make(map[int]int, huge)
	fmt.Println("unreachable", len(m5))
}
