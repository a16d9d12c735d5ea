// Statements that steer control: for in all its forms, labeled break and continue, goto,
// expression and tagless switch, fallthrough, switch with init statements, and if/else
// chains with init statements.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	case 6:
		return "D"
	}
	return "F"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for _, s := range []int{100, 95, 83, 71, 64, 12} {
		fmt.Print(grade(s))
	}
	fmt.Println()
	for i := 0; i <= 4; i++ {
		fmt.Println(i, fall(i))
	}

	// Labeled break and continue over nested loops: find pairs summing to 10.
	matrix := [][]int{{1, 9, 3}, {4, 6, 8}, {1, 1, 1}, {2, 2, 5}, {7, 3, 0}}
outer:
	for i, row := range matrix {
		for j, v := range row {
			if v == 5 {
				fmt.Println("found 5 at", i, j, "- stop everything")
				break outer
			}
			if j > 0 && row[j-1]+v == 10 {
				fmt.Println("pair in row", i, ":", row[j-1], v)
				continue outer
			}
		}
		fmt.Println("row", i, "done without pair")
	}

	// while-style and infinite loops.
	n, steps := 27, 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz(27) steps:", steps)
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println("first k with k*k > 200:", k)

	// goto forming a loop, and jumping forward over code.
	i := 0
loop:
	if i < 5 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	fmt.Println()
	goto skip
skip:
	fmt.Println("after skip")

	// Switch on types of values and break inside switch inside for.
	total := 0
	for _, v := range []int{1, 2, 3, -1, 4} {
		switch {
		case v < 0:
			fmt.Println("negative seen, break the switch only")
			break
		default:
			total += v
		}
	}
	fmt.Println("total", total)

	// If with init statement and else-if chains.
	if x := total * 2; x > 100 {
		fmt.Println("big", x)
	} else if x > 10 {
		fmt.Println("medium", x)
	} else {
		fmt.Println("small", x)
	}

	// Labeled continue in a three-clause loop.
	count := 0
rows:
	for r := 0; r < 5; r++ {
		for c := 0; c < 5; c++ {
			if c > r {
				continue rows
			}
			count++
		}
	}
	fmt.Println("lower triangle cells:", count)
}
