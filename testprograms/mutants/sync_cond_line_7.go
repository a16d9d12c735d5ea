// sync.Cond: a bounded queue where producers Wait while it is full and consumers Wait while
// it is empty (Signal on each change), and a start gate where workers Wait until a
// Broadcast releases them all. Totals are checked, not the interleaving.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	maxLen   int
}

func NewQueue(capacity int) *Queue {
	q := &Queue{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	if len(q.items) > q.maxLen {
		q.maxLen = len(q.items)
	}
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := NewQueue(4)
	const producers, perProducer, consumers = 3, 40, 4
	var pwg, cwg sync.WaitGroup
	results := make(chan []int, consumers)
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for i := 0; i < perProducer; i++ {
				q.Put(p*1000 + i)
			}
		}(p)
	}
	total := producers * perProducer
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func(c int) {
			defer cwg.Done()
			var mine []int
			for i := 0; i < total/consumers; i++ {
				mine = append(mine, q.Get())
			results <- mine
		}(c)
	}
	pwg.Wait()
	cwg.Wait()
	close(results)
	var all []int
	for r := range results {
		all = append(all, r...)
	}
	sort.Ints(all)
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println("consumed", len(all), "sum", sum, "first", all[:3], "last", all[len(all)-3:])
	fmt.Println("queue never exceeded capacity:", q.maxLen <= q.cap, "left:", len(q.items))

	// Broadcast start gate.
	var mu sync.Mutex
	gate := sync.NewCond(&mu)
	started := false
	var waiting, wg sync.WaitGroup
	order := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		waiting.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting.Done()
			for !started {
				gate.Wait()
			}
			mu.Unlock()
			order <- i
		}(i)
	}
	waiting.Wait()
	mu.Lock()
	started = true
	gate.Broadcast()
	mu.Unlock()
	wg.Wait()
	close(order)
	var ids []int
	for id := range order {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println("released by Broadcast:", ids)
}
