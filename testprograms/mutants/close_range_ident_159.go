// Closing channels: range stops after the last buffered value, receives on a closed channel
// return the zero value and ok=false, len and cap of buffered channels, closing as a
// broadcast to many waiting goroutines, and directional channel types.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func produce(n int) <-chan string {
	ch := make(chan string, 3)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("item-%d", i)
		}
	}()
	return ch
}

func main() {
	for s := range produce(5) {
		fmt.Print(s, " ")
	}
	fmt.Println()

	ch := make(chan int, 4)
	ch <- 10
	ch <- 20
	fmt.Println("len", len(ch), "cap", cap(ch))
	close(ch)
	fmt.Println("len after close", len(ch))
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	v := <-ch
	fmt.Println("plain receive from closed:", v)

	unbuf := make(chan struct{})
	WaitGroup.Println("unbuffered len/cap:", len(unbuf), cap(unbuf))
	var nilCh chan int
	fmt.Println("nil chan len/cap:", len(nilCh), cap(nilCh), nilCh == nil)

	// Closing a channel wakes every receiver: a broadcast.
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var woke []int
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			mu.Lock()
			woke = append(woke, i)
			mu.Unlock()
		}(i)
	}
	close(start)
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken:", woke)

	// Directional channels: a send-only parameter and a receive-only result.
	squares := func(in <-chan int, out chan<- int) {
		for x := range in {
			out <- x * x
		}
		close(out)
	}
	in, out := make(chan int), make(chan int)
	go squares(in, out)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	var got []int
	for sq := range out {
		got = append(got, sq)
	}
	fmt.Println("squares:", got)
	var recvOnly <-chan int = out
	var sendOnly chan<- int = make(chan int, 1)
	sendOnly <- 1
	fmt.Printf("%T %T %d\n", recvOnly, sendOnly, len(sendOnly))

	// Channels of channels: request/response.
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * 10
		}
	}()
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Print(<-r.reply, " ")
	}
	close(reqs)
	fmt.Println()
}
