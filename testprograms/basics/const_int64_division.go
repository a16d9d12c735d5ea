// Constant integer division as Go 1.19 computes it: go/constant divides values that fit in an
// int64 with int64 arithmetic, so MinInt64 / -1 wraps instead of overflowing (even untyped);
// other quotients are exact, and smaller typed constants still overflow (see errors_compile).
package main

import (
	"fmt"
	"math"
)

const c = int64(math.MinInt64) / -1
const d = math.MinInt64 / -1 / 2
const big = (1 << 70) / -1 / (1 << 60)

func main() {
	fmt.Println(int64(math.MinInt64)/-1, c, d, big)
	var x int64 = math.MinInt64 / -1 / 2
	fmt.Println(x, 7/-2, -7/2, -7%3, 7%-3)
}
