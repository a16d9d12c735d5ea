// bufio at its io edges: which calls reach the wrapped reader and writer (WriteTo handing over
// to WriterTo/ReaderFrom, Writer.ReadFrom, WriteString to a StringWriter), stuck sources
// (io.ErrNoProgress), short and failing writes, Peek/Discard/Unread* around errors, ReadBytes'
// capacity, and the Scanner's buffer limits, empty tokens and split functions called directly.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// logReader gives its chunks one per Read and logs each call.
type logReader struct {
	chunks []string
	err    error
	log    *[]string
}

func (r *logReader) Read(p []byte) (int, error) {
	if len(r.chunks) == 0 {
		*r.log = append(*r.log, fmt.Sprintf("Read(%d)=0,%v", len(p), r.err))
		return 0, r.err
	}
	n := copy(p, r.chunks[0])
	r.chunks[0] = r.chunks[0][n:]
	if r.chunks[0] == "" {
		r.chunks = r.chunks[1:]
	}
	*r.log = append(*r.log, fmt.Sprintf("Read(%d)=%d", len(p), n))
	return n, nil
}

// logWriter takes at most max bytes per Write (then fails with err, if set) and logs each call.
type logWriter struct {
	max int
	err error
	got bytes.Buffer
	log *[]string
}

func (w *logWriter) Write(p []byte) (int, error) {
	n := len(p)
	var err error
	if w.max >= 0 && n > w.max {
		n, err = w.max, w.err
	}
	w.got.Write(p[:n])
	*w.log = append(*w.log, fmt.Sprintf("Write(%q)=%d,%v", p, n, err))
	return n, err
}

type stringLogWriter struct{ logWriter }

func (w *stringLogWriter) WriteString(s string) (int, error) {
	*w.log = append(*w.log, fmt.Sprintf("WriteString(%q)", s))
	return w.got.WriteString(s)
}

type readerFromWriter struct{ logWriter }

func (w *readerFromWriter) ReadFrom(r io.Reader) (int64, error) {
	*w.log = append(*w.log, "ReadFrom")
	return w.got.ReadFrom(r)
}

type zeroReader struct{ calls int }

func (z *zeroReader) Read(p []byte) (int, error) { z.calls++; return 0, nil }

type badCountReader struct{}

func (badCountReader) Read(p []byte) (int, error) { return len(p) + 1, nil }

func show(title string, log *[]string) {
	fmt.Printf("%s: %s\n", title, strings.Join(*log, " "))
	*log = nil
}

func main() {
	var log []string

	// WriteTo: buffered bytes first, then the source's WriteTo, or w's ReadFrom, or load by load.
	br := bufio.NewReaderSize(strings.NewReader("hello, world, and more"), 16)
	br.Peek(3)
	var sb bytes.Buffer
	n, err := br.WriteTo(&sb)
	fmt.Println("WriteTo strings.Reader:", n, err, sb.String())
	src := &logReader{chunks: []string{"abc", "defgh", "ij"}, err: io.EOF, log: &log}
	br = bufio.NewReaderSize(src, 16)
	rfw := &readerFromWriter{logWriter{max: -1, log: &log}}
	n, err = br.WriteTo(rfw)
	fmt.Println("WriteTo ReaderFrom:", n, err, rfw.got.String())
	show("  calls", &log)
	src = &logReader{chunks: []string{"abc", "defgh", "ij"}, err: errors.New("boom"), log: &log}
	br = bufio.NewReaderSize(src, 16)
	lw := &logWriter{max: -1, log: &log}
	n, err = br.WriteTo(lw)
	fmt.Println("WriteTo plain:", n, err, lw.got.String())
	show("  calls", &log)
	src = &logReader{chunks: []string{"abcdefgh"}, err: io.EOF, log: &log}
	br = bufio.NewReaderSize(src, 16)
	lw = &logWriter{max: 3, err: errors.New("disk full"), log: &log}
	n, err = br.WriteTo(lw)
	fmt.Println("WriteTo failing writer:", n, err, br.Buffered())
	show("  calls", &log)

	// A source that never answers: io.ErrNoProgress, after 100 calls.
	z := &zeroReader{}
	br = bufio.NewReader(z)
	_, err = br.ReadByte()
	fmt.Println("stuck ReadByte:", err, err == io.ErrNoProgress, z.calls)
	z = &zeroReader{}
	sc := bufio.NewScanner(z)
	fmt.Println("stuck Scan:", sc.Scan(), sc.Err() == io.ErrNoProgress, z.calls)
	z = &zeroReader{}
	bw := bufio.NewWriter(&logWriter{max: -1, log: &log}) // io.Discard would be asked to ReadFrom
	nn, err := bw.ReadFrom(z)
	fmt.Println("stuck ReadFrom:", nn, err == io.ErrNoProgress, z.calls)
	sc = bufio.NewScanner(badCountReader{})
	fmt.Println("bad count:", sc.Scan(), sc.Err())

	// Peek, Discard and the Unread* calls around a source error.
	src = &logReader{chunks: []string{"ab", "cd"}, err: errors.New("broken"), log: &log}
	br = bufio.NewReaderSize(src, 16)
	p, err := br.Peek(3)
	fmt.Printf("Peek(3) %q %v; UnreadByte %v\n", p, err, br.UnreadByte())
	p, err = br.Peek(20)
	fmt.Printf("Peek(20) %q %v\n", p, err)
	p, err = br.Peek(10)
	fmt.Printf("Peek(10) %q %v\n", p, err)
	d, err := br.Discard(3)
	fmt.Println("Discard(3):", d, err)
	d, err = br.Discard(3)
	fmt.Println("Discard(3):", d, err)
	d, err = br.Discard(0)
	fmt.Println("Discard(0):", d, err)
	_, err = br.Discard(-1)
	fmt.Println("Discard(-1):", err)
	show("  calls", &log)
	br = bufio.NewReaderSize(strings.NewReader("é!"), 16)
	r, size, _ := br.ReadRune()
	fmt.Println("ReadRune", string(r), size, br.UnreadRune(), br.UnreadRune())
	c, _ := br.ReadByte()
	fmt.Println("ReadByte", c, br.UnreadRune(), br.UnreadByte(), br.UnreadByte())
	br = bufio.NewReader(strings.NewReader("xyz"))
	buf := make([]byte, 5000)
	k, _ := br.Read(buf) // straight into buf: the buffer stays empty
	fmt.Println("big Read", k, br.Buffered(), br.UnreadByte(), br.Buffered())
	c, _ = br.ReadByte()
	fmt.Printf("after UnreadByte into an empty buffer: %c\n", c)
	k, err = br.Read(nil)
	fmt.Println("Read(nil) at EOF:", k, err)

	// ReadBytes and ReadString: fresh slices, capacity equal to length, also over many loads.
	br = bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 40)+"\nshort\n"), 16)
	for i := 0; i < 3; i++ {
		b, err := br.ReadBytes('\n')
		fmt.Println("ReadBytes", len(b), cap(b), b == nil, err)
	}
	br = bufio.NewReaderSize(strings.NewReader("ab\r"), 16)
	line, prefix, err := br.ReadLine()
	fmt.Printf("ReadLine %q %v %v\n", line, prefix, err)
	line, prefix, err = br.ReadLine()
	fmt.Printf("ReadLine %q %v %v %v\n", line, prefix, err, line == nil)
	br = bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 15)+"\r\nz"), 16)
	for i := 0; i < 3; i++ {
		line, prefix, err := br.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", line, prefix, err)
	}

	// Writer: direct writes of big chunks, short and failing writes, WriteString to a StringWriter.
	lw = &logWriter{max: -1, log: &log}
	bw = bufio.NewWriterSize(lw, 8)
	bw.WriteString("abc")
	bw.Write([]byte("0123456789ABCDEF"))
	bw.Write([]byte("0123456789ABCDEF"))
	bw.WriteRune('é')
	bw.WriteRune('世')
	bw.WriteRune(-1)
	bw.WriteByte('!')
	fmt.Println("buffered", bw.Buffered(), "available", bw.Available(), bw.Flush())
	show("  calls", &log)
	slw := &stringLogWriter{logWriter{max: -1, log: &log}}
	bw = bufio.NewWriterSize(slw, 8)
	bw.WriteString("0123456789ABCDEF")
	bw.WriteString("ab")
	bw.WriteString("0123456789ABCDEF")
	bw.Flush()
	show("WriteString calls", &log)
	lw = &logWriter{max: 3, log: &log}
	bw = bufio.NewWriterSize(lw, 8)
	bw.WriteString("abcdef")
	fmt.Println("short Flush:", bw.Flush(), bw.Buffered(), bw.Available())
	k, err = bw.WriteString("zz")
	fmt.Println("after:", k, err, bw.WriteByte('q'))
	r1, e1 := bw.WriteRune('é')
	fmt.Println("WriteRune after error:", r1, e1)
	show("  calls", &log)
	lw = &logWriter{max: 2, err: errors.New("pipe closed"), log: &log}
	bw = bufio.NewWriterSize(lw, 4)
	k, err = bw.Write([]byte("0123456789"))
	fmt.Println("Write over a failing writer:", k, err)
	bw.Reset(&sb)
	fmt.Println("after Reset:", bw.Buffered(), bw.Available(), bw.Size())
	show("  calls", &log)
	tiny := bufio.NewWriterSize(&sb, 2)
	sb.Reset()
	k, err = tiny.WriteRune('世')
	tiny.Flush()
	fmt.Printf("tiny buffer WriteRune: %d %v %q\n", k, err, sb.String())

	// Writer.ReadFrom: through the buffer (full buffers flushed at once) or the wrapped ReaderFrom.
	lw = &logWriter{max: -1, log: &log}
	bw = bufio.NewWriterSize(lw, 4)
	nn, err = bw.ReadFrom(strings.NewReader("abcdefgh"))
	fmt.Println("ReadFrom", nn, err, bw.Buffered())
	show("  calls", &log)
	rfw = &readerFromWriter{logWriter{max: -1, log: &log}}
	bw = bufio.NewWriterSize(rfw, 4)
	bw.WriteString("ab")
	nn, err = bw.ReadFrom(strings.NewReader("cdefgh"))
	fmt.Println("ReadFrom delegated", nn, err, bw.Buffered(), rfw.got.String())
	show("  calls", &log)

	// Scanner: a buffer limit, a Buffer whose capacity counts, empty final tokens.
	sc = bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("L", 30) + "\nafter\n"))
	sc.Buffer(make([]byte, 0, 4), 20)
	for sc.Scan() {
		fmt.Printf("token %q\n", sc.Text())
	}
	fmt.Println("limit:", sc.Err())
	sc = bufio.NewScanner(strings.NewReader("a,b,,c,"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("field %q\n", sc.Text())
	}
	fmt.Println("fields end:", sc.Err())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader("x"))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			if atEOF {
				return 0, []byte{}, nil
			}
			return 0, nil, nil
		})
		count := 0
		for sc.Scan() {
			count++
		}
		fmt.Println("never here", count)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(strings.NewReader("x"))
		sc.Scan()
		sc.Buffer(nil, 10)
	}()

	// Split functions called directly.
	for _, in := range []string{"", " ", "  a b", "a\u2003b\u00a0c\u0085", "\u3000x\u200b y", "tail"} {
		for _, eof := range []bool{false, true} {
			adv, tok, _ := bufio.ScanWords([]byte(in), eof)
			fmt.Printf("ScanWords(%q,%v) = %d %q %v\n", in, eof, adv, tok, tok == nil)
		}
	}
	for _, in := range []string{"", "\r", "a\r\n", "a\rb", "no newline\r"} {
		for _, eof := range []bool{false, true} {
			adv, tok, _ := bufio.ScanLines([]byte(in), eof)
			fmt.Printf("ScanLines(%q,%v) = %d %q %v\n", in, eof, adv, tok, tok == nil)
		}
	}
	for _, in := range []string{"", "\xe4\xb8", "\xe4\xb8\x96", "\xff", "\xc3", "é"} {
		for _, eof := range []bool{false, true} {
			if in == "" && !eof {
				continue // Go's ScanRunes indexes data[0]: only the Scanner knows not to call it so
			}
			adv, tok, _ := bufio.ScanRunes([]byte(in), eof)
			fmt.Printf("ScanRunes(%q,%v) = %d %q\n", in, eof, adv, tok)
		}
	}
	adv, tok, _ := bufio.ScanBytes([]byte("xy"), false)
	fmt.Println("ScanBytes", adv, string(tok))
	adv, tok, _ = bufio.ScanBytes(nil, true)
	fmt.Println("ScanBytes at EOF", adv, tok == nil)
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw")), bufio.NewWriter(&sb))
	s, _ := rw.ReadString('x')
	fmt.Println("ReadWriter", s, rw.Reader.Size(), rw.Writer.Size())
}
