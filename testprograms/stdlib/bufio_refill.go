// bufio.Scanner's standard split functions when tokens straddle the buffer's refills: inputs of
// many KB read in chunks of odd sizes, so that a CR, a CRLF, a word or a line falls on each side
// of a 4096-byte boundary; long lines that make the buffer grow; tokens' capacities (they alias
// the buffer) at the first tokens after a refill; and the last token without a newline.
package main

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
)

// chunks returns at most the next size of its sizes per Read, cycling through them.
type chunks struct {
	r     io.Reader
	sizes []int
	i     int
}

func (c *chunks) Read(p []byte) (int, error) {
	n := c.sizes[c.i%len(c.sizes)]
	c.i++
	if n > len(p) {
		n = len(p)
	}
	return c.r.Read(p[:n])
}

func input() string {
	var b strings.Builder
	for i := 0; b.Len() < 40000; i++ {
		switch i % 7 {
		case 0:
			fmt.Fprintf(&b, "line %d with some words\r\n", i)
		case 1:
			b.WriteString("\r\n")
		case 2:
			fmt.Fprintf(&b, "%s\n", strings.Repeat("x", i%97))
		case 3:
			fmt.Fprintf(&b, "  lead\ttabs\v and  trail  %d\r", i)
		case 4:
			fmt.Fprintf(&b, "\u00e9t\u00e9 \u2603 %d\u3000ideo\n", i)
		case 5:
			fmt.Fprintf(&b, "%s\n", strings.Repeat("long ", 1000+i))
		default:
			b.WriteString("\n\n")
		}
	}
	b.WriteString("no newline at the end")
	return b.String()
}

func scan(name string, split bufio.SplitFunc, in string, sizes []int) {
	var r io.Reader = strings.NewReader(in)
	if sizes != nil {
		r = &chunks{r: r, sizes: sizes}
	}
	sc := bufio.NewScanner(r)
	sc.Split(split)
	n, total := 0, 0
	crc := crc32.NewIEEE()
	caps := []int{}
	for sc.Scan() {
		tok := sc.Bytes()
		n++
		total += len(tok)
		crc.Write(tok)
		crc.Write([]byte{0})
		if n%997 == 1 && len(caps) < 8 {
			caps = append(caps, cap(tok))
		}
	}
	fmt.Printf("%s %v: %d tokens, %d bytes, crc %08x, caps %v, err %v\n", name, sizes, n, total, crc.Sum32(), caps, sc.Err())
}

func main() {
	in := input()
	fmt.Println("input", len(in), "bytes")
	splits := []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}}
	for _, s := range splits {
		for _, sizes := range [][]int{nil, {4095}, {4097, 1}, {7, 4093, 1, 2}, {1}} {
			scan(s.name, s.f, in, sizes)
		}
	}
	// A small maximum: the long lines are too long for it.
	sc := bufio.NewScanner(&chunks{r: strings.NewReader(in), sizes: []int{3, 5}})
	sc.Buffer(make([]byte, 16), 4096)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("small max:", n, "tokens, err", sc.Err(), "bytes nil:", sc.Bytes() == nil)
}
