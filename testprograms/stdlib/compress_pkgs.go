// compress/gzip, compress/zlib, compress/flate: round trips at every level, headers,
// multistream, dictionaries, flushes, and the errors of truncated and corrupt input. Compressed
// bytes are not printed (only Go's own compressor makes Go's bytes); decompression of streams
// written by Go 1.19 is checked byte for byte.
package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Streams compressed by Go 1.19's compress packages.
var (
	goGzip  = []byte("\x1f\x8b\b\b\xa0\xf5\xe8b\x00\xffhello.txt\x00\xf2H\xcd\xc9\xc9\xd7Q(\xcf/\xcaIQ\xe4\x02\x04\x00\x00\xff\xff\x18\xa7U{\x0e\x00\x00\x00")
	goZlib  = []byte("x\x9c*\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc0\"\xa6\b\b\x00\x00\xff\xff0P\x0e\xa8")
	goFlate = []byte("\xcaH\xcd\xc9\xc9W\xc0A\x02\x02\x00\x00\xff\xff")
)

var text = strings.Repeat("GoTruffle compresses this sentence again and again. ", 200) + "The end."

func check(name string, got []byte, err error, want string) {
	fmt.Printf("%s: %d bytes, err=%v, same=%v\n", name, len(got), err, string(got) == want)
}

func main() {
	// Streams written by Go.
	zr, err := gzip.NewReader(bytes.NewReader(goGzip))
	fmt.Println(err, zr.Name, zr.Comment, zr.OS, zr.ModTime.UTC(), zr.Extra == nil)
	b, err := io.ReadAll(zr)
	fmt.Printf("%q %v %v\n", b, err, zr.Close())
	r, err := zlib.NewReader(bytes.NewReader(goZlib))
	b, _ = io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)
	b, err = io.ReadAll(flate.NewReader(bytes.NewReader(goFlate)))
	fmt.Printf("%q %v\n", b, err)

	// Round trips at every level.
	for level := -2; level <= 9; level++ {
		var buf bytes.Buffer
		w, err := gzip.NewWriterLevel(&buf, level)
		if err != nil {
			fmt.Println(err)
			continue
		}
		io.WriteString(w, text[:1000])
		io.WriteString(w, text[1000:])
		fmt.Print(w.Close(), " ")
		zr, err := gzip.NewReader(&buf)
		if err != nil {
			fmt.Println(err)
			continue
		}
		got, err := io.ReadAll(zr)
		check(fmt.Sprint("gzip level ", level), got, err, text)
	}
	for _, level := range []int{-3, 10} {
		_, err1 := gzip.NewWriterLevel(io.Discard, level)
		_, err2 := zlib.NewWriterLevel(io.Discard, level)
		_, err3 := flate.NewWriter(io.Discard, level)
		fmt.Println(err1, "|", err2, "|", err3)
	}

	// Header fields, several members, Multistream(false), Reset.
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Name, w.Comment, w.Extra = "notes-é.txt", "a comment", []byte{1, 2, 3}
	w.ModTime = time.Date(2022, 8, 2, 10, 0, 0, 0, time.UTC)
	io.WriteString(w, "first member\n")
	w.Close()
	w.Close() // a second Close does nothing
	fmt.Println(buf.Bytes()[3], buf.Bytes()[8], buf.Bytes()[9])
	w.Reset(&buf)
	io.WriteString(w, "second member\n")
	w.Close()
	all := append([]byte(nil), buf.Bytes()...)
	zr, err = gzip.NewReader(bytes.NewReader(all))
	fmt.Printf("%v %q %q %v %v\n", err, zr.Name, zr.Comment, zr.Extra, zr.ModTime.UTC())
	b, err = io.ReadAll(zr)
	fmt.Printf("%q %v %q\n", b, err, zr.Name)
	br := bufio.NewReader(bytes.NewReader(all))
	zr, _ = gzip.NewReader(br)
	for i := 0; ; i++ {
		zr.Multistream(false)
		b, err := io.ReadAll(zr)
		fmt.Printf("member %d: %q %v name=%q\n", i, b, err, zr.Name)
		if err = zr.Reset(br); err != nil {
			fmt.Println("reset:", err)
			break
		}
	}
	w = gzip.NewWriter(&buf)
	w.Name = "snow ☃"
	_, err = w.Write([]byte("x"))
	fmt.Println(err, w.Close())

	// Errors: empty input, bad header, truncation, bad checksum, corrupt data.
	_, err = gzip.NewReader(bytes.NewReader(nil))
	fmt.Println("empty:", err)
	_, err = gzip.NewReader(strings.NewReader("not gzip at all"))
	fmt.Println("header:", err, err == gzip.ErrHeader)
	_, err = gzip.NewReader(bytes.NewReader(goGzip[:5]))
	fmt.Println("short header:", err)
	_, err = gzip.NewReader(bytes.NewReader(goGzip[:15]))
	fmt.Println("short name:", err)
	for _, cut := range []int{22, len(goGzip) - 8, len(goGzip) - 3} {
		zr, err := gzip.NewReader(bytes.NewReader(goGzip[:cut]))
		b, err2 := io.ReadAll(zr)
		fmt.Printf("cut %d: %v %q %v\n", cut, err, b, err2)
	}
	bad := append([]byte(nil), goGzip...)
	bad[len(bad)-5] ^= 0xff
	zr, _ = gzip.NewReader(bytes.NewReader(bad))
	b, err = io.ReadAll(zr)
	fmt.Printf("checksum: %q %v %v\n", b, err, errors.Is(err, gzip.ErrChecksum))
	bad = append([]byte(nil), goFlate...)
	bad[0] = 0xff
	_, err = io.ReadAll(flate.NewReader(bytes.NewReader(bad)))
	var ce flate.CorruptInputError
	fmt.Println("corrupt:", errors.As(err, &ce))
	_, err = io.ReadAll(flate.NewReader(strings.NewReader("\x07")))
	fmt.Println("reserved block type:", err)

	// zlib: levels, dictionary, header and checksum errors.
	var zb bytes.Buffer
	zw := zlib.NewWriter(&zb)
	zw.Write([]byte(text))
	zw.Close()
	fmt.Printf("%x\n", zb.Bytes()[:2])
	rc, err := zlib.NewReader(&zb)
	b, err2 := io.ReadAll(rc)
	check("zlib", b, err2, text)
	fmt.Println(err, rc.Close())
	dict := []byte("compresses this sentence")
	zb.Reset()
	zw, _ = zlib.NewWriterLevelDict(&zb, zlib.BestCompression, dict)
	zw.Write([]byte(text))
	zw.Close()
	fmt.Printf("%x\n", zb.Bytes()[:6])
	dictStream := append([]byte(nil), zb.Bytes()...)
	_, err = zlib.NewReader(bytes.NewReader(dictStream))
	fmt.Println("no dict:", err)
	_, err = zlib.NewReaderDict(bytes.NewReader(dictStream), []byte("wrong"))
	fmt.Println("wrong dict:", err)
	rc, err = zlib.NewReaderDict(bytes.NewReader(dictStream), dict)
	b, err2 = io.ReadAll(rc)
	check("zlib dict", b, err2, text)
	_, err = zlib.NewReader(strings.NewReader("\x78\x9d"))
	fmt.Println("zlib header:", err)
	_, err = zlib.NewReader(strings.NewReader("\x78"))
	fmt.Println("zlib short:", err)
	bad = append([]byte(nil), goZlib...)
	bad[len(bad)-1]++
	rc, _ = zlib.NewReader(bytes.NewReader(bad))
	b, err = io.ReadAll(rc)
	fmt.Printf("zlib checksum: %q %v %v\n", b, err, rc.Close())
	rc, _ = zlib.NewReader(bytes.NewReader(goZlib[:len(goZlib)-2]))
	_, err = io.ReadAll(rc)
	fmt.Println("zlib trailer cut:", err)

	// flate: Flush makes everything written so far readable; Close; Reset; dictionaries.
	var fb bytes.Buffer
	fw, _ := flate.NewWriter(&fb, flate.BestSpeed)
	fw.Write([]byte("hello, "))
	fmt.Println(fw.Flush(), bytes.HasSuffix(fb.Bytes(), []byte{0, 0, 0xff, 0xff}))
	fr := flate.NewReader(bytes.NewReader(fb.Bytes()))
	p := make([]byte, 100)
	n, err := io.ReadAtLeast(fr, p, 7)
	fmt.Printf("%q %v\n", p[:n], err)
	fw.Write([]byte("world"))
	fmt.Println(fw.Close(), fw.Close(), fw.Flush())
	_, err = fw.Write([]byte("more"))
	fmt.Println(err)
	b, err = io.ReadAll(flate.NewReader(&fb))
	fmt.Printf("%q %v\n", b, err)
	fw.Reset(&fb)
	fw.Write([]byte("after reset"))
	fw.Close()
	fr = flate.NewReader(&fb)
	b, err = io.ReadAll(fr)
	fmt.Printf("%q %v %v\n", b, err, fr.Close())
	fr.(flate.Resetter).Reset(bytes.NewReader(goFlate), nil)
	b, err = io.ReadAll(fr)
	fmt.Printf("%q %v\n", b, err)
	fb.Reset()
	fw, _ = flate.NewWriterDict(&fb, flate.DefaultCompression, dict)
	fw.Write([]byte(text))
	fw.Close()
	b, err = io.ReadAll(flate.NewReaderDict(&fb, dict))
	check("flate dict", b, err, text)

	// A reader that is read on after the stream: what follows is left for the caller.
	var cat bytes.Buffer
	fw, _ = flate.NewWriter(&cat, 5)
	fw.Write([]byte(text))
	fw.Close()
	cat.WriteString("TRAILER")
	for _, src := range []io.Reader{bytes.NewReader(cat.Bytes()), bytes.NewBuffer(cat.Bytes()), bufio.NewReader(bytes.NewReader(cat.Bytes()))} {
		b, err := io.ReadAll(flate.NewReader(src))
		rest, _ := io.ReadAll(src)
		fmt.Printf("%T: %v %v %q\n", src, string(b) == text, err, rest)
	}
}
