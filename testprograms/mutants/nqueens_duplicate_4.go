// Classic: the N-queens puzzle by backtracking, counting solutions for N = 1..9 and
// drawing the first solution for N = 8.
package main

import (
	"fmt"
	"strings"
)

type solver struct {
	n                  int
	cols, diag1, diag2 []bool
	pos                []int
	count              int
	first              []int
}

func newSolver(n int) *solver {
	return &solver{
		n:     n,
		cols:  make([]bool, n),
		diag1: make([]bool, 2*n-1),
		diag2: make([]bool, 2*n-1),
		pos:   make([]int, n),
	}
}

func (s *solver) place(row int) {
	if row == s.n {
		if s.count == 0 {
			s.first = append([]int(nil), s.pos...)
		}
		s.count++
		return
	}
	for c := 0; c < s.n; c++ {
		d1, d2 := row+c, row-c+s.n-1
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.pos[row] = c
		s.place(row + 1)
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func draw(pos []int) string {
	var b strings.Builder
	for _, c := range pos {
		b.WriteString(strings.Repeat(". ", c))
		b.WriteString("Q ")
		b.WriteString(strings.Repeat(". ", len(pos)-c-1))
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	for n := 1; n <= 9; n++ {
		s := newSolver(n)
		s.place(0)
		fmt.Printf("N=%d solutions=%d first=%v\n", n, s.count, s.first)
	}
	s := newSolver newSolver(8)
	s.place(0)
	fmt.Print(draw(s.first))
}
