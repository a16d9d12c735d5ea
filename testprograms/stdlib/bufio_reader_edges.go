// bufio.Reader's delimiter reads at their edges: ReadString, ReadBytes, ReadSlice and ReadLine
// over a small buffer (lines longer than it, CRLF split between fills, a last line without
// delimiter), UnreadByte/UnreadRune after them, and ReadBytes results owning their bytes.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

const text = "alpha\nbeta\r\na line longer than the sixteen-byte buffer\n\r\nx\r\nlast, no newline"

func main() {
	r := bufio.NewReaderSize(strings.NewReader(text), 16)
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("ReadString %q %v\n", s, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader(text), 16)
	var kept [][]byte
	for {
		b, err := r.ReadBytes('\n')
		kept = append(kept, b)
		if err != nil {
			break
		}
	}
	for _, b := range kept { // each result owns its bytes: later reads did not overwrite them
		fmt.Printf("ReadBytes %q\n", b)
	}

	r = bufio.NewReaderSize(strings.NewReader(text), 16)
	for {
		b, err := r.ReadSlice('\n')
		fmt.Printf("ReadSlice %q %v\n", b, err)
		if err != nil && err != bufio.ErrBufferFull {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader(text), 16)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReader(strings.NewReader("ab,cd,\u00e9f"))
	s, _ := r.ReadString(',')
	fmt.Println(s, r.UnreadRune(), r.UnreadByte())
	s, _ = r.ReadString(',')
	fmt.Printf("again %q\n", s)
	rn, size, _ := r.ReadRune()
	fmt.Println(string(rn), size, r.UnreadRune())
	rest, err := r.ReadString(',')
	fmt.Printf("rest %q %v %v\n", rest, err, err == io.EOF)
	fmt.Println("unread after EOF:", r.UnreadByte())
	b, err := r.ReadBytes(',')
	fmt.Println(b == nil, len(b), err)
}
