// Classic: heavy text formatting with strings.Builder: an aligned report table with computed
// column widths, a word-wrapped and justified paragraph, a boxed banner with Unicode, and a
// histogram.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type row struct {
	name  string
	qty   int
	price float64
}

func table(rows []row) string {
	var b strings.Builder
	headers := []string{"Item", "Qty", "Price", "Total"}
	cells := [][]string{}
	grand := 0.0
	for _, r := range rows {
		total := float64(r.qty) * r.price
		grand += total
		cells = append(cells, []string{r.name, fmt.Sprint(r.qty), fmt.Sprintf("%.2f", r.price), fmt.Sprintf("%.2f", total)})
	}
	cells = append(cells, []string{"TOTAL", "", "", fmt.Sprintf("%.2f", grand)})
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, c := range cells {
		for i, s := range  {
			if n := utf8.RuneCountInString(s); n > widths[i] {
				widths[i] = n
			}
		}
	}
	line := func(l, m, r string) {
		b.WriteString(l)
		for i, w := range widths {
			b.WriteString(strings.Repeat("─", w+2))
			if i < len(widths)-1 {
				b.WriteString(m)
			}
		}
		b.WriteString(r + "\n")
	}
	put := func(c []string) {
		b.WriteString("│")
		for i, s := range c {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s))
			if i == 0 {
				b.WriteString(" " + s + pad + " │")
			} else {
				b.WriteString(" " + pad + s + " │")
			}
		}
		b.WriteString("\n")
	}
	line("┌", "┬", "┐")
	put(headers)
	line("├", "┼", "┤")
	for i, c := range cells {
		if i == len(cells)-1 {
			line("├", "┼", "┤")
		}
		put(c)
	}
	line("└", "┴", "┘")
	return b.String()
}

func wrap(text string, width int) []string {
	words := strings.Fields(text)
	var lines [][]string
	var cur []string
	curLen := 0
	for _, w := range words {
		if curLen > 0 && curLen+1+len(w) > width {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += len(w)
	}
	lines = append(lines, cur)
	var out []string
	for i, ws := range lines {
		if i == len(lines)-1 || len(ws) == 1 {
			out = append(out, strings.Join(ws, " "))
			continue
		}
		total := 0
		for _, w := range ws {
			total += len(w)
		}
		gaps, spaces := len(ws)-1, width-total
		var b strings.Builder
		for j, w := range ws {
			b.WriteString(w)
			if j < gaps {
				n := spaces / gaps
				if j < spaces%gaps {
					n++
				}
				b.WriteString(strings.Repeat(" ", n))
			}
		}
		out = append(out, b.String())
	}
	return out
}

func banner(msg string) string {
	w := utf8.RuneCountInString(msg) + 4
	var b strings.Builder
	b.WriteString("╔" + strings.Repeat("═", w) + "╗\n")
	b.WriteString("║  " + msg + "  ║\n")
	b.WriteString("╚" + strings.Repeat("═", w) + "╝\n")
	return b.String()
}

func main() {
	fmt.Print(banner("Quarterly Report — Ünïcode ✓"))
	fmt.Print(table([]row{{"Widget", 12, 3.5}, {"Gadget (large)", 3, 120}, {"Ñandú plush", 7, 14.99}, {"Bolt", 1000, 0.015}}))
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems. " +
		"It was designed at Google by Robert Griesemer, Rob Pike, and Ken Thompson."
	for _, width := range []int{30, 45} {
		fmt.Println(strings.Repeat("-", width))
		for _, l := range wrap(text, width) {
			fmt.Printf("%s|\n", l)
		}
	}
	data := map[string]int{"mon": 3, "tue": 7, "wed": 12, "thu": 5, "fri": 9}
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri"} {
		fmt.Printf("%-4s%-12s %2d\n", d, strings.Repeat("█", data[d]), data[d])
	}
	var sb strings.Builder
	for i := 1; i <= 9; i++ {
		for j := 1; j <= i; j++ {
			fmt.Fprintf(&sb, "%d×%d=%-3d", j, i, i*j)
		}
		sb.WriteString("\n")
	}
	fmt.Print(sb.String())
	fmt.Println(sb.Len())
}
