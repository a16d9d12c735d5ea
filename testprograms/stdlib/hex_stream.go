// encoding/hex's streaming forms: Dumper (line by line as bytes come, the last line on Close), NewEncoder, NewDecoder.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

type smallReader struct{ s string }

func (r *smallReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	data := []byte("Go is an open source programming language.\x00\x01\xff~")
	fmt.Print(hex.Dump(data))
	d := hex.Dumper(os.Stdout)
	d.Write(data[:5])
	fmt.Print("<mid>")
	d.Write(data[5:20])
	d.Write(data[20:])
	fmt.Print("<close>")
	fmt.Println(d.Close(), d.Close())
	n, err := d.Write([]byte("x"))
	fmt.Println(n, err)
	var buf bytes.Buffer
	d2 := hex.Dumper(&buf)
	d2.Write(data[:16])
	fmt.Printf("%q\n", buf.String())
	d2.Close()
	fmt.Printf("%q\n", buf.String())
	d3 := hex.Dumper(&buf)
	d3.Close()
	d4 := hex.Dumper(os.Stdout)
	d4.Write([]byte("12345678"))
	d4.Close()

	e := hex.NewEncoder(os.Stdout)
	n, err = e.Write([]byte("hello\n"))
	fmt.Println("|", n, err)
	for _, in := range []string{"68656c6c6f", "68656C6c6", "6865zz", "686", "", "00ff"} {
		got, err := io.ReadAll(hex.NewDecoder(strings.NewReader(in)))
		fmt.Printf("%q %v\n", got, err)
		got, err = io.ReadAll(hex.NewDecoder(&smallReader{in}))
		fmt.Printf("%q %v\n", got, err)
	}
	r := hex.NewDecoder(strings.NewReader("6162636465"))
	p := make([]byte, 2)
	for {
		n, err := r.Read(p)
		fmt.Println(n, err, string(p[:n]))
		if err != nil {
			break
		}
	}
}
