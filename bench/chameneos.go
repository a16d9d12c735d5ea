// chameneos: chameneos-redux (the Computer Language Benchmarks Game), 600,000 meetings of
// three and then ten creatures at a meeting place guarded by a mutex, with a channel per
// creature: contention and goroutine hand-offs. Prints only what does not depend on the
// scheduling: the colour table and the total number of meetings of each game, spelled out.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

type colour int

const (
	blue colour = iota
	red
	yellow
)

var names = [...]string{"blue", "red", "yellow"}

func complement(a, b colour) colour {
	if a == b {
		return a
	}
	return 3 - a - b
}

var digits = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func spell(n int) string {
	var parts []string
	for _, c := range strconv.Itoa(n) {
		parts = append(parts, digits[c-'0'])
	}
	return " " + strings.Join(parts, " ")
}

type creature struct {
	colour   colour
	meetings int
	same     int
	meet     chan *creature
}

type place struct {
	mu      sync.Mutex
	left    int
	waiting *creature
}

// visit: the first of two creatures waits at the place; the second pairs with it. Both learn
// the other's colour. Returns false when no meetings are left.
func (p *place) visit(c *creature) (other colour, id *creature, ok bool) {
	p.mu.Lock()
	if p.left == 0 {
		p.mu.Unlock()
		return 0, nil, false
	}
	if p.waiting == nil {
		p.waiting = c
		p.mu.Unlock()
		partner := <-c.meet
		if partner == nil { // released: no meetings left
			return 0, nil, true
		}
		return partner.colour, partner, true
	}
	w := p.waiting
	p.waiting = nil
	p.left--
	p.mu.Unlock()
	w.meet <- c
	return w.colour, w, true
}

func game(meetings int, colours []colour) int {
	p := &place{left: meetings}
	creatures := make([]*creature, len(colours))
	var wg sync.WaitGroup
	for i, col := range colours {
		c := &creature{colour: col, meet: make(chan *creature, 1)}
		creatures[i] = c
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				other, partner, ok := p.visit(c)
				if !ok {
					// a creature left waiting when the meetings ran out is released
					p.mu.Lock()
					if p.waiting != nil {
						w := p.waiting
						p.waiting = nil
						w.meet <- nil
					}
					p.mu.Unlock()
					return
				}
				if partner == nil {
					return
				}
				if partner == c {
					c.same++
				}
				c.colour = complement(c.colour, other)
				c.meetings++
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, c := range creatures {
		total += c.meetings
	}
	return total
}

func main() {
	reps := repetitions()
	const n = 600000
	first := []colour{blue, red, yellow}
	second := []colour{blue, red, yellow, red, yellow, blue, red, yellow, red, blue}
	var t1, t2 int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		t1 = game(n, first)
		t2 = game(n, second)
		last = time.Since(start)
	}
	for _, a := range []colour{blue, red, yellow} {
		for _, b := range []colour{blue, red, yellow} {
			fmt.Printf("%s + %s -> %s\n", names[a], names[b], names[complement(a, b)])
		}
	}
	fmt.Println()
	for _, c := range first {
		fmt.Print(" ", names[c])
	}
	fmt.Println()
	fmt.Println(spell(t1))
	fmt.Println()
	for _, c := range second {
		fmt.Print(" ", names[c])
	}
	fmt.Println()
	fmt.Println(spell(t2))
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
