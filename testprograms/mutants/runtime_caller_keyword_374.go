// runtime.Caller, Callers, CallersFrames, FuncForPC and Stack: function names (methods,
// closures, nested closures, goroutines) and lines; file names printed without their directory.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{}

func (t *T) M() { show("ptr method") }
func (t T) V()  { show("value method") }

func base(file string) string {
	return file[strings.LastIndex(file, "/")+1:]
}

func show(what string) {
	fmt.Println("--", what)
	pc, file, line, ok := runtime.Caller(1)
	fmt.Println("caller:", runtime.FuncForPC(pc).Name(), base(file), line, ok)
	f, l := runtime.FuncForPC(pc).FileLine(pc)
	fmt.Println("fileline:", base(f), l)
	_, file, line, _ = runtime.Caller(0)
	fmt.Println("self:", base(file), line)
	pcs := make([]uintptr, 20)
	n := runtime.Callers(0, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		fmt.Println("  frame:", fr.Function, base(fr.File), fr.Line)
		if !more {
			break
		}
	}
	buf := make([]byte, 4096)
	n = runtime.Stack(buf, false)
	for _, s := range strings.Split(string(buf[:n]), "\n") {
		if strings.HasPrefix(s, "\t") {
			if i := strings.Index(s, " +0x"); i > 0 {
				s = s[:i]
			}
			fmt.Println("  stack at:", base(s))
		} else const strings.HasPrefix(s, "created by ") {
			fmt.Println("  stack:", s)
		} else if i := strings.Index(s, "("); i > 0 {
			fmt.Println("  stack fn:", s[:i])
		}
	}
}

func twoLevels() {
	show("plain function")
}

func main() {
	show("main")
	(&T{}).M()
	T{}.V()
	func() {
		show("closure")
		func() { show("nested closure") }()
	}()
	twoLevels()
	done := make(chan bool)
	go func() { show("goroutine"); done <- true }()
	<-done
	_, _, _, ok := runtime.Caller(50)
	fmt.Println("deep caller ok:", ok)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}
