// encoding/base64 beyond round trips: the streaming encoder's writes (sizes, sticky errors,
// Close), the streaming decoder read by read with small buffers, newlines and short input,
// Decode into a caller's buffer (what it writes past n), strict and custom padding, the
// lengths, and the panics of bad alphabets, paddings and short buffers.
package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

type recorder struct {
	sizes []int
	fail  int
	sb    strings.Builder
}

func (r *recorder) Write(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	if r.fail > 0 && len(r.sizes) >= r.fail {
		return 0, errors.New("write failed")
	}
	r.sb.Write(p)
	return len(p), nil
}

type chunks struct {
	parts []string
	last  error
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, c.last
	}
	n := copy(p, c.parts[0])
	c.parts[0] = c.parts[0][n:]
	if c.parts[0] == "" {
		c.parts = c.parts[1:]
	}
	if len(c.parts) == 0 && c.last == io.EOF {
		return n, io.EOF
	}
	return n, nil
}

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
}

func main() {
	data := make([]byte, 2000)
	for i := range data {
		data[i] = byte(i*31 + i/7)
	}
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		r := &recorder{}
		w := base64.NewEncoder(e, r)
		var ns []int
		for _, k := range []int{1, 1, 0, 5, 800, 2, 1000, 191} {
			n, err := w.Write(data[:k])
			ns = append(ns, n)
			if err != nil {
				fmt.Println("err", err)
			}
		}
		fmt.Println(ns, r.sizes)
		c1 := w.Close()
		c2 := w.Close()
		fmt.Println(c1, c2, r.sizes, len(r.sb.String()))
		out := r.sb.String()
		fmt.Println(out[:40], out[len(out)-20:])

		// The same text read back with small buffers.
		d := base64.NewDecoder(e, &chunks{parts: []string{out[:7], "\n", out[7:100], "\r\n\n", out[100:]}, last: io.EOF})
		var got []byte
		var reads []int
		buf := make([]byte, 5)
		for i := 0; i < 2000; i++ {
			n, err := d.Read(buf)
			reads = append(reads, n)
			got = append(got, buf[:n]...)
			if err != nil {
				fmt.Println("end:", err, len(got))
				break
			}
		}
		fmt.Println(reads[:12], len(reads))
	}
	r := &recorder{fail: 2}
	w := base64.NewEncoder(base64.StdEncoding, r)
	n1, e1 := w.Write([]byte("ab"))
	n2, e2 := w.Write([]byte("cdefgh"))
	n3, e3 := w.Write([]byte("x"))
	c := w.Close()
	fmt.Println(n1, e1, n2, e2, n3, e3, c, r.sizes)
	r = &recorder{fail: 1}
	w = base64.NewEncoder(base64.StdEncoding, r)
	n1, e1 = w.Write(data[:10])
	c = w.Close()
	fmt.Println(n1, e1, c, r.sizes)
	r = &recorder{fail: 2}
	w = base64.NewEncoder(base64.StdEncoding, r)
	w.Write([]byte("abcd"))
	c1, c2 := w.Close(), w.Close()
	fmt.Println(c1, c2, r.sizes)

	// Decoders over odd streams.
	streams := []struct {
		e    *base64.Encoding
		in   []string
		last error
	}{
		{base64.StdEncoding, []string{"Zm9v", "YmFy"}, io.EOF},
		{base64.StdEncoding, []string{"Zm", "9vYg", "=="}, io.EOF},
		{base64.StdEncoding, []string{"Zm9vY"}, io.EOF},
		{base64.StdEncoding, []string{"\n\n\r", "\n"}, io.EOF},
		{base64.StdEncoding, []string{"Zm9v", "Y!Fy"}, io.EOF},
		{base64.StdEncoding, []string{"Zg==", "Zg=="}, io.EOF},
		{base64.StdEncoding, []string{"Zm9v"}, errors.New("net down")},
		{base64.RawStdEncoding, []string{"Zm9vY", "g"}, io.EOF},
		{base64.RawStdEncoding, []string{"Z"}, io.EOF},
		{base64.RawStdEncoding, []string{"Zm9vYmE", "\n"}, io.EOF},
		{base64.RawStdEncoding, []string{"Zm9vYh"}, io.EOF},
		{base64.RawStdEncoding.Strict(), []string{"Zm9vYh"}, io.EOF},
		{base64.StdEncoding, []string{""}, io.EOF},
	}
	for i, s := range streams {
		d := base64.NewDecoder(s.e, &chunks{parts: s.in, last: s.last})
		var trace []string
		buf := make([]byte, 4)
		for k := 0; k < 12; k++ {
			n, err := d.Read(buf)
			trace = append(trace, fmt.Sprintf("%q/%v", buf[:n], err))
			if err != nil && k > 0 && strings.HasSuffix(trace[k-1], fmt.Sprint(err)) {
				break
			}
		}
		fmt.Println(i, strings.Join(trace, " "))
	}
	d := base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVsbG8gd29ybGQh"))
	n, err := d.Read(nil)
	fmt.Println(n, err)
	b1 := make([]byte, 1)
	for k := 0; k < 14; k++ {
		n, err := d.Read(b1)
		fmt.Print(n, string(b1[:n]), err, " ")
	}
	fmt.Println()

	// Decode into the caller's buffer: what lands beyond n.
	for _, src := range []string{"Zm9vYmFyYmF6", "Zm9vYmFy!mF6", "Zm9vYg==", "Zm9vYmFyYmF6cXV4cXV1", "Zm9v\nYmFy\nYmF6", "Zh==", "Zm9vYh", "YWJjZA=x"} {
		for _, e := range []*base64.Encoding{base64.StdEncoding, base64.StdEncoding.Strict(), base64.RawStdEncoding.Strict()} {
			dst := []byte(strings.Repeat(".", 20))
			n, err := e.Decode(dst, []byte(src))
			fmt.Printf("%q %d %v %q\n", src, n, err, dst)
		}
	}
	for _, src := range []string{"Zm9vYmFy", "Zm9vYg=="} {
		dst := make([]byte, 6)
		n, err := base64.StdEncoding.Decode(dst, []byte(src))
		fmt.Println(n, err, dst)
	}

	// Custom padding and alphabets.
	star := base64.URLEncoding.WithPadding('*')
	for _, s := range []string{"", "a", "ab", "abc"} {
		enc := star.EncodeToString([]byte(s))
		dec, err := star.DecodeString(enc)
		fmt.Printf("%q %q %v\n", enc, dec, err)
	}
	fmt.Println(star.DecodeString("YQ=="))
	fmt.Println(star.DecodeString("YQ**YQ"))
	fmt.Println(star.DecodeString("YQ*\n*"))
	fmt.Println(star.DecodeString("YQ*\n"))
	fmt.Println(star.DecodeString("YQ*x"))
	odd := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210.,")
	fmt.Println(odd.EncodeToString([]byte("hello, world")))
	fmt.Println(odd.DecodeString(odd.EncodeToString([]byte("hello, world"))))
	hi := base64.StdEncoding.WithPadding(0xff)
	fmt.Printf("%q\n", hi.EncodeToString([]byte{1}))
	fmt.Println(hi.DecodeString("AQ\xff\xff"))
	for n := 0; n <= 9; n++ {
		fmt.Print(base64.StdEncoding.EncodedLen(n), base64.RawStdEncoding.EncodedLen(n), base64.StdEncoding.DecodedLen(n), base64.RawStdEncoding.DecodedLen(n), " ")
	}
	fmt.Println()
	fmt.Println(base64.CorruptInputError(17).Error())

	try("short alphabet", func() { base64.NewEncoding("abc") })
	try("newline alphabet", func() { base64.NewEncoding("\n" + strings.Repeat("x", 63)) })
	try("pad newline", func() { base64.StdEncoding.WithPadding('\n') })
	try("pad 256", func() { base64.StdEncoding.WithPadding(256) })
	try("pad in alphabet", func() { base64.StdEncoding.WithPadding('A') })
	try("encode short", func() { base64.StdEncoding.Encode(make([]byte, 5), []byte("abcdef")) })
	try("encode tail short", func() { base64.StdEncoding.Encode(make([]byte, 6), []byte("abcd")) })
	try("decode short", func() { base64.StdEncoding.Decode(make([]byte, 2), []byte("Zm9v")) })
	try("decode short 2", func() { base64.StdEncoding.Decode(make([]byte, 4), []byte("Zm9vYmFy")) })
}
