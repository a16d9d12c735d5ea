// strmap: string building and maps: makes 200,000 keys with strconv and strings.Builder, counts
// them in a map[string]int, then sorts the distinct keys and hashes the result into a checksum.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

func work() (int, int, uint32) {
	counts := make(map[string]int)
	var sb strings.Builder
	for i := 0; i < 200000; i++ {
		sb.Reset()
		sb.WriteString("key-")
		sb.WriteString(strconv.Itoa(i * 7919 % 50021))
		if i%3 == 0 {
			sb.WriteByte('x')
		}
		counts[sb.String()]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// FNV-1a over the sorted keys and their counts: the same in every correct implementation.
	h := uint32(2166136261)
	most := 0
	for _, k := range keys {
		line := k + "=" + strconv.Itoa(counts[k]) + ";"
		for i := 0; i < len(line); i++ {
			h ^= uint32(line[i])
			h *= 16777619
		}
		if counts[k] > most {
			most = counts[k]
		}
	}
	return len(keys), most, h
}

func main() {
	reps := repetitions()
	var n, most int
	var h uint32
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		n, most, h = work()
		last = time.Since(start)
	}
	fmt.Printf("%d distinct keys, max count %d, checksum %08x\n", n, most, h)
	fmt.Fprintf(os.Stderr, "bench-last-rep-ms %.3f\n", float64(last.Microseconds())/1000)
}

// repetitions: how many times the kernel runs, from the first argument (default 1). bench/run
// times one run for the wall time, and five for the time of the last, warmed-up one.
func repetitions() int {
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil && n > 0 {
			return n
		}
	}
	return 1
}
