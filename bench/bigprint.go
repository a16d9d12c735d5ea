// bigprint: 1,150,000 lines of about 40 bytes, each with its own fmt.Println (46 MB to stdout,
// which Go does not buffer): the cost of many small writes and the memory they need.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	start := time.Now()
	for i := 0; i < 1150000; i++ {
		fmt.Println("line", i, "of the output, some more words")
	}
	fmt.Fprintf(os.Stderr, "bench-last-rep-ms %.3f\n", float64(time.Since(start).Microseconds())/1000)
}
