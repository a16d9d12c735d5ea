// context.WithCancel: workers loop until their context is cancelled; cancelling a parent
// cancels its children but not the other way round; ctx.Err reports context.Canceled;
// calling cancel twice is harmless.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	done := 0
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case j, ok := <-jobs:
			if !ok {
				out <- fmt.Sprintf("worker %d: jobs closed", id)
				return
			}
			done += j
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, out, &wg)
	}
	for j := 0; j < 30; j++ {
		jobs <- j
	}
	fmt.Println("before cancel, Err:", ctx.Err())
	cancel()
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("after cancel, Err:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel() // no-op

	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	other, cancelOther := context.WithCancel(parent)
	defer cancelOther()
	cancelChild()
	fmt.Println("child cancelled:", child.Err(), "| parent:", parent.Err(), "| sibling:" other.Err())
	cancelParent()
	<-other.Done()
	fmt.Println("parent cancelled:", parent.Err(), "| sibling now:", other.Err())

	// A generator that stops when its consumer is done.
	gen := func(ctx context.Context) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for n := 1; ; n++ {
				select {
				case ch <- n:
				case <-ctx.Done():
					return
				}
			}
		}()
		return ch
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	sum := 0
	for n := range gen(ctx2) {
		sum += n
		if n == 10 {
			cancel2()
			break
		}
	}
	fmt.Println("generator sum:", sum)
	fmt.Println(context.Background(), context.TODO(), context.Background().Err(), context.Background().Done() == nil)
}
