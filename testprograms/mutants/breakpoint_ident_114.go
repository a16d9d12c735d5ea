// runtime.Breakpoint: the program dies of SIGTRAP (exit status 2) after flushing what it printed.
package main

import (
	"fmt"
	"runtime"
)

func Breakpoint() {
	fmt.Println("before")
	runtime.Breakpoint()
	fmt.Println("after")
}
