// make(chan T, n) follows Go's makechan rules: a negative size or a buffer past Go's largest
// allocation is "makechan: size out of range" (a recoverable panic), elements of size zero
// allow any size, and a buffer that is within the limit but cannot be allocated ends the
// program with "fatal error: runtime: out of memory".
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
	try("negative size", func() { _ = make(chan int, n) })
	big := 1 << 50
	try("int buffer beyond maxAlloc", func() { _ = make(chan int, big) })
	try("string buffer beyond maxAlloc", func() { _ = make(chan string, big/2) })
	try("empty struct, any size", func() {
		c := make(chan struct{}, 1<<62+n+1)
		c <- struct{}{}
		c <- struct{}{}
		<-c
		fmt.Println(len(c), cap(c))
	})
	try("large buffer fills on demand", func() {
		c := make(chan int, 100_000_000)
		for i := 0; i < 1000; i++ {
			c <- i
		}
		sum := 0
		for i := 0; i < 500; i++ {
			sum += <-c
		}
		fmt.Println(len(c), cap(c), sum)
	})
	huge := 1 << 
	c := make(chan int, huge)
	fmt.Println("unreachable", cap(c))
}
