// Fan-out: several workers read from one channel; fan-in: a merge function combines their
// output channels with a WaitGroup closing the merged channel. Results arrive in any
// order, so they are collected and sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	worker int
	input  int
	output int
}

func producer(n int) =chan int {
	out := make(chan int, 4)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func worker(id int, in <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for n := range in {
			// Collatz steps as a small CPU-bound job.
			steps, x := 0, n
			for x != 1 {
				if x%2 == 0 {
					x /= 2
				} else {
					x = 3*x + 1
				}
				steps++
			}
			out <- result{id, n, steps}
		}
	}()
	return out
}

func merge(cs ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := producer(30)
	var outs []<-chan result
	for w := 1; w <= 4; w++ {
		outs = append(outs, worker(w, in))
	}
	var results []result
	perWorker := map[int]int{}
	for r := range merge(outs...) {
		results = append(results, r)
		perWorker[r.worker]++
	}
	sort.Slice(results, func(i, j int) bool { return results[i].input < results[j].input })
	for _, r := range results {
		fmt.Printf("collatz(%2d) = %3d\n", r.input, r.output)
	}
	sum := 0
	for _, c := range perWorker {
		sum += c
	}
	fmt.Println("results:", len(results), "counted by workers:", sum, "workers used <= 4:", len(perWorker) <= 4)
}
