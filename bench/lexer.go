// lexer: tokenizes a 240 KB program text the way hand-written lexers often do, advancing with
// s = s[n:] after each token: string slicing (a copy would make it quadratic).
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

func source() string {
	var b strings.Builder
	for i := 0; b.Len() < 240*1024; i++ {
		fmt.Fprintf(&b, "func f%d(x int) int { return x*%d + (x - %d) / 7 } // comment %d\n", i, i, i%13, i)
	}
	return b.String()
}

func isLetter(c byte) bool { return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

// lex counts the tokens of s by kind.
func lex(s string) (idents, numbers, ops int) {
	for len(s) > 0 {
		c := s[0]
		n := 1
		switch {
		case c == ' ' || c == '\n' || c == '\t':
		case c == '/' && len(s) > 1 && s[1] == '/':
			n = strings.IndexByte(s, '\n')
			if n < 0 {
				n = len(s)
			}
		case isLetter(c):
			for n < len(s) && (isLetter(s[n]) || isDigit(s[n])) {
				n++
			}
			idents++
		case isDigit(c):
			for n < len(s) && isDigit(s[n]) {
				n++
			}
			numbers++
		default:
			ops++
		}
		s = s[n:]
	}
	return
}

func main() {
	reps := repetitions()
	src := source()
	var i, n, o int
	var last time.Duration
	for r := 0; r < reps; r++ {
		start := time.Now()
		i, n, o = lex(src)
		last = time.Since(start)
	}
	fmt.Println(len(src), i, n, o)
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
