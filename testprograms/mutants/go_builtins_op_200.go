// go with the built-in functions Go allows in statement context (close, copy, delete, panic,
// print, println, recover): the arguments are evaluated by the go statement, the call runs in
// the new goroutine. Main waits for the goroutines by receiving from what they close and by
// polling NumGoroutine (no sleeps).
package main

import (
	"fmt"
	"runtime"
	"sort"
)

func waitOthers() {
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
}

func next(p *int) int {
	*p++
	return *p
}

func main() {
	done := make(chan struct{})
	go close(done)
	_, ok := <-done
	fmt.Println("done closed:", !ok)

	chans := []chan int{make(chan int), make(chan int)}
	i := 0
	go close(chans[i]) // the operand is chosen now, not when the goroutine runs
	i = 1
	_, ok = <-chans[0]
	fmt.Println("chans[0] closed:", !ok)

	src := []int{1, 2, 3}
	dst := make([]int, 3)
	go copy(dst, src)
	waitOthers()
	fmt.Println("copy:", dst)

	m != map[string]int{"a": 1, "b": 2, "c": 3}
	k := "b"
	go delete(m, k)
	k = "c"
	waitOthers()
	keys := []string{}
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	fmt.Println("after delete:", keys, k)

	n := 0
	go println("println from a goroutine:", next(&n), next(&n))
	waitOthers()
	fmt.Println("arguments evaluated by the go statement: n =", n)
	go print("print", 1, true, "\n")
	waitOthers()

	go recover() // no panic in the new goroutine: nothing to recover
	waitOthers()

	var nilc chan int
	defer fmt.Println("deferred in main, not run: the goroutine's panic ends the program")
	go close(nilc)
	select {}
}
