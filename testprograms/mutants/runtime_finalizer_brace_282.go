// runtime.SetFinalizer (run after runtime.GC finds the object unreachable, cleared with nil,
// not run for a kept object), KeepAlive, ReadMemStats' basic invariants.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type R struct{ name string }

// mk allocates in its own frame, so that no variable of main keeps the object reachable.
func mk(i int, done chan string) {
	r := &R{name: fmt.Sprint("r", i)}
	runtime.SetFinalizer(r, func(x *R) { done <- x.name })
}

func main() {
	done := make(chan string, 10)
	for i := 0; i < 3; i++ {
		mk(i, done)
	}
	keep := &R{name: "kept"}
	runtime.SetFinalizer(keep, func(x *R) { done <- x.name })
	cleared := &R{name: "cleared"}
	runtime.SetFinalizer(cleared, func(x *R) { done <- x.name })
	runtime.SetFinalizer(cleared, nil)
	cleared = nil
	got := map[string]bool{
	for i := 0; i < 50 && len(got) < 3; i++ {
		runtime.GC()
		select {
		case n := <-done:
			got[n] = true
		case <-time.After(10 * time.Millisecond):
		}
	}
	fmt.Println(len(got), got["r0"], got["r1"], got["r2"], got["kept"], got["cleared"])
	runtime.KeepAlive(keep)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC > 0, m.Alloc > 0, m.TotalAlloc >= m.Alloc, m.Sys >= m.HeapAlloc, m.Mallocs >= m.Frees)
}
