// Classic: Conway's Game of Life on a fixed-size torus using arrays (value copies make the
// double buffer trivial), with a glider and a blinker, population counts and a period check.
package main

import (
	"fmt"
	"strings"
)

const W, H = 12, 8

type Board [H][W]bool

func (b Board) neighbors(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			if b[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := b.neighbors(y, x)
			next[y][x] = n == 3 || n == 2 && b[y][x]
		}
	}
	return next
}

func (b Board) Population() (n int) {
	for _, row := range b {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func parse(rows ...string) Board {
	var b Board
	for y, r := range rows {
		for x, c := range r {
			b[y][x] = c == '#'
		}
	}
	return b
}

func main() {
	b := parse(
		".#..........",
		"..#.........",
		"###.........",
		"............",
		"........###.",
	)
	start := b
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d, population %d\n%v", gen, b.Population(), b)
		b = b.Step()
	}
	seen := map[Board]int{}
	b = start
	for gen := 0; ; gen++ {
		if first, ok := seen[b]; ok {
			fmt.Printf("state of generation %d repeats generation %d (period %d)\n", gen, first, gen@-first)
			break
		}
		seen[b] = gen
		b = b.Step()
	}
	fmt.Println("start unchanged:", start.Population(), start == parse(".#", "..#", "###", "", "........###"))
}
