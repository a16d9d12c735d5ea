// encoding/binary.Read, Write and Size of structs, arrays, slices of structs and pointers to
// them (the reflect path): nested arrays, blank fields, both byte orders, complex numbers,
// named types, short input and invalid types.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

type Celsius float32

type Point struct {
	X, Y int16
}

type Header struct {
	Magic   [4]byte
	Version uint16
	_       [2]byte
	Flags   uint32
	Ok      bool
	Temp    Celsius
	Pts     [2]Point
	Scale   float64
	Z       complex64
	W       complex128
	Neg     int8
	Big     int64
}

type Bad struct {
	A int32
	N int
}

type WithSlice struct {
	B []byte
}

type Blank struct {
	A byte
	_ int32
	B byte
}

func dump(label string, b []byte) {
	fmt.Printf("%s (%d): % x\n", label, len(b), b)
}

func main() {
	h := Header{
		Magic:   [4]byte{'G', 'T', 'R', 'F'},
		Version: 0x0102,
		Flags:   0xdeadbeef,
		Ok:      true,
		Temp:    -12.5,
		Pts:     [2]Point{{1, -2}, {300, -400}},
		Scale:   3.25,
		Z:       complex(1.5, -2),
		W:       complex(-0.25, 1e10),
		Neg:     -7,
		Big:     -1234567890123,
	}
	fmt.Println("Size(h):", binary.Size(h), "Size(&h):", binary.Size(&h))

	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		if err := binary.Write(&buf, order, h); err != nil {
			fmt.Println("write error:", err)
		}
		dump(order.String()+" value", buf.Bytes())
		var buf2 bytes.Buffer
		binary.Write(&buf2, order, &h)
		fmt.Println("pointer same bytes:", bytes.Equal(buf.Bytes(), buf2.Bytes()))

		var back Header
		err := binary.Read(bytes.NewReader(buf.Bytes()), order, &back)
		fmt.Println("read:", err, back == h)
		fmt.Printf("%+v\n", back)
	}

	// blank fields: written as zeros, skipped on read (the destination keeps its value)
	var bb bytes.Buffer
	binary.Write(&bb, binary.BigEndian, Blank{A: 1, B: 2})
	dump("blank", bb.Bytes())
	raw := []byte{9, 0xff, 0xff, 0xff, 0xff, 8}
	var bl Blank
	fmt.Println(binary.Read(bytes.NewReader(raw), binary.BigEndian, &bl), bl.A, bl.B)
	fmt.Println("Size(Blank):", binary.Size(bl))

	// slices of structs and arrays
	pts := []Point{{1, 2}, {-3, 4}, {5, -6}}
	var sb bytes.Buffer
	fmt.Println(binary.Write(&sb, binary.LittleEndian, pts), binary.Size(pts))
	dump("points", sb.Bytes())
	got := make([]Point, 3)
	fmt.Println(binary.Read(&sb, binary.LittleEndian, got), got)
	arrs := [][3]uint16{{1, 2, 3}, {0xffff, 0x8000, 7}}
	var ab bytes.Buffer
	binary.Write(&ab, binary.BigEndian, arrs)
	dump("arrays", ab.Bytes())
	var arr2 [2][3]uint16
	fmt.Println(binary.Read(&ab, binary.BigEndian, &arr2), arr2)
	fmt.Println("Size(arr2):", binary.Size(arr2), "Size(&arr2):", binary.Size(&arr2))

	// named basic types and complex go through reflect too
	var c Celsius = 36.6
	var cb bytes.Buffer
	binary.Write(&cb, binary.LittleEndian, c)
	binary.Write(&cb, binary.LittleEndian, []Celsius{1, 2})
	binary.Write(&cb, binary.LittleEndian, complex128(complex(1, 2)))
	dump("named", cb.Bytes())
	var c2 Celsius
	cs := make([]Celsius, 2)
	var z complex128
	fmt.Println(binary.Read(&cb, binary.LittleEndian, &c2), binary.Read(&cb, binary.LittleEndian, cs), binary.Read(&cb, binary.LittleEndian, &z), c2, cs, z)

	// empty struct and empty slices
	var eb bytes.Buffer
	fmt.Println(binary.Write(&eb, binary.LittleEndian, struct{}{}), binary.Size(struct{}{}), eb.Len())
	fmt.Println(binary.Write(&eb, binary.LittleEndian, []Point{}), binary.Size([]Point{}), eb.Len())

	// short input: io.EOF with nothing, io.ErrUnexpectedEOF with part of a struct
	var p Point
	err := binary.Read(bytes.NewReader(nil), binary.LittleEndian, &p)
	fmt.Println(err, err == io.EOF)
	err = binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.LittleEndian, &p)
	fmt.Println(err, err == io.ErrUnexpectedEOF, p)
	err = binary.Read(bytes.NewReader([]byte{1, 2, 3, 4, 5}), binary.LittleEndian, make([]Point, 2))
	fmt.Println(err, err == io.ErrUnexpectedEOF)

	// invalid types
	fmt.Println(binary.Size(Bad{}), binary.Size(WithSlice{}), binary.Size(42), binary.Size([]int{1}), binary.Size("s"), binary.Size([]string{}))
	var w bytes.Buffer
	fmt.Println(binary.Write(&w, binary.LittleEndian, Bad{}))
	fmt.Println(binary.Write(&w, binary.LittleEndian, &WithSlice{}))
	fmt.Println(binary.Write(&w, binary.LittleEndian, []int{1, 2}))
	fmt.Println(binary.Write(&w, binary.LittleEndian, map[string]int{}))
	fmt.Println(binary.Read(bytes.NewReader(make([]byte, 16)), binary.LittleEndian, &Bad{}))
	fmt.Println(binary.Read(bytes.NewReader(make([]byte, 16)), binary.LittleEndian, Point{}))
	fmt.Println(binary.Read(bytes.NewReader(make([]byte, 16)), binary.LittleEndian, [2]byte{}))
	fmt.Println(binary.Read(bytes.NewReader(make([]byte, 16)), binary.LittleEndian, new(int)))
	fmt.Println(binary.Read(bytes.NewReader(make([]byte, 16)), binary.LittleEndian, int32(5)))
	fmt.Println("written on errors:", w.Len())
}
