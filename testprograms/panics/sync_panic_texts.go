// The panics of sync and sync/atomic that a program can recover: Go's exact texts and value types.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		kind := "nil"
		switch r.(type) {
		case string:
			kind = "string"
		case runtime.Error:
			kind = "runtime.Error"
		}
		fmt.Printf("%-28s %s: %v\n", name, kind, r)
	}()
	f()
}

func main() {
	try("negative WaitGroup", func() {
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Done()
		wg.Done()
	})
	try("negative Add", func() {
		var wg sync.WaitGroup
		wg.Add(-3)
	})
	try("Value.Store(nil)", func() {
		var v atomic.Value
		v.Store(nil)
	})
	try("Value.Store other type", func() {
		var v atomic.Value
		v.Store(1)
		v.Store("x")
	})
	try("Value.Swap(nil)", func() {
		var v atomic.Value
		v.Swap(nil)
	})
	try("Value.Swap other type", func() {
		var v atomic.Value
		v.Swap(1)
		v.Swap("x")
	})
	try("Value.CompareAndSwap nil new", func() {
		var v atomic.Value
		v.CompareAndSwap(1, nil)
	})
	try("CompareAndSwap old/new types", func() {
		var v atomic.Value
		v.CompareAndSwap(1, "x")
	})
	try("CompareAndSwap stored type", func() {
		var v atomic.Value
		v.Store(1)
		v.CompareAndSwap(nil, "x")
	})
	try("CompareAndSwap uncomparable", func() {
		var v atomic.Value
		v.Store([]int{1})
		v.CompareAndSwap([]int{1}, []int{2})
	})
	try("CompareAndSwap sequence", func() {
		var v atomic.Value
		fmt.Println(v.CompareAndSwap(1, 2), v.CompareAndSwap(nil, 2), v.CompareAndSwap(2, 3),
			v.CompareAndSwap(2, 4), v.CompareAndSwap(nil, 5), v.Load())
		fmt.Println(v.Swap(7), v.Load())
	})
	try("Cond copied after use", func() {
		c := sync.NewCond(&sync.Mutex{})
		c.Signal()
		d := *c
		d.Signal()
	})
	try("Cond copied before use", func() {
		var c sync.Cond
		d := c // copies taken before first use are independent Conds
		c.Signal()
		d.Broadcast()
		var e sync.Cond
		e = c // but a copy of a used Cond is detected
		e.Signal()
	})
	try("nil *Mutex", func() {
		var m *sync.Mutex
		m.Lock()
	})
	try("nil *WaitGroup", func() {
		var wg *sync.WaitGroup
		wg.Wait()
	})
	try("nil *RWMutex", func() {
		var rw *sync.RWMutex
		rw.RLock()
	})
	try("nil *atomic.Int64", func() {
		var x *atomic.Int64
		x.Add(1)
	})
	try("atomic.AddInt64(nil)", func() {
		var p *int64
		atomic.AddInt64(p, 1)
	})
	try("nil *atomic.Value", func() {
		var v *atomic.Value
		v.Load()
	})
	try("Once after a panic", func() {
		var o sync.Once
		defer func() {
			o.Do(func() { fmt.Println("not again") })
			fmt.Println("Once is done after f panicked")
		}()
		o.Do(func() { panic("in Once") })
	})
	fmt.Println("end")
}
