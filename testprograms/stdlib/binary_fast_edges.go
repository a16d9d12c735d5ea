// encoding/binary's fast path (fixed-size numbers, pointers to them and slices of them) in both
// byte orders, the panics of the byte orders on short slices, and Read errors.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	f()
}

func main() {
	orders := []binary.ByteOrder{binary.LittleEndian, binary.BigEndian}
	for _, o := range orders {
		b := make([]byte, 8)
		o.PutUint16(b, 0xabcd)
		fmt.Printf("%v 16: % x %#x\n", o, b, o.Uint16(b))
		o.PutUint32(b, 0x01020304)
		fmt.Printf("%v 32: % x %#x\n", o, b, o.Uint32(b))
		o.PutUint64(b, 0x1122334455667788)
		fmt.Printf("%v 64: % x %#x %#x %#x\n", o, b, o.Uint64(b), o.Uint32(b[4:]), o.Uint16(b[6:]))
		a := o.(binary.AppendByteOrder)
		fmt.Printf("append: % x\n", a.AppendUint64(a.AppendUint32(a.AppendUint16([]byte{0xee}, 0x0102), 0x03040506), math.MaxUint64-1))
		short := make([]byte, 3, 10)
		try("Uint16(1)", func() { o.Uint16(short[:1]) })
		try("Uint32", func() { o.Uint32(short) })
		try("Uint64", func() { o.Uint64(short) })
		try("PutUint16(1)", func() { o.PutUint16(short[:1], 1) })
		try("PutUint32", func() { o.PutUint32(short, 1) })
		try("PutUint64", func() { o.PutUint64(short, 1) })
		fmt.Printf("short after: % x\n", short)
	}

	// Every fast-path type through a pointer, then back.
	var (
		b   = true
		i8  = int8(-100)
		u8  = uint8(250)
		i16 = int16(-12345)
		u16 = uint16(54321)
		i32 = int32(-123456789)
		u32 = uint32(3123456789)
		i64 = int64(-1234567890123456789)
		u64 = uint64(12345678901234567890)
		f32 = float32(-3.5e-3)
		f64 = math.Inf(-1)
	)
	ptrs := []any{&b, &i8, &u8, &i16, &u16, &i32, &u32, &i64, &u64, &f32, &f64}
	for _, o := range orders {
		var buf bytes.Buffer
		for _, p := range ptrs {
			if err := binary.Write(&buf, o, p); err != nil {
				fmt.Println("write:", err)
			}
		}
		fmt.Printf("%v ptrs: % x\n", o, buf.Bytes())
		var (
			rb   bool
			ri8  int8
			ru8  uint8
			ri16 int16
			ru16 uint16
			ri32 int32
			ru32 uint32
			ri64 int64
			ru64 uint64
			rf32 float32
			rf64 float64
		)
		r := bytes.NewReader(buf.Bytes())
		for _, p := range []any{&rb, &ri8, &ru8, &ri16, &ru16, &ri32, &ru32, &ri64, &ru64, &rf32, &rf64} {
			if err := binary.Read(r, o, p); err != nil {
				fmt.Println("read:", err)
			}
		}
		fmt.Println(rb, ri8, ru8, ri16, ru16, ri32, ru32, ri64, ru64, rf32, rf64, r.Len())
	}

	// Slices of every fast-path type, written then read back.
	slices := []any{[]bool{true, false, true}, []int8{-1, 2}, []uint8{1, 255}, []int16{-2, 3}, []uint16{65535},
		[]int32{-5, 6}, []uint32{7}, []int64{-8}, []uint64{9, 10}, []float32{1.25, -0}, []float64{math.NaN(), 1e300}}
	for _, o := range orders {
		for _, s := range slices {
			var buf bytes.Buffer
			err := binary.Write(&buf, o, s)
			fmt.Printf("%v %T: % x %v\n", o, s, buf.Bytes(), err)
		}
	}
	data := []byte{1, 0, 2, 0xff, 0xfe, 0x80, 0, 0, 1, 0, 0, 0, 0x3f, 0x80, 0, 0}
	for _, s := range []any{make([]bool, 3), make([]int8, 4), make([]uint8, 5), make([]int16, 4), make([]uint16, 3), make([]int32, 2), make([]uint32, 4), make([]int64, 2), make([]uint64, 1), make([]float32, 4), make([]float64, 2)} {
		err := binary.Read(bytes.NewReader(data), binary.BigEndian, s)
		fmt.Printf("read %T: %v %v\n", s, s, err)
	}
	var big [3]uint64
	fmt.Println(binary.Read(bytes.NewReader(data), binary.LittleEndian, big[:]), big)

	// Errors: short input, empty input, values that are not pointers, kinds with no fixed size.
	var u32r uint32
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.BigEndian, &u32r))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1}), binary.BigEndian, &u32r) == io.ErrUnexpectedEOF, u32r)
	fmt.Println(binary.Read(bytes.NewReader(data), binary.BigEndian, u32r))
	fmt.Println(binary.Read(bytes.NewReader(data), binary.BigEndian, []int{1}))
	fmt.Println(binary.Read(bytes.NewReader(data), binary.BigEndian, new(uintptr)))
	fmt.Println(binary.Read(bytes.NewReader(data), binary.BigEndian, make([]uint16, 0)))
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.BigEndian, uint(1)), binary.Write(&buf, binary.BigEndian, []string{"a"}), binary.Write(&buf, binary.BigEndian, map[int]int{}), buf.Len())
	fmt.Println(binary.Write(&buf, binary.BigEndian, []bool{}), binary.Write(&buf, binary.BigEndian, new(bool)), buf.Len())
	fmt.Println(binary.Size(int8(1)), binary.Size([]float64{1, 2}), binary.Size(new(uint16)), binary.Size([]bool{}), binary.Size(complex64(1)), binary.Size([2][3]int16{}))
}
