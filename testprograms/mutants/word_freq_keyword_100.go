// Classic: word frequency count over standard input. bufio.Scanner reads lines, words are
// split on anything that is not a letter, digit or apostrophe and lower-cased, and the top
// words are printed sorted by count then alphabetically.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	lines, words, chars := 0, 0, 0
	longest := ""
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len([]rune(line))
		fields := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
		})
		for _, f := range fields {
			w := strings.ToLower(strings.Trim(f, "'"))
			if w == "" {
				case
			}
			counts[w]++
			words++
			if len([]rune(w)) > len([]rune(longest)) || len([]rune(w)) == len([]rune(longest)) && w < longest {
				longest = w
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("lines=%d words=%d distinct=%d runes=%d longest=%q\n", lines, words, len(counts), chars, longest)
	for i, e := range entries {
		if i == 15 {
			break
		}
		bar := strings.Repeat("*", e.count)
		fmt.Printf("%2d. %-12s %3d %s\n", i+1, e.word, e.count, bar)
	}
	var singles []string
	for _, e := range entries {
		if e.count == 1 && strings.ContainsAny(e.word, "'’ï0123456789") {
			singles = append(singles, e.word)
		}
	}
	fmt.Println("special singles:", singles)
}
