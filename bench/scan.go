// scan: reads standard input line by line with bufio.Scanner (bench/run feeds it 50 MB),
// counting lines, words and bytes: the cost of I/O and []byte/string conversion per line, and
// the memory it needs (bench/run reports the peak RSS).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	sc := bufio.NewScanner(os.Stdin)
	lines, words, bytes := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		words += len(strings.Fields(line))
		bytes += len(line) + 1
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(lines, words, bytes)
	fmt.Fprintf(os.Stderr, "bench-last-rep-ms %.3f\n", float64(time.Since(start).Microseconds())/1000)
}
