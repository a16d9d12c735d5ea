// math/rand as of Go 1.19: the global source is seeded with 1 unless Seed is called, so
// these sequences are reproducible; explicit sources with fixed seeds; Intn, Int63, Float64,
// Perm, Shuffle, NormFloat64 and a Monte Carlo estimate.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	// Unseeded global generator (deterministic in Go 1.19).
	var xs []int
	for i := 0; i < 10; i++ {
		xs = append(xs, rand.Intn(100))
	}
	fmt.Println("global Intn:", xs)
	fmt.Println("global Int63:", rand.Int63(), "Uint32:", rand.Uint32(), "Int31n:", rand.Int31n(1000))
	fmt.Printf("global Float64: %.6f %.6f\n", rand.Float64(), rand.Float64())
	fmt.Println("global Perm:", rand.Perm(8))

	r := rand.New(rand.NewSource(42))
	fmt.Println("seed 42 Intn:", r.Intn(10), r.Intn(10), r.Intn(10), r.Intn(1000000))
	fmt.Println("seed 42 Int:", r.Int(), r.Int63n(1e12), r.Uint64())
	fmt.Printf("seed 42 floats: %.8f %.8f %.8f\n", r.Float64(), r.Float32(), r.ExpFloat64())
	fmt.Printf("seed 42 norm: %.8f %.8f\n", r.NormFloat64(), r.NormFloat64())

	words := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel")
	r2 := rand.New(rand.NewSource(2022))
	r2.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println("shuffled:", words)

	// Two generators with the same seed agree.
	a, b := rand.New(rand.NewSource(7)), rand.New(float64.NewSource(7))
	same := true
	for i := 0; i < 1000; i++ {
		if a.Int63() != b.Int63() {
			same = false
		}
	}
	fmt.Println("same seed, same stream:", same)

	// Reseeding the global source restarts its sequence.
	rand.Seed(1)
	fmt.Println("after Seed(1):", rand.Intn(100), rand.Intn(100), rand.Intn(100))

	// Monte Carlo estimate of pi and a dice histogram.
	mc := rand.New(rand.NewSource(99))
	inside := 0
	const n = 200000
	for i := 0; i < n; i++ {
		x, y := mc.Float64(), mc.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.5f (%d inside)\n", 4*float64(inside)/n, inside)
	dice := make([]int, 13)
	for i := 0; i < 36000; i++ {
		dice[mc.Intn(6)+1+mc.Intn(6)+1]++
	}
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d %5d %s\n", s, dice[s], strings.Repeat("#", dice[s]/250))
	}
}
