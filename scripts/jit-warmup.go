// The JIT warm-up of a standby JVM (gotruffle.launcher.Standby): Graal, on a stock JDK, is Java
// code that HotSpot compiles while it runs, so the first Truffle compilations of a fresh JVM are
// slow. A standby runs this in an engine of its own that compiles early and in the foreground,
// then throws that engine away: what stays is a warm Graal for the client's program. So it
// holds small hot functions of the usual kinds (integer and float arithmetic, recursion, loops
// over slices and strings, struct fields, maps, methods through interfaces, closures), each
// called often enough to be compiled, and loops long enough for on-stack replacement. It stops
// after its time budget (the first argument, in milliseconds), whatever it has done by then, or
// when its stdin ends.
package main

import (
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

type vec struct{ x, y, z float64 }

type node struct {
	left, right *node
	val         int
}

type adder interface{ add(int) int }

type plus struct{ k int }

func (p plus) add(n int) int { return n + p.k }

type times struct{ k int }

func (t *times) add(n int) int { return n * t.k }

func rec(n int) int {
	if n < 2 {
		return n
	}
	return rec(n-1) + rec(n-2)
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func step(vs []vec, dt float64) {
	for i := range vs {
		v := &vs[i]
		d := v.x*v.x + v.y*v.y + v.z*v.z + 1
		v.x += dt * v.y / d
		v.y -= dt * v.x / d
		v.z += dt * float64(i)
	}
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func runes(s string) int {
	n := 0
	for _, r := range s {
		if r > 'm' {
			n++
		}
	}
	return n
}

func tree(d int) *node {
	if d == 0 {
		return &node{val: 1}
	}
	return &node{tree(d - 1), tree(d - 1), d}
}

func (n *node) sum() int {
	if n.left == nil {
		return n.val
	}
	return n.val + n.left.sum() + n.right.sum()
}

func histogram(words []string, m map[string]int) {
	for _, w := range words {
		m[w]++
	}
}

func apply(as []adder, n int) int {
	for _, a := range as {
		n = a.add(n) % 1000003
	}
	return n
}

func sieve(flags []bool) int {
	n := 0
	for i := 2; i < len(flags); i++ {
		if !flags[i] {
			n++
			for j := i * i; j < len(flags); j += i {
				flags[j] = true
			}
		}
	}
	return n
}

func main() {
	budget := 3 * time.Second
	if len(os.Args) > 1 {
		if ms, err := strconv.Atoi(os.Args[1]); err == nil {
			budget = time.Duration(ms) * time.Millisecond
		}
	}
	start := time.Now()
	// The standby ends its stdin when a client claims it: the warm-up stops then, so the client's
	// program does not share the cores with it for long.
	var stopped atomic.Bool
	go func() {
		var b [1]byte
		os.Stdin.Read(b[:])
		stopped.Store(true)
	}()
	a := make([]float64, 64)
	b := make([]float64, 64)
	for i := range a {
		a[i], b[i] = float64(i), float64(64-i)
	}
	vs := make([]vec, 16)
	for i := range vs {
		vs[i] = vec{float64(i), 1, 0}
	}
	words := []string{"go", "truffle", "graal", "go", "jit", "warm"}
	m := map[string]int{}
	as := []adder{plus{3}, &times{7}, plus{11}}
	acc := 0
	bump := func(n int) { acc += n & 7 }
	text := "the quick brown fox jumps over the lazy dog, héllo wörld"
	for round := 0; time.Since(start) < budget && round < 200 && !stopped.Load(); round++ {
		s := 0.0
		for i := 0; i < 2000 && !stopped.Load(); i++ {
			s += dot(a, b)
			step(vs, 0.01)
			bump(count(text, 'o') + runes(text))
			histogram(words, m)
			acc += apply(as, i)
		}
		acc += rec(18) + tree(10).sum() + sieve(make([]bool, 100000)) + int(s)&1
	}
	if acc == 42 {
		println(acc, len(m)) // keeps the work observable
	}
}
