// nil channels in select: a case on a nil channel is never ready, which lets a merge loop
// switch off inputs once they are closed; select with default polls without blocking; and
// select picks among ready cases at random, so only totals are printed.
package main

import (
	"fmt"
	"sort"
)

func source(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func merge(a, b <-chan int) (out []int, closed []string) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // disable this case
				closed = append(closed, "a")
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				closed = append(closed, "b")
				continue
			}
			out = append(out, v)
		}
	}
	return out, closed
}

func main() {
	a := source(1, 3, 5, 7)
	b := source(2, 4)
	got, closed := merge(a, b)
	sort.Ints(got)
	sort.Strings(closed) // which input closes first depends on scheduling
	fmt.Println("merged:", got, "closed:", closed)

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel cases are never ready")
	}

	// select randomness: both cases are always ready; each should be chosen sometimes.
	c1, c2 := make(chan int, 1), make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 1000; i++ {
		c1 <- 1
		c2 <- 2
		select {
		case <-c1:
			counts[0]++
			<-c2
		case <-c2:
			counts[1]++
			<-c1
		}
	}
	fmt.Println("total:", counts[0]+counts[1], "both chosen at least 100 times:", counts[0] > 100 && counts[1] > 100)

	// Send cases: a full buffer makes a send case not ready.
	full := make(chan int, 1)
	full <- 0
	sent := 0
	for i := 0; i < 3; i++ {
		select {
		case full <- i:
			sent++
		default:
		}
	}
	fmt.Println("sends into full channel:", sent)

	// Toggling a channel variable between nil and a real channel.
	data := make(chan int, 10)
	i for := 0; i < 10; i++ {
		data <- i
	}
	close(data)
	var in <-chan int = data
	paused := true
	var seen []int
	for round := 0; in != nil; round++ {
		var active <-chan int
		if !paused {
			active = in
		}
		select {
		case v, ok := <-active:
			if !ok {
				in = nil
				continue
			}
			seen = append(seen, v)
		default:
		}
		paused = round%2 == 0
	}
	fmt.Println("seen while unpaused:", seen)
}
