package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// slowReader returns at most 3 bytes per Read, to exercise buffer refills.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	if n > 3 {
		n = 3
	}
	r.s = r.s[n:]
	return n, nil
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n+len(p) > 10 {
		return 0, errors.New("disk full")
	}
	w.n += len(p)
	return len(p), nil
}

func main() {
	// stdin: header line with a count, then numbers, then words
	in := bufio.NewReader(os.Stdin)
	header, err := in.ReadString('\n')
	fmt.Printf("header %q %v\n", header, err)
	count, _ := strconv.Atoi(strings.TrimSpace(header))
	sum := 0
	for i := 0; i < count; i++ {
		line, _, err := in.ReadLine()
		if err != nil {
			fmt.Println("readline error:", err)
			break
		}
		v, _ := strconv.Atoi(string(line))
		sum += v
	}
	fmt.Println("sum", sum)
	sc := bufio.NewScanner(in)
	sc.Split(bufio.ScanWords)
	words := 0
	longest := ""
	for sc.Scan() {
		words++
		if len(sc.Text()) > len(longest) {
			longest = sc.Text()
		}
	}
	fmt.Println("words", words, "longest", longest, "err", sc.Err())

	// Scanner split functions
	lines := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree"))
	for lines.Scan() {
		fmt.Printf("%q ", lines.Text())
	}
	fmt.Println()
	runes := bufio.NewScanner(strings.NewReader("añ\xffb"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Bytes())
	}
	fmt.Println()
	bs := bufio.NewScanner(&slowReader{"xyz"})
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Printf("%q ", bs.Text())
	}
	fmt.Println()
	// custom split: comma separated, with a final empty token
	csv := bufio.NewScanner(strings.NewReader("1,2,3,4,"))
	csv.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	})
	for csv.Scan() {
		fmt.Printf("%q ", csv.Text())
	}
	fmt.Println()
	// a custom split that reports an error
	ev := bufio.NewScanner(strings.NewReader("1 2 x 4"))
	ev.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			if _, e := strconv.Atoi(string(tok)); e != nil {
				return 0, nil, e
			}
		}
		return adv, tok, err
	})
	for ev.Scan() {
		fmt.Print(ev.Text(), " ")
	}
	fmt.Println("err:", ev.Err())
	// token too long, and Buffer to allow it
	long := strings.Repeat("x", 100) + "\nshort\n"
	tl := bufio.NewScanner(strings.NewReader(long))
	tl.Buffer(make([]byte, 10), 50)
	for tl.Scan() {
		fmt.Println(tl.Text())
	}
	fmt.Println("err:", tl.Err())
	ok := bufio.NewScanner(&slowReader{long})
	ok.Buffer(make([]byte, 2), 200)
	for ok.Scan() {
		fmt.Println(len(ok.Text()))
	}
	fmt.Println("err:", ok.Err())
	big := bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000)))
	for big.Scan() {
	}
	fmt.Println("err:", big.Err())

	// Reader
	r := bufio.NewReaderSize(&slowReader{"héllo wörld\nsecond line\r\nthird"}, 16)
	fmt.Println(r.Size())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size)
	peek, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", peek, err, r.Buffered())
	b1, _ := r.ReadByte()
	fmt.Println(string(b1), r.UnreadByte(), r.UnreadByte())
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	_, err = r.Peek(-1)
	fmt.Println(err)

	lr := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\nend"), 16)
	for {
		l, isPrefix, err := lr.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", l, isPrefix)
	}
	sl := bufio.NewReaderSize(strings.NewReader(strings.Repeat("q", 20)), 16)
	frag, err := sl.ReadSlice('\n')
	fmt.Printf("%q %v\n", frag, err)
	full, err := sl.ReadString('\n')
	fmt.Printf("%q %v\n", full, err)
	rs := bufio.NewReaderSize(strings.NewReader(strings.Repeat("ab", 30)+"|tail"), 16)
	long2, err := rs.ReadString('|')
	fmt.Println(len(long2), err)
	d, err := rs.Discard(2)
	fmt.Println(d, err)
	p := make([]byte, 100)
	n, err := rs.Read(p)
	fmt.Printf("%q %v\n", p[:n], err)
	n, err = rs.Read(p)
	fmt.Println(n, err)
	var sb strings.Builder
	wn, err := bufio.NewReader(strings.NewReader("write to builder")).WriteTo(&sb)
	fmt.Println(wn, err, sb.String())

	// Writer
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello ")
	w.WriteByte('w')
	w.WriteRune('ö')
	w.Write([]byte("rld"))
	fmt.Println(w.Buffered(), w.Available(), out.Len())
	w.WriteString(" and a much longer string that overflows")
	fmt.Println(w.Buffered(), out.Len())
	fmt.Fprintf(w, " %d", 12345)
	fmt.Println(w.Flush(), out.String())
	fw := bufio.NewWriterSize(&failWriter{}, 8)
	fw.WriteString(1 << 70)
	_, err = fw.WriteString("9abcdef")
	fmt.Println(err, fw.Flush(), fw.Buffered())
	wr := bufio.NewWriter(&out)
	out.Reset()
	m, err := wr.ReadFrom(strings.NewReader("read from"))
	fmt.Println(m, err, wr.Buffered(), wr.Flush(), out.String())

	stdout := bufio.NewWriter(os.Stdout)
	defer stdout.Flush()
	for i := 0; i < 3; i++ {
		fmt.Fprintf(stdout, "buffered line %d\n", i)
	}
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw input\n")), stdout)
	got, _ := rw.ReadString('\n')
	rw.WriteString("rw echo: " + got)
}
