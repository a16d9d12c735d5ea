// bufio over standard input and in memory: Scanner with ScanLines, ScanWords, ScanRunes and
// a custom split function, Reader.ReadString/ReadRune/Peek, and Writer buffering with Flush.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// commaSplit is a custom split function: tokens separated by commas, trimmed.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	// Lines from stdin, including an empty line and a last line without newline.
	stdin, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(stdin))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("line %d: %q\n", n, sc.Text()
	}
	fmt.Println("err:", sc.Err())

	ws := bufio.NewScanner(bytes.NewReader(stdin))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(len(words), words)

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()

	cs := bufio.NewScanner(strings.NewReader("a, b ,c,, d e ,f"))
	cs.Split(commaSplit)
	for cs.Scan() {
		fmt.Printf("[%s]", cs.Text())
	}
	fmt.Println()

	// A token longer than the buffer fails with ErrTooLong.
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
		fmt.Println("token:", long.Text())
	}
	fmt.Println("long err:", long.Err())

	r := bufio.NewReader(strings.NewReader("first line\nsecond ☃ line\nno newline"))
	peek, _ := r.Peek(5)
	fmt.Printf("peek %q\n", peek)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("☃x"))
	ru, size, _ := r2.ReadRune()
	fmt.Println(string(ru), size)
	r2.UnreadRune()
	b, _ := r2.ReadByte()
	fmt.Println(b)

	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(w, "buffered %d ", 1)
	fmt.Println("[unbuffered print comes first]")
	fmt.Fprintf(w, "and %s\n", "flushed")
	fmt.Println("available:", w.Available(), "buffered:", w.Buffered())
	w.Flush()
	fmt.Println("after flush buffered:", w.Buffered())
}
