package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"testing/iotest"
)

func reads(name string, r io.Reader, size int) {
	p := make([]byte, size)
	fmt.Print(name, ":")
	for i := 0; i < 12; i++ {
		n, err := r.Read(p)
		fmt.Printf(" %q/%v", p[:n], err)
		if err != nil && err != iotest.ErrTimeout {
			break
		}
	}
	fmt.Println()
}

func main() {
	reads("one", iotest.OneByteReader(strings.NewReader("abc")), 8)
	reads("half", iotest.HalfReader(strings.NewReader("abcdefghij")), 5)
	reads("dataerr", iotest.DataErrReader(strings.NewReader("abcdefghij")), 4)
	reads("dataerr1", iotest.DataErrReader(iotest.OneByteReader(strings.NewReader("xyz"))), 4)
	reads("dataerr-empty", iotest.DataErrReader(strings.NewReader("")), 4)
	reads("timeout", iotest.TimeoutReader(strings.NewReader("abcdef")), 2)
	reads("err", iotest.ErrReader(errors.New("custom")), 2)
	all, err := io.ReadAll(iotest.DataErrReader(strings.NewReader(strings.Repeat("z", 3000))))
	fmt.Println(len(all), err)

	var buf bytes.Buffer
	w := iotest.TruncateWriter(&buf, 5)
	for _, s := range []string{"abc", "defg", "hij"} {
		n, err := w.Write([]byte(s))
		fmt.Println(n, err, buf.String())
	}
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	lw := iotest.NewWriteLogger("write>", &buf)
	lw.Write([]byte("hi"))
	lr := iotest.NewReadLogger("read<", strings.NewReader("ok"))
	p := make([]byte, 4)
	lr.Read(p)
	lr.Read(p)
	fmt.Println(iotest.ErrTimeout)
}
