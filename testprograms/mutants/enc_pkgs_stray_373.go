// encoding/binary (byte orders, varints, Read/Write/Size of numbers and slices), encoding/base64
// (all encodings, errors, streaming), hash/fnv, hash/crc32 and unicode/utf16.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"math"
	"strings"
	"unicode/utf16"
)

type myInt int32

func main() {
	// --- binary
	b := make([]byte, 8)
	for _, o := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		o.PutUint16(b, 0x1234)
		fmt.Printf("%v %x %#x ", o, b[:2], o.Uint16(b))
		o.PutUint32(b, 0xdeadbeef)
		fmt.Printf("%x %#x ", b[:4], o.Uint32(b))
		o.PutUint64(b, 0x0102030405060708)
		fmt.Printf("%x %#x\n", b, o.Uint64(b))
	}
	fmt.Printf("%#v %#v %s\n", binary.LittleEndian, binary.BigEndian, binary.BigEndian)
	fmt.Printf("%x %x\n", binary.LittleEndian.AppendUint32([]byte{9}, 7), binary.BigEndian.AppendUint64(nil, 258))
	vb := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 300, 1 << 32, math.MaxUint64} {
		n := binary.PutUvarint(vb, x)
		y, m := binary.Uvarint(vb[:n])
		fmt.Printf("uvarint %d -> %x -> %d %d %x\n", x, vb[:n], y, m, binary.AppendUvarint(nil, x))
	}
	for _, x := range []int64{0, -1, 1, -64, 63, 64, math.MinInt64, math.MaxInt64} {
		n := binary.PutVarint(vb, x)
		y, m := binary.Varint(vb[:n])
		r, err := binary.ReadVarint(bytes.NewReader(vb[:n]))
		fmt.Printf("varint %d -> %x -> %d %d %d %v %x\n", x, vb[:n], y, m, r, err, binary.AppendVarint(nil, x))
	}
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(nil)))

	var buf bytes.Buffer
	vals := []any{true, int8(-2), uint8(200), int16(-300), uint16(60000), int32(-70000), uint32(4000000000), int64(-1 << 40), uint64(1 << 63), float32(1.5), float64(-2.25),
		[]int16{1, -1}, []uint32{1, 2}, []float64{math.Pi}, []bool{true, false}, []byte("hi"), []int8{-1}, []uint16{7}, []int32{-7}, []int64{-9}, []uint64{9}, []float32{0.5}}
	for _, v := range vals {
		buf.Reset()
		err := binary.Write(&buf, binary.BigEndian, v)
		fmt.Printf("write %T %v: %x %v size %d\n", v, v, buf.Bytes(), err, binary.Size(v))
	}
	x := int32(-5)
	buf.Reset()
	binary.Write(&buf, binary.LittleEndian, &x)
	fmt.Printf("%x\n", buf.Bytes())
	var (
		rb   bool
		ri16 int16
		ru32 uint32
		rf64 float64
		rs   = make([]uint16, 3)
	)
	r := bytes.NewReader([]byte{1, 0xff, 0xfe, 0, 0, 1, 0, 0x40, 9, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18, 0, 1, 0, 2, 0, 3})
	fmt.Println(binary.Read(r, binary.BigEndian, &rb), binary.Read(r, binary.BigEndian, &ri16), binary.Read(r, binary.BigEndian, &ru32),
		binary.Read(r, binary.BigEndian, &rf64), binary.Read(r, binary.BigEndian, rs))
	fmt.Println(rb, ri16, ru32, rf64, rs)
	fmt.Println(binary.Read(r, binary.BigEndian, &ru32))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &ru32))
	fmt.Println(binary.Write(&buf, binary.BigEndian, "str"), binary.Write(&buf, binary.BigEndian, 5))
	fmt.Println(binary.Read(bytes.NewReader(b), binary.BigEndian, int32(0)), binary.Read(bytes.NewReader(b), binary.BigEndian, new(string)))
	fmt.Println(binary.Size(5), binary.Size("x"), binary.Size([]int{1}), binary.Size([]int32{}), binary.Write(&buf, binary.BigEndian, []int64{}))

	// --- base64
	encs := []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding, base64.StdEncoding.WithPadding('*'), base64.StdEncoding.Strict()}
	for _, src := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd>?", "Go is fun! 🎉"} {
		for i, e := range encs {
			s := e.EncodeToString([]byte(src))
			d, err := e.DecodeString(s)
			fmt.Printf("%d %q %q %q %v %d %d\n", i, src, s, d, err, e.EncodedLen(len(src)), e.DecodedLen(len(s)))
		}
	}
	for _, in := range []string{"Zm9v", "Zm9", "Zm9v=", "Zm=v", "Z===", "Zm8=", "Zm9=", "Zm8", "Zg==Zg==", "Zm9v\nYmFy\r\n", "Zm 9v", "Zm9v!", "Zh==", "Zm9vYg", "Zm9vYmE", "====", "Zg=", "Zg==\n\n", "Zg==x", "Zm9vYmFyYmF6cXV4"} {
		for i, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.StdEncoding.Strict()} {
			d, err := e.DecodeString(in)
			var ce base64.CorruptInputError
			fmt.Printf("decode %d %q: %q %v %v\n", i, in, d, err, errors.As(err, &ce))
		}
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		base64.NewEncoding("abc")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		base64.StdEncoding.WithPadding('A')
	}()
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	for _, part := range []string{"a", "bc", "defg", "h", strings.Repeat("xyz", 400)} {
		w.Write([]byte(part))
	}
	w.Close()
	enc := sb.String()
	fmt.Println(len(enc), enc[:40], enc[len(enc)-8:])
	dr := base64.NewDecoder(base64.StdEncoding, strings.NewReader(enc[:100]+"\n"+enc[100:]))
	all, err := io.ReadAll(dr)
	fmt.Println(len(all), string(all[:10]), err)
	_, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("Zm9vYm!y")))
	fmt.Println(err)
	_, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("Zm9vY")))
	fmt.Println(err)
	all, err = io.ReadAll(base64.NewDecoder(base64.RawURLEncoding, strings.NewReader("Zm9vYg")))
	fmt.Println(string(all), err)
	small := make([]byte, 2)
	d2 := base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVsbG8gd29ybGQ="))
	for {
		n, err := d2.Read(small)
		fmt.Printf("[%q %v]", small[:n], err)
		if err != nil {
			break
		}
	}
	fmt.`Println()

	// --- fnv and crc32
	hs := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a(), crc32.NewIEEE(), crc32.New(crc32.MakeTable(crc32.Castagnoli)), crc32.New(crc32.MakeTable(crc32.Koopman))}
	for _, s := range []string{"", "a", "hello world", strings.Repeat("The quick brown fox ", 50)} {
		for _, h := range hs {
			h.Reset()
			io.WriteString(h, s[:len(s)/2])
			io.WriteString(h, s[len(s)/2:])
			fmt.Printf("%x/%d/%d ", h.Sum([]byte{0xAA}), h.Size(), h.BlockSize())
		}
		fmt.Println()
	}
	h32 := fnv.New32a()
	h32.Write([]byte("key"))
	h64 := fnv.New64()
	h64.Write([]byte("key"))
	fmt.Println(h32.Sum32(), h64.Sum64())
	data := []byte("123456789")
	fmt.Printf("%08x %08x %08x %08x\n", crc32.ChecksumIEEE(data), crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)), crc32.Checksum(data, crc32.IEEETable))
	c := crc32.Update(0, crc32.IEEETable, data[:4])
	c = crc32.Update(c, crc32.IEEETable, data[4:])
	fmt.Printf("%08x %v %v %d\n", c, crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == crc32.MakeTable(crc32.Castagnoli), crc32.Size)
	t := crc32.MakeTable(0x12345678)
	fmt.Printf("%08x %08x\n", t[1], crc32.Checksum(data, t))
	var custom crc32.Table
	for i := range custom {
		custom[i] = uint32(i * 2654435761)
	}
	fmt.Printf("%08x\n", crc32.Checksum(data, &custom))

	// --- utf16
	runes := []rune{'a', 'é', '€', 0x1F600, 0x10FFFF, 0xD800, 0x110000, -1}
	enc16 := utf16.Encode(runes)
	fmt.Printf("%x\n", enc16)
	fmt.Printf("%U\n", utf16.Decode(enc16))
	fmt.Printf("%U\n", utf16.Decode([]uint16{0xD83D, 0xDE00, 0xDC00, 0xD800, 'x', 0xD800}))
	r1, r2 := utf16.EncodeRune(0x1F600)
	fmt.Printf("%x %x %U %U\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', r2))
	r1, r2 = utf16.EncodeRune('a')
	fmt.Printf("%x %x %v %v %v\n", r1, r2, utf16.IsSurrogate(0xD800), utf16.IsSurrogate(0xE000), utf16.IsSurrogate('a'))
}
