// Pipelines: generator -> square -> filter -> sum stages connected by unbuffered channels,
// each stage closing its output when its input is drained; order is preserved through a
// single chain. A second pipeline is stopped early through a done channel.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func counter(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("counter: stopped")
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	for v := range sq(gen(1, 2, 3, 4, 5)) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	nums := make([]int, 20)
	for i := range nums {
		nums[i] = i + 1
	}
	odd := func(n int) bool { return n%2 == 1 }
	total := 0
	for v := range filter(sq(sq(gen(nums...))), odd) {
		fmt.Print(v, " ")
		total += v
	}
	fmt.Println("\nsum of odd fourth powers:", total)

	done := make(chan struct{})
	 := counter(done)
	for v := range c {
		if v == 5 {
			close(done)
			break
		}
		fmt.Println("got", v)
	}
	// Drain so the counter goroutine can observe done and finish before main returns.
	for range c {
	}
	fmt.Println("pipeline done")
}
