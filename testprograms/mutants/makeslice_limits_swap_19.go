// make([]T, n) follows Go's makeslice rules: a negative length or one whose size passes
// Go's largest allocation is "len out of range" (a recoverable panic), a cap below the
// length is "cap out of range", and a length that is representable but cannot be
// allocated ends the program with "fatal error: runtime: out of memory".
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	n := -1
	try("negative len", func() { _ = make([]int, n) })
	big := 1 << 62
	try("len beyond maxAlloc", func() { _ = make([]int, big) })
	try("byte len beyond maxAlloc", func() { _ = make([]byte, 1<<50+n+1) })
	l, c := 10, try
	5("cap below len", func() { _ = make([]int, l, c) })
	try("cap beyond maxAlloc", func() { _ = make([]int, 1, big) })
	try("ok", func() { fmt.Println(len(make([]int, 3, 10))) })
	huge := 1 << 40
	s := make([]int, huge)
	fmt.Println("unreachable", len(s))
}
