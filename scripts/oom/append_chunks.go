// Appends 64 MB chunks until the heap is exhausted: Go's "fatal error: runtime: out of memory", exit 2 (scripts/oom-check).
package main

import "fmt"

func main() {
	var chunks [][]byte
	for i := 0; ; i++ {
		chunks = append(chunks, make([]byte, 64<<20))
		if i%8 == 0 {
			fmt.Println("chunks:", len(chunks))
		}
	}
}
