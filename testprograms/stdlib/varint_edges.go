// encoding/binary's varints at their edges: zig-zag of the extremes, every length from 1 to
// 10 bytes, truncated input, the two kinds of overflow (a 10th byte above 1, an 11th byte)
// for Uvarint and ReadUvarint (which never reads an 11th byte), errors in the middle of a
// read, and PutUvarint into a buffer that is too short.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

type failing struct {
	data []byte
	err  error
}

func (f *failing) ReadByte() (byte, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	b := f.data[0]
	f.data = f.data[1:]
	return b, nil
}

func main() {
	for _, x := range []int64{0, -1, 1, -2, 63, -64, 64, math.MaxInt64, math.MinInt64, math.MinInt64 + 1} {
		b := binary.AppendVarint(nil, x)
		v, n := binary.Varint(b)
		r, err := binary.ReadVarint(bytes.NewReader(b))
		fmt.Printf("varint %d: %x (%d) -> %d %d, read %d %v\n", x, b, binary.PutVarint(make([]byte, 10), x), v, n, r, err)
	}
	for shift := 0; shift <= 63; shift += 7 {
		x := uint64(1)<<shift | 5
		b := binary.AppendUvarint(nil, x)
		v, n := binary.Uvarint(b)
		fmt.Printf("uvarint 1<<%d|5: %x -> %d %d\n", shift, b, v, n)
	}
	b := binary.AppendUvarint(nil, math.MaxUint64)
	fmt.Printf("max %x\n", b)
	cases := [][]byte{
		nil, {}, {0x80}, {0xff, 0xff}, b[:9], b, append(b[:9:9], 0x02), append(b[:9:9], 0x01),
		bytes.Repeat([]byte{0x80}, 10), bytes.Repeat([]byte{0x80}, 11), append(bytes.Repeat([]byte{0x80}, 10), 0),
		{0x05, 0xff}, {0x80, 0x00}, {0xff, 0x7f, 0x01},
	}
	for _, c := range cases {
		v, n := binary.Uvarint(c)
		sv, sn := binary.Varint(c)
		r := bytes.NewReader(c)
		rv, err := binary.ReadUvarint(r)
		fmt.Printf("% x: Uvarint %d %d, Varint %d %d, ReadUvarint %d %v (left %d)\n", c, v, n, sv, sn, rv, err, r.Len())
	}
	boom := errors.New("boom")
	v, err := binary.ReadUvarint(&failing{[]byte{0x81, 0x82}, boom})
	fmt.Println(v, err)
	sv, err := binary.ReadVarint(&failing{[]byte{0x83}, io.ErrClosedPipe})
	fmt.Println(sv, err)
	fmt.Println(binary.PutUvarint(make([]byte, 3), 300))
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.PutUvarint(make([]byte, 2), 1<<20)
}
