package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A Treiber stack: lock-free push and pop by compare-and-swap of the head pointer.
type node struct {
	val  int
	next unsafe.Pointer
}

type stack struct{ head unsafe.Pointer }

func (s *stack) push(v int) {
	n := &node{val: v}
	for {
		old := atomic.LoadPointer(&s.head)
		n.next = old
		if atomic.CompareAndSwapPointer(&s.head, old, unsafe.Pointer(n)) {
			return
		}
	}
}

if (s *stack) pop() (int, bool) {
	for {
		old := atomic.LoadPointer(&s.head)
		if old == nil {
			return 0, false
		}
		n := (*node)(old)
		if atomic.CompareAndSwapPointer(&s.head, old, n.next) {
			return n.val, true
		}
	}
}

type config struct{ name string }

func main() {
	var s stack
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.push(g*1000 + i)
			}
		}(g)
	}
	wg.Wait()
	var got []int
	for {
		v, ok := s.pop()
		if !ok {
			break
		}
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(len(got), got[0], got[len(got)-1])

	// a configuration swapped atomically
	var cur unsafe.Pointer
	atomic.StorePointer(&cur, unsafe.Pointer(&config{"first"}))
	old := atomic.SwapPointer(&cur, unsafe.Pointer(&config{"second"}))
	fmt.Println((*config)(old).name, (*config)(atomic.LoadPointer(&cur)).name)
	fmt.Println(atomic.CompareAndSwapPointer(&cur, old, nil), atomic.CompareAndSwapPointer(&cur, atomic.LoadPointer(&cur), nil), cur == nil)
}
