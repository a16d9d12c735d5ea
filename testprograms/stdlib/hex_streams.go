package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type failing struct {
	calls, failAt int
	got           []string
}

func (f *failing) Write(p []byte) (int, error) {
	f.calls++
	f.got = append(f.got, string(p))
	if f.calls == f.failAt {
		return 0, errors.New("boom")
	}
	return len(p), nil
}

func main() {
	data := make([]byte, 45)
	for i := range data {
		data[i] = byte(i*7 + 30)
	}
	d := hex.Dumper(os.Stdout)
	d.Write(data[:5])
	d.Write(data[5:20])
	d.Write(data[20:])
	fmt.Println(d.Close(), d.Close())
	n, err := d.Write([]byte{1})
	fmt.Println(n, err)
	fmt.Print(hex.Dump(data) == func() string {
		var b strings.Builder
		dd := hex.Dumper(&b)
		dd.Write(data)
		dd.Close()
		return b.String()
	}(), "\n")
	for _, at := range []int{1, 2, 5, 18, 19, 40} {
		f := &failing{failAt: at}
		dd := hex.Dumper(f)
		n, err := dd.Write(data[:20])
		cerr := dd.Close()
		fmt.Printf("fail at %d: n=%d err=%v close=%v calls=%d last=%q\n", at, n, err, cerr, f.calls, f.got[len(f.got)-1])
	}
	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	n, err = e.Write(bytes.Repeat([]byte{0xab, 0x01}, 700))
	fmt.Println(n, err, buf.Len(), buf.String()[:10])
	f := &failing{failAt: 2}
	e = hex.NewEncoder(f)
	n, err = e.Write(make([]byte, 1500))
	fmt.Println(n, err, f.calls, len(f.got[0]))
	for _, in := range []string{"48656c6c6f", "48656c6c6", "48656c6cZ0", "4865zz", "", "0", "z", "ABCDEF0123456789"} {
		for _, r := range []io.Reader{strings.NewReader(in), &oneByte{strings.NewReader(in)}} {
			out, err := io.ReadAll(hex.NewDecoder(r))
			fmt.Printf("%q: %q %v\n", in, out, err)
		}
		dec := hex.NewDecoder(strings.NewReader(in))
		p := make([]byte, 2)
		for i := 0; i < 6; i++ {
			n, err := dec.Read(p)
			fmt.Print(n, " ", err, "; ")
			if err != nil {
				break
			}
		}
		fmt.Println()
	}
}

type oneByte struct{ r io.Reader }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}
