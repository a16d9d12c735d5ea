// mime/quotedprintable: the Reader's leniencies and errors, the Writer's line lengths, escapes,
// trailing blanks, line ends and Binary mode, round trips, and counts reported when writing fails.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime/quotedprintable"
	"strings"
)

type limited struct{ left int }

func (l *limited) Write(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, errors.New("full")
	}
	l.left--
	return len(p), nil
}

func decode(s string) {
	data, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(s)))
	fmt.Printf("decode %q -> %q %v\n", s, data, err)
}

func encode(s string, binary bool) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Binary = binary
	n, err := w.Write([]byte(s))
	cerr := w.Close()
	fmt.Printf("encode %q binary=%v -> %q (%d %v %v)\n", s, binary, b.String(), n, err, cerr)
	return b.String()
}

func main() {
	for _, s := range []string{
		"plain", "a=3Db", "a=3db", "soft=\r\nbreak", "soft=\nbreak", "trail   \r\nx", "trail\t \nx",
		"end=", "=", "x=  ", "x= \r\ny", "=4", "=4G", "=G4", "a=\r", "bad\x01byte", "del\x7f", "hi\x80\xff",
		"a\rb", "tab\there", "=\r\n", "x=\r\n\r\n", "line\r\n", "line\n", "a =20\r\n", "=0D=0A",
		"trailing space at eof ", "equal=eof=", "==41",
	} {
		decode(s)
	}
	for _, s := range []string{
		"", "hello", "a=b", "tab\tend\t", "space end ", "new\nline", "cr\rlf", "crlf\r\nx", "\r\r\n\n",
		"caf\xc3\xa9", "\x00\x7f~!", strings.Repeat("x", 75), strings.Repeat("x", 76), strings.Repeat("x", 77),
		strings.Repeat("x", 72) + "=", strings.Repeat("x", 73) + "=", strings.Repeat("x", 74) + " ",
		strings.Repeat("y", 200), strings.Repeat("=", 30), strings.Repeat("x ", 40) + "\n",
	} {
		enc := encode(s, false)
		back, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(enc)))
		fmt.Printf("  back %q %v\n", back, err)
	}
	for _, s := range []string{"bin\r\nary\x00", "a\nb"} {
		encode(s, true)
	}
	// Writes in pieces give the same output as one write.
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	text := "piece by piece: caf\xc3\xa9 \r\n" + strings.Repeat("z", 90) + " end "
	for i := 0; i < len(text); i++ {
		w.Write([]byte{text[i]})
	}
	w.Close()
	fmt.Printf("%q\n", b.String())
	// A failing writer: how much Write reports as done.
	for _, in := range []string{strings.Repeat("a", 200), "x\ny\nz\n", "é=é=é\r\n\r\n", strings.Repeat("=", 100)} {
		for left := 0; left < 3; left++ {
			w := quotedprintable.NewWriter(&limited{left})
			n, err := w.Write([]byte(in))
			fmt.Println(left, n, err, w.Close())
		}
	}
}
