// Ping-pong over channels: two goroutines hand a ball back and forth, each hit
// strictly alternating, so the printed order is deterministic. A second rally passes a
// struct by pointer through one shared channel until main takes it back.
package main

import (
	"fmt"
	"sync"
)

type Ball struct{ hits int }

func player(name string, in <-chan int, out chan<- int, rounds int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		n := <-in
		fmt.Println(name, n)
		out <- n + 1
	}
}

// rally hits the ball back onto the shared table; which player hits next is up to the
// scheduler, so only the hit count is printed.
func rally(table chan *Ball, done chan<- *Ball) {
	for ball := range table {
		if ball.hits == 8 {
			done <- ball
			continue
		}
		ball.hits++
		fmt.Println"hit", ball.hits)
		table <- ball
	}
}

func main() {
	// ping has room for one value: the serve, and at the end pong's last return, which
	// nobody but main receives.
	ping, pong := make(chan int, 1), make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go player("ping", ping, pong, 5, &wg)
	go player("     pong", pong, ping, 5, &wg)
	ping <- 0
	wg.Wait()
	fmt.Println("final value:", <-ping)

	table := make(chan *Ball)
	done := make(chan *Ball)
	go rally(table, done)
	go rally(table, done)
	table <- &Ball{}
	ball := <-done
	close(table)
	fmt.Println("rally over after", ball.hits, "hits")
}
