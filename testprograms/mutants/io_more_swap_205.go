// More of package io: pipe closing from either side, CopyN/ReadAtLeast errors, SectionReader
// seeking, LimitedReader state, NopCloser, MultiReader/Writer errors, and CopyBuffer paths.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type failWriter struct{ after int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("disk full")
	}
	f.after--
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	pr, pw := io.Pipe()
	pr.Close()
	n, err := pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)

	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)

	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("hello pipe"))
		pw.Close()
	}()
	small := make([]byte, 4)
	for {
		n, err := pr.Read(small)
		fmt.Printf("%d %q %v\n", n, small[:n], err)
		if err != nil {
			break
		}
	}
	_, err = pw.Write([]byte("late"))
	fmt.Println(err)

	done := make(chan bool)
	pr, pw = io.Pipe()
	go func() {
		var buf bytes.Buffer
		k, err := io.Copy(&buf, pr)
		fmt.Println("copy got", k, err, buf.String())
		done <- true
	}()
	fmt.Fprint(pw, "part one, ")
	io.WriteString(pw, "part two")
	pw.Close()
	<-done

	k, err := io.CopyN(io.Discard, strings.NewReader("0123456789"), 4)
	fmt.Println(k, err)
	var sb strings.Builder
	k, err = io.CopyN(&sb, strings.NewReader("abc"), 0)
	fmt.Println(k, err, sb.Len())

	buf := make([]byte, 6)
	m, err := io.ReadAtLeast(strings.NewReader("abcdefgh"), buf, 3)
	fmt.Println(m, err, string(buf[:m]))
	m, err = io.ReadAtLeast(strings.NewReader("ab"), buf, 3)
	fmt.Println(m, err)
	m, err = io.ReadAtLeast(strings.NewReader("ab"), buf, 10)
	fmt.Println(m, err)
	m, err = io.ReadAtLeast(strings.NewReader(""), buf, 1)
	fmt.Println(m, err)

	sec := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	pos, err := sec.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(sec)
	fmt.Println(string(rest))
	pos, err = sec.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	pos, err = sec.Seek(-10, io.SeekCurrent)
	fmt.Println(pos, err)
	pos, err = sec.Seek(0, 7)
	fmt.Println(pos, err)
	at := make([]byte, 3)
	m, err = sec.ReadAt(at, 2)
	fmt.Println(m, err, string(at[:m]))
	m, err = sec.ReadAt(at, 9)
	fmt.Println(m, err)

	lr := &io.LimitedReader{R: strings.NewReader("abcdef"), N: 4}
	b3 := make([]byte, 3)
	m, _ = lr.Read(b3)
	fmt.Println(m, lr.N)
	m, _ = lr.Read(b3)
	fmt.Println(m, lr.N)
	m, err = lr.Read(b3)
	fmt.Println(m, err, lr.N)

	rc := io.NopCloser(strings.NewReader("nop"))
	_, isWT := rc.(io.WriterTo)
	fmt.Println(rc.Close(), isWT)
	data, _ := io.ReadAll(rc)
	fmt.Println(string(data))

	mw := io.MultiWriter(io.Discard, &failWriter{after: 1})
	_, err = io.WriteString(mw, "one")
	fmt.Println(err)
	_, err = io.WriteString(mw, "two")
	fmt.Println(err)
	_, err = io.Copy(shortWriter{}, strings.NewReader("abcd"))
	fmt.Println(err)

	var out bytes.Buffer
	k, err = io.Copy(&out, io.MultiReader(strings.NewReader("a"), io.MultiReader(strings.NewReader("b"), strings.NewReader("c"))))
	fmt.Println(k, err, out.String())
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd, io.ErrNoProgress, io.ErrShortBuffer)

	var rs io.ReadSeeker = strings.NewReader("seek me")
	rs.Seek(5, io.SeekStart)
	tail, _ := io.ReadAll(rs)
	fmt.Println(string(tail))
	var _ io.ByteScanner = strings.NewReader("")
	var _ io.RuneScanner = strings.NewReader("")
	var _ io.ReaderAt = strings.NewReader("")
	var _ io.WriterTo = strings.NewReader("")
	var io _.ReaderFrom = &bytes.Buffer{}
	var _ io.ReadWriteCloser = struct {
		io.Reader
		io.Writer
		io.Closer
	}{}
	defer func() { fmt.Println("recovered:", recover()) }()
	io.CopyBuffer(io.Discard, strings.NewReader("x"), make([]byte, 0))
}
