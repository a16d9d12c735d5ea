// bufio.Scanner's standard split functions at their edges, read in one piece and one byte at a
// time: CRLF and lone CR, empty lines, a last line without newline, invalid and cut UTF-8,
// Unicode spaces for ScanWords, tokens sharing the buffer, ErrTooLong at MaxScanTokenSize,
// Buffer(), ErrFinalToken from a custom split, Split after Scan, and lines from stdin.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// oneByte reads one byte per Read call, so every token straddles reads.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func scanAll(name string, split bufio.SplitFunc, input string, slow bool) {
	var r io.Reader = strings.NewReader(input)
	if slow {
		r = oneByte{r}
	}
	sc := bufio.NewScanner(r)
	sc.Split(split)
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Bytes()))
	}
	fmt.Printf("%s slow=%v: %d %s err=%v\n", name, slow, len(toks), strings.Join(toks, " "), sc.Err())
}

func main() {
	inputs := []string{
		"",
		"\n",
		"a\r\nb\r\n\r\nc",
		"one\rtwo\r",
		"x\n\ny\n",
		"  lead and trail  \t\n",
		"nb\u00a0sp\u3000ideo\u2028ls\u0085nel\u180emongolian\u200bzw",
		"ok\xffbad\xe2\x82cut\xe2\x82",
		"h\u00e9llo \u2603 \U0001F600",
		"tail without newline",
	}
	splits = []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}}
	for i, in := range inputs {
		fmt.Printf("-- input %d %q\n", i, in)
		for _, s := range splits {
			scanAll(s.name, s.f, in, false)
			scanAll(s.name, s.f, in, true)
		}
	}

	// Tokens alias the scanner's buffer.
	sc := bufio.NewScanner(strings.NewReader("abc\ndef\n"))
	sc.Scan()
	first := sc.Bytes()
	fmt.Println("len/cap of first token:", len(first), cap(first))
	sc.Scan()
	fmt.Println("second:", string(sc.Bytes()), "cap:", cap(sc.Bytes()))

	// A line longer than MaxScanTokenSize.
	long := strings.Repeat("y", bufio.MaxScanTokenSize) + "\nafter\n"
	sc = bufio.NewScanner(strings.NewReader("short\n" + long))
	for sc.Scan() {
		fmt.Println("token of", len(sc.Text()), "bytes")
	}
	fmt.Println("err:", sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong), "bytes after:", sc.Bytes() == nil)

	// A just-fitting line, with a small initial buffer that has to grow.
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("z", 99) + "\n" + strings.Repeat("w", 120)))
	sc.Buffer(make([]byte, 3), 100)
	for sc.Scan() {
		fmt.Println("grown token of", len(sc.Text()), "bytes")
	}
	fmt.Println("err:", sc.Err())

	// Words over a small buffer: long runs of spaces are skipped without growing it.
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat(" ", 50) + "w1" + strings.Repeat(" ", 50) + "w2 "))
	sc.Buffer(make([]byte, 8), 8)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("word %q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	// A custom split ending with ErrFinalToken; then Split after Scan panics.
	n := 0
	sc = bufio.NewScanner(strings.NewReader("1,2,STOP,3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanRunes(data, atEOF)
		if err == nil && tok != nil && tok[0] == 'S' {
			return adv, []byte("final"), bufio.ErrFinalToken
		}
		n++
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Printf("%s|", sc.Text())
	}
	fmt.Println(" err:", sc.Err(), "calls:", n, "again:", sc.Scan())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Split(bufio.ScanLines)
	}()

	// Lines of standard input (CRLF, an empty line, no final newline).
	in := bufio.NewScanner(os.Stdin)
	lines := 0
	for in.Scan() {
		lines++
		fmt.Printf("stdin %d: %q\n", lines, in.Text())
	}
	fmt.Println("stdin err:", in.Err())
}
