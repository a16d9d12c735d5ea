// encoding/pem: Encode and EncodeToMemory (line breaking, header order, bad keys) and Decode
// (several blocks, headers, text around them, malformed blocks).
package main

import (
	"bytes"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
)

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(p), nil
}

func show(p *pem.Block, rest []byte) {
	if p == nil {
		fmt.Printf("no block, rest %q\n", rest)
		return
	}
	fmt.Printf("type %q headers %v bytes %q rest %q\n", p.Type, p.Headers, p.Bytes, rest)
}

func main() {
	data := make([]byte, 100)
	for i := range data {
		data[i] = byte(i * 7)
	}
	b := &pem.Block{Type: "TEST DATA", Bytes: data}
	os.Stdout.Write(pem.EncodeToMemory(b))
	b48 := &pem.Block{Type: "EXACT", Bytes: data[:48]}
	fmt.Printf("%q\n", pem.EncodeToMemory(b48))
	fmt.Printf("%q\n", pem.EncodeToMemory(&pem.Block{Type: "EMPTY"}))
	h := &pem.Block{Type: "RSA PRIVATE KEY", Headers: map[string]string{
		"DEK-Info": "AES-128-CBC,ABC", "Proc-Type": "4,ENCRYPTED", "Comment": "a b", "A": "",
	}, Bytes: []byte("secret")}
	enc := pem.EncodeToMemory(h)
	fmt.Printf("%s", enc)
	fmt.Println(pem.EncodeToMemory(&pem.Block{Type: "X", Headers: map[string]string{"a:b": "c"}}) == nil)
	fmt.Println(pem.Encode(&failWriter{}, b))
	fmt.Println(pem.Encode(&failWriter{n: 1}, h))
	fmt.Println(pem.Encode(os.Stdout, &pem.Block{Type: "X", Headers: map[string]string{"k:": "v"}}))

	// Round trips, text around blocks, two blocks in a row.
	var all bytes.Buffer
	all.WriteString("leading text\n")
	all.Write(pem.EncodeToMemory(b))
	all.WriteString("between\r\n")
	all.Write(enc)
	all.WriteString("trailing")
	rest := all.Bytes()
	for i := 0; i < 3; i++ {
		var p *pem.Block
		p, rest = pem.Decode(rest)
		if p == nil {
			fmt.Printf("end, rest %q\n", rest)
			break
		}
		fmt.Println(p.Type, len(p.Bytes), p.Headers, bytes.Equal(p.Bytes, data), string(p.Bytes) == "secret")
	}

	cases := []string{
		"",
		"-----BEGIN A-----\nQUJD\n-----END A-----\n",
		"-----BEGIN A-----\r\nQU JD\t\r\n-----END A-----  \r\nafter",
		"junk-----BEGIN A-----\nQUJD\n-----END A-----\n",
		"junk\n-----BEGIN A-----\nQUJD\n-----END A-----",
		"-----BEGIN A-----\n-----END A-----\n",
		"-----BEGIN A-----\nQUJD\n-----END B-----\n",
		"-----BEGIN A-----\nQUJD\n-----END A----- x\n",
		"-----BEGIN A-----\nQUJD\n-----END A-----x\n-----BEGIN C-----\nREVG\n-----END C-----\n",
		"-----BEGIN A-----\nQUJ!\n-----END A-----\n",
		"-----BEGIN A\nQUJD\n-----END A-----\n",
		"-----BEGIN A-----\nKey: value\nOther :  spaced  \n\nQUJD\n-----END A-----\n",
		"-----BEGIN A-----\nKey: value\n-----END A-----\n",
		"-----BEGIN A-----\nKey: value",
		"-----BEGIN A-----\n",
		"-----BEGIN -----\nQUJD\n-----END -----\n",
		"-----BEGIN A-----\nQUJD\n-----END A",
		"-----BEGIN A-----\nQU\nJD\n-----END A-----\n\n\nnext",
	}
	for _, c := range cases {
		show(pem.Decode([]byte(c)))
	}
}
