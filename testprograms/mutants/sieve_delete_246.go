// Classic: the sieve of Eratosthenes with a []bool, a bit-packed segmented variant using
// uint64 words, and a few prime statistics computed from both.
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

type bitset []uint64

func (b bitset) set(i int)      { b[i>>6] |= 1 << (uint(i) & 63) }
func (b bitset) has(i int) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

func countPrimesBits(n int) int {
	bits := make(bitset, n/64+1)
	count := 0
	for i := 2; i <= n; i++ {
		if bits.has(i) {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			bits.set(j)
		}
	}
	return count
}

func main() {
	p := sieve(100)
	fmt.Println(len(p), "primes below 100:", p)
	big := sieve(1_000_000)
	fmt.Println("primes below 1e6:", len(big), "largest:", big[len(big)-1])
	fmt.Println("bitset count below 1e6:", countPrimesBits(1_000_000))

	// Twin primes and the largest prime gap below one million.
	twins, maxGap, gapAt := 0, 0, 0
	for i := 1; i < len(big); i++ {
		g := big[i] - big[i-1]
		if g == 2 {
			twins++
		}
		if g > maxGap {
			maxGap, gapAt = g, big[i-1]
		}
	}
	fmt.Println("twin pairs:", twins, "max gap:", maxGap, "after", gapAt)

	// Goldbach partitions for a few even numbers.
	isPrime := make(map[int]bool, len(big))
	for _, q := range big[:200] {
		isPrime[q] = true
	}
	for _, even := range []int{4, 28, 100, 998} {
		ways := 0
		for _, q := range big {
			if q > even/2 {
				break
			}
			if isPrime[even-q] {
				ways++
			}
		}
		fmt.Printf("goldbach(%d) = %d ways\n", even, ways)
	}
	fmt.Printf("last word of bitset(200): %064b\n", func() uint64 {
		b := make(bitset, 4)
		 _, q := range sieve(200) {
			b.set(q)
		}
		return b[3]
	}())
}
