// math/rand.Zipf: a simulated word-frequency table (Zipf's law) and a request log over
// hot keys; the draws are Go's exact stream for a seed, also from a Source of our own.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type counterSource struct{ n int64 }

func (c *counterSource) Int63() int64    { c.n = (c.n*6364136223846793005 + 1442695040888963407) & (1<<63 - 1); return c.n }
func (c *counterSource) Seed(seed int64) { c.n = seed }

func main() {
	words := strings.Fields("the of and to in is you that it he was for on are as with his they at be")
	z := rand.NewZipf(rand.New(rand.NewSource(2023)), 1.07, 1, uint64(len(words)-1))
	counts := make([]int, len(words))
	for i := 0; i < 5000; i++ {
		counts[z.Uint64()]++
	}
	for i := 0; i < 6; i++ {
		fmt.Printf("%-5s %5d\n", words[i], counts[i])
	}

	for _, p := range []struct {
		s, v float64
		imax uint64
	}{{2, 1, 10}, {1.5, 3.5, 1000}, {3, 1, 1 << 62}, {1.0001, 1, 1 << 20}} {
		zz := rand.NewZipf(rand.New(rand.NewSource(7)), p.s, p.v, p.imax)
		var xs []uint64
		for i := 0; i < 8; i++ {
			xs = append(xs, zz.Uint64())
		}
		fmt.Println(p, xs)
	}

	own := rand.NewZipf(rand.New(&counterSource{}), 1.2, 2, 50)
	hits := map[uint64]int{}
	for i := 0; i < 200; i++ {
		hits[own.Uint64()]++
	}
	keys := make([]uint64, 0, len(hits))
	for k := range hits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys[:5] {
		fmt.Print(k, ":", hits[k], " ")
	}
	fmt.Println(len(keys))

	fmt.Println(rand.NewZipf(rand.New(rand.NewSource(1)), 1, 1, 10) == nil, rand.NewZipf(nil, 2, 0.5, 10) == nil)
	var none *rand.Zipf
	defer func() { fmt.Println("recovered:", recover()) }()
	none.Uint64()
}
