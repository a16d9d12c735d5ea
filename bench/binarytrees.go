// binarytrees: allocates and walks perfect binary trees of depth 4 to 16 (the Computer
// Language Benchmarks Game's binary-trees, max depth 16): allocation, pointers, recursion, GC.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

type node struct{ left, right *node }

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{build(depth - 1), build(depth - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func trees(maxDepth int) []string {
	var out []string
	stretch := maxDepth + 1
	out = append(out, fmt.Sprintf("stretch tree of depth %d\t check: %d", stretch, build(stretch).check()))
	long := build(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iterations := 1 << uint(maxDepth-d+4)
		check := 0
		for i := 0; i < iterations; i++ {
			check += build(d).check()
		}
		out = append(out, fmt.Sprintf("%d\t trees of depth %d\t check: %d", iterations, d, check))
	}
	out = append(out, fmt.Sprintf("long lived tree of depth %d\t check: %d", maxDepth, long.check()))
	return out
}

func main() {
	reps := repetitions()
	var out []string
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		out = trees(16)
		last = time.Since(start)
	}
	for _, l := range out {
		fmt.Println(l)
	}
	fmt.Fprintf(os.Stderr, "bench-last-rep-ms %.3f\n", float64(last.Microseconds())/1000)
}

// repetitions: how many times the kernel runs, from the first argument (default 1). bench/run
// times one run for the wall time, and five for the time of the last, warmed-up one.
func repetitions() int {
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil && n > 0 {
			return n
		}
	}
	return 1
}
