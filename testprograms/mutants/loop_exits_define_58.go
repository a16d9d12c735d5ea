// Jumps out of long loops (long enough to be compiled on the stack while they run): return
// from nested for and range loops, labeled break and continue to an outer loop, goto out of
// a loop, break out of a switch and a select inside a loop, and a deferred call that sees the
// results of a return from inside a loop. Each function runs several times, so later calls
// run the loops' compiled code, whose exits then run for the first time.
package main

import "fmt"

// firstAbove returns from inside two nested loops.
func firstAbove(limit int) (int, int) {
	for i := 0; ; i++ {
		for j := 0; j < 1000; j++ {
			if i*1000+j > limit {
				return i, j
			}
		}
	}
}

// indexOf returns from inside a range loop.
func indexOf(s []int, v int) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// outer breaks and continues an outer loop from an inner one.
func outer(n int) (count, sum int) {
rows:
	for i := 0; i < n; i++ {
		for j := 0; j < 100; j++ {
			if j > i%100 {
				continue rows
			}
			if i*j > 50*n {
				break rows
			}
			count++
			sum += j
		}
	}
	return
}

// gotoOut leaves a loop by goto and comes back into the outer statement list.
func gotoOut(n int) int {
	total := 0
	round := 0
again:
	for i := 0; ; i++ {
		total += i & 7
		if i == n {
			goto done
		}
	}
done:
	round++
	if round < 3 {
		goto again
	}
	return total
}

// switchBreak breaks out of a switch inside a loop, which goes on with the loop.
func switchBreak(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			if i%8 == 0 {
				break
			}
			s += 2
		case 1:
			s++
		}
	}
	return s
}

// selectLoop returns from a select inside a loop once the channel is drained.
func selectLoop(ch chan int) (sum int) {
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return
			}
			sum += v
		}
	}
}

// deferred sees the named result stored by a return from inside a loop and changes it.
func deferred(n int) (r int) {
	defer func() { r = -r }()
	for i := 0; i < 1<<30; i++ {
		if i >= n {
			return i * 2
		}
	}
	return 0
}

// labeledRange continues and breaks an outer range loop from a for loop inside it.
func labeledRange(words []string) (found string, skipped int) {
words:
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if w[i] == 'x' {
				skipped++
				continue words
			}
			if w[i] == 'q' {
				found = w
				break words
			}
		}
	}
	return
}

func main() {
	s = make([]int, 200000)
	for i := range s {
		s[i] = i * 3
	}
	words := make([]string, 0, 60000)
	for i := 0; i < 60000; i++ {
		words = append(words, fmt.Sprintf("w%dx", i))
	}
	words = append(words, "aqua", "later")
	for rep := 0; rep < 4; rep++ {
		i, j := firstAbove(250000 + rep)
		fmt.Println("firstAbove", i, j)
		fmt.Println("indexOf", indexOf(s, 3*(150000+rep)), indexOf(s, 1))
		c, sum := outer(3000 + rep)
		fmt.Println("outer", c, sum)
		fmt.Println("gotoOut", gotoOut(100000+rep))
		fmt.Println("switchBreak", switchBreak(200000+rep))
		ch := make(chan int, 100)
		for k := 0; k < 100; k++ {
			ch <- k + rep
		}
		close(ch)
		fmt.Println("selectLoop", selectLoop(ch))
		fmt.Println("deferred", deferred(150000+rep))
		f, sk := labeledRange(words)
		fmt.Println("labeledRange", f, sk)
	}
}
