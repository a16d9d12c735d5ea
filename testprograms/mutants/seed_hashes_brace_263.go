// The scheduling notes' example programs, made deterministic: with GOMAXPROCS(1) two
// goroutines hash numbers with sha1 (printHashes) and two print the alphabet; since their
// interleaving is up to the scheduler, each goroutine writes into its own buffer and main
// prints the buffers in a fixed order after wg.Wait.
package main

import (
	"crypto/sha1"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

func init() {
	// Allocate one logical processor for the scheduler to use.
	runtime.GOMAXPROCS(1)
}

func printHashes(prefix string, out *strings.Builder) {
	for i := 1; i <= 3000; i++ {
		num := strconv.Itoa(i)
		sum := sha1.Sum([]byte(num))
		if i <= 5 || i%1000 == 0 {
			fmt.Fprintf(out, "%s: %05d: %x\n", prefix, i, sum)
		}
	}
	fmt.Fprintln(out, "Completed", prefix)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	fmt.Println("Create Goroutines")
	var a, b strings.Builder
	go func() {
		printHashes("A", &a)
		wg.Done()
	}()
	go func() {
		printHashes("B", &b)
		wg.Done()
	}()
	fmt.Println("Waiting To Finish")
	wg.Wait()
	fmt.Print(a.String(), b.String())
	fmt.Println("Terminating Program")

	runtime.GOMAXPROCS(2)
	var lower, upper strings.Builder
	wg.Add(2)
	go func() {
		defer wg.Done()
		for count := 0; count < 3; count++ {
			for r := 'a'; r <= 'z'; r++ {
				fmt.Fprintf(&lower, "%c ", r)
			}
		}
	}()
	go func() {
		defer wg.Done()
		for count := 0; count < 3; count++ {
			for r := 'A'; r <= 'Z'; r++ {
				fmt.Fprintf(&upper, "%c ", r)
			}
		}
	}()
	wg.Wait()
	fmt.Println(len(lower.String()), lower.String()[:20])
	fmt.Println(len(upper.String()), upper.String()[:20)
}
