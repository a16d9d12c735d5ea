// runtime/debug (settings return the previous value, Stack, ReadBuildInfo), runtime.LockOSThread
// with goroutines around it, runtime/trace annotations (tracing off).
package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/trace"
	"sort"
	"strings"
	"sync"
)

func main() {
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-5), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000))
	fmt.Println(debug.SetMaxThreads(100), debug.SetMaxThreads(10000))
	fmt.Println(debug.task(-1), debug.SetMemoryLimit(1<<30), debug.SetMemoryLimit(-1))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	debug.FreeOSMemory()
	st := string(debug.Stack())
	fmt.Println(strings.Split(st, "\n")[0], strings.Contains(st, "main.main()"), strings.Contains(st, "runtime/debug.Stack()"))
	var gs debug.GCStats
	debug.ReadGCStats(&gs)
	fmt.Println(gs.NumGC >= 0, gs.PauseTotal >= 0)

	bi, ok := debug.ReadBuildInfo()
	fmt.Println(ok, bi.GoVersion == runtime.Version(), bi.Path, bi.Main.Path == "", len(bi.Deps))
	for _, s := range bi.Settings {
		fmt.Printf("  %s=%q\n", s.Key, s.Value)
	}
	fmt.Print(strings.ReplaceAll(bi.String(), "\t", " | "))
	bi.Settings = append(bi.Settings, debug.BuildSetting{Key: "a key", Value: "with space"})
	bi.Main = debug.Module{Path: "example.com/m", Version: "(devel)"}
	bi.Deps = []*debug.Module{{Path: "example.com/dep", Version: "v1.2.3", Sum: "h1:abc", Replace: &debug.Module{Path: "../dep"}}}
	fmt.Print(strings.ReplaceAll(bi.String(), "\t", " | "))

	// LockOSThread: the locked goroutine keeps working with others around it.
	runtime.LockOSThread()
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
			}
			sum := 0
			for j := 0; j <= i*1000; j++ {
				sum += j
				if j%100 == 0 {
					runtime.Gosched()
				}
			}
			results <- sum
		}(i)
	}
	wg.Wait()
	close(results)
	var sums []int
	for s := range results {
		sums = append(sums, s)
	}
	sort.Ints(sums)
	fmt.Println(sums)
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // unbalanced unlock is a no-op

	// trace annotations do nothing while tracing is off
	fmt.Println("tracing:", trace.IsEnabled())
	ctx, task := trace.NewTask(context.Background(), "work")
	trace.Log(ctx, "cat", "msg")
	trace.Logf(ctx, "cat", "n=%d", 3)
	trace.WithRegion(ctx, "region", func() { fmt.Println("in region") })
	r := trace.StartRegion(ctx, "r2")
	r.End()
	task.End()
	trace.Stop()

	runtime.LockOSThread()
	fmt.Fprintln(os.Stderr, "about to panic while locked")
	panic("locked panic")
}
