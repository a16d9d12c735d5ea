// Every kind of blocking operation, each in its own function so that each blocking node runs
// for the first time when it blocks. For each operation a goroutine announces itself
// ("op NAME GOID REASON") and blocks; a waker waits until the scheduler shows it parked with
// that wait reason, then wakes it. os.Args[1] rounds (default 1) repeat everything.
package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

func goid() string {
	buf := make([]byte, 64)
	n := runtime.Stack(buf, false)
	return strings.Fields(string(buf[:n]))[1]
}

// announce prints the blocking goroutine's id and the wait reason its park must show.
func announce(name, reason string) string {
	id := goid()
	fmt.Println("op", name, id, strings.ReplaceAll(reason, " ", "_"))
	return id
}

// waitParked returns once goroutine id is parked with reason.
func waitParked(id, reason string) {
	want := "goroutine " + id + " [" + reason + "]"
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if strings.Contains(string(buf[:n]), want) {
			return
		}
		runtime.Gosched()
	}
}

// run starts block in a goroutine, wakes it with wake once it is parked, and waits for it to
// finish. A nil wake: the operation ends by itself (a timer), and always parks.
func run(name, reason string, block func(), wake func()) {
	ids := make(chan string, 1)
	done := make(chan bool, 1)
	go func() {
		ids <- announce(name, reason)
		block()
		done <- true
	}()
	id := <-ids
	if wake != nil {
		waitParked(id, reason)
		wake()
	}
	<-done
}

func opChanSend() {
	c := make(chan int)
	run("chan-send", "chan send", func() { c <- 1 }, func() { <-c })
}

func opChanRecv() {
	c := make(chan int)
	run("chan-recv", "chan receive", func() { <-c }, func() { c <- 1 })
}

func opChanRecvOk() {
	c := make(chan int)
	run("chan-recv-ok", "chan receive", func() {
		if _, ok := <-c; ok {
			panic("open")
		}
	}, func() { close(c) })
}

func opRange() {
	c := make(chan int)
	run("range", "chan receive", func() {
		for range c {
		}
	}, func() { close(c) })
}

func opSelectRecv() {
	a, b := make(chan int), make(chan int)
	run("select-recv", "select", func() {
		select {
		case <-a:
		case <-b:
		}
	}, func() { b <- 1 })
}

func opSelectSend() {
	s, never := make(chan int), make(chan int)
	run("select-send", "select", func() {
		select {
		case s <- 1:
		case <-never:
		}
	}, func() { <-s })
}

func opMutex() {
	var mu sync.Mutex
	mu.Lock()
	run("mutex", "semacquire", func() { mu.Lock() }, func() { mu.Unlock() })
}

func opRWMutexRLock() {
	var rw sync.RWMutex
	rw.Lock()
	run("rwmutex-rlock", "semacquire", func() { rw.RLock() }, func() { rw.Unlock() })
}

func opRWMutexLock() {
	var rw sync.RWMutex
	rw.RLock()
	run("rwmutex-lock", "semacquire", func() { rw.Lock() }, func() { rw.RUnlock() })
}

func opWaitGroup() {
	var wg sync.WaitGroup
	wg.Add(1)
	run("waitgroup", "semacquire", func() { wg.Wait() }, func() { wg.Done() })
}

func opCond() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	run("cond", "sync.Cond.Wait", func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
	}, func() {
		mu.Lock()
		ready = true
		cond.Signal()
		mu.Unlock()
	})
}

func opOnce() {
	var once sync.Once
	release := make(chan bool)
	first := make(chan string, 1)
	go once.Do(func() {
		first <- goid()
		<-release
	})
	id := <-first
	waitParked(id, "chan receive")
	run("once-second-caller", "semacquire", func() { once.Do(func() { panic("ran twice") }) }, func() { close(release) })
}

func opSleep() {
	run("sleep", "sleep", func() { time.Sleep(2 * time.Millisecond) }, nil)
}

func opTimerChan() {
	t := time.NewTimer(time.Hour)
	run("timer-chan", "chan receive", func() { <-t.C }, func() { t.Reset(time.Millisecond) })
}

func opAfter() {
	// long enough that the receive parks before the timer fires, even when the receive is still
	// being specialized or deoptimized on a loaded machine (2 ms fired first at load 37)
	run("time-after", "chan receive", func() { <-time.After(100 * time.Millisecond) }, nil)
}

func opContextDone() {
	ctx, cancel := context.WithCancel(context.Background())
	run("context-done", "chan receive", func() { <-ctx.Done() }, cancel)
}

func main() {
	rounds := 1
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	ops := []func(){opChanSend, opChanRecv, opChanRecvOk, opRange, opSelectRecv, opSelectSend, opMutex,
		opRWMutexRLock, opRWMutexLock, opWaitGroup, opCond, opOnce, opSleep, opTimerChan, opAfter, opContextDone}
	for r := 0; r < rounds; r++ {
		fmt.Println("round", r)
		for _, op := range ops {
			op()
		}
	}
	fmt.Println("done")
}
