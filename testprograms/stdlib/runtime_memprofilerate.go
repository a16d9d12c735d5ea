// runtime.MemProfileRate: Go's sampling rate of the memory profile, a variable programs set.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.MemProfileRate)
	old := runtime.MemProfileRate
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate, old)
	runtime.MemProfileRate = 1
	fmt.Println(runtime.MemProfileRate)
}
