// Package binary: translation between numbers and byte sequences, and varints. Read, Write
// and Size take a fast path for bools, fixed-size numbers, pointers to them and slices of
// them; structs, arrays, named and complex numbers go through reflect, as in Go.
package binary

import (
	"errors"
	"io"
	"math"
	"reflect"
)

// ByteOrder converts between byte slices and unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder appends unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian ByteOrder and AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian ByteOrder and AppendByteOrder.
var BigEndian bigEndian

type littleEndian struct{}

type bigEndian struct{}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }
func (bigEndian) String() string      { return "BigEndian" }
func (bigEndian) GoString() string    { return "binary.BigEndian" }

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1] // bounds check first, as Go
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3] // bounds check first, as Go
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7] // bounds check first, as Go
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 | uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
	b[4] = byte(v >> 32)
	b[5] = byte(v >> 40)
	b[6] = byte(v >> 48)
	b[7] = byte(v >> 56)
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24), byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1] // bounds check first, as Go
	return uint16(b[0])<<8 | uint16(b[1])
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3] // bounds check first, as Go
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v >> 24)
	b[1] = byte(v >> 16)
	b[2] = byte(v >> 8)
	b[3] = byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7] // bounds check first, as Go
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 | uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	b[0] = byte(v >> 56)
	b[1] = byte(v >> 48)
	b[2] = byte(v >> 40)
	b[3] = byte(v >> 32)
	b[4] = byte(v >> 24)
	b[5] = byte(v >> 16)
	b[6] = byte(v >> 8)
	b[7] = byte(v)
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

// intDataSize is the encoded size of data when it is a bool, a fixed-size number, a pointer
// to one or a non-empty slice of them; 0 otherwise.
func intDataSize(data any) int {
	switch data := data.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case []bool:
		return len(data)
	case []int8:
		return len(data)
	case []uint8:
		return len(data)
	case int16, uint16, *int16, *uint16:
		return 2
	case []int16:
		return 2 * len(data)
	case []uint16:
		return 2 * len(data)
	case int32, uint32, *int32, *uint32, float32, *float32:
		return 4
	case []int32:
		return 4 * len(data)
	case []uint32:
		return 4 * len(data)
	case []float32:
		return 4 * len(data)
	case int64, uint64, *int64, *uint64, float64, *float64:
		return 8
	case []int64:
		return 8 * len(data)
	case []uint64:
		return 8 * len(data)
	case []float64:
		return 8 * len(data)
	}
	return 0
}

// Read fills data (a pointer to fixed-size values, or a slice of them) from r, decoding
// with order.
func Read(r io.Reader, order ByteOrder, data any) error {
	if n := intDataSize(data); n != 0 {
		bs := make([]byte, n)
		if _, err := io.ReadFull(r, bs); err != nil {
			return err
		}
		done := true
		switch data := data.(type) {
		case *bool:
			*data = bs[0] != 0
		case *int8:
			*data = int8(bs[0])
		case *uint8:
			*data = bs[0]
		case *int16:
			*data = int16(order.Uint16(bs))
		case *uint16:
			*data = order.Uint16(bs)
		case *int32:
			*data = int32(order.Uint32(bs))
		case *uint32:
			*data = order.Uint32(bs)
		case *int64:
			*data = int64(order.Uint64(bs))
		case *uint64:
			*data = order.Uint64(bs)
		case *float32:
			*data = math.Float32frombits(order.Uint32(bs))
		case *float64:
			*data = math.Float64frombits(order.Uint64(bs))
		case []bool:
			for i, x := range bs {
				data[i] = x != 0
			}
		case []int8:
			for i, x := range bs {
				data[i] = int8(x)
			}
		case []uint8:
			copy(data, bs)
		case []int16:
			for i := range data {
				data[i] = int16(order.Uint16(bs[2*i:]))
			}
		case []uint16:
			for i := range data {
				data[i] = order.Uint16(bs[2*i:])
			}
		case []int32:
			for i := range data {
				data[i] = int32(order.Uint32(bs[4*i:]))
			}
		case []uint32:
			for i := range data {
				data[i] = order.Uint32(bs[4*i:])
			}
		case []int64:
			for i := range data {
				data[i] = int64(order.Uint64(bs[8*i:]))
			}
		case []uint64:
			for i := range data {
				data[i] = order.Uint64(bs[8*i:])
			}
		case []float32:
			for i := range data {
				data[i] = math.Float32frombits(order.Uint32(bs[4*i:]))
			}
		case []float64:
			for i := range data {
				data[i] = math.Float64frombits(order.Uint64(bs[8*i:]))
			}
		default:
			done = false // a value, not a pointer: invalid below
		}
		if done {
			return nil
		}
	}
	// The rest decodes through reflect: data must be a pointer or a slice.
	v := reflect.ValueOf(data)
	size := -1
	switch v.Kind() {
	case reflect.Pointer:
		v = v.Elem()
		size = dataSize(v)
	case reflect.Slice:
		size = dataSize(v)
	}
	if size < 0 {
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	c := &coder{order: order, buf: make([]byte, size)}
	if _, err := io.ReadFull(r, c.buf); err != nil {
		return err
	}
	c.decode(v)
	return nil
}

// Write writes the binary representation of data (a fixed-size value, a pointer to one or a
// slice of them) into w, encoded with order.
func Write(w io.Writer, order ByteOrder, data any) error {
	if n := intDataSize(data); n != 0 {
		bs := make([]byte, n)
		switch v := data.(type) {
		case *bool:
			bs[0] = boolByte(*v)
		case bool:
			bs[0] = boolByte(v)
		case []bool:
			for i, x := range v {
				bs[i] = boolByte(x)
			}
		case *int8:
			bs[0] = byte(*v)
		case int8:
			bs[0] = byte(v)
		case []int8:
			for i, x := range v {
				bs[i] = byte(x)
			}
		case *uint8:
			bs[0] = *v
		case uint8:
			bs[0] = v
		case []uint8:
			bs = v
		case *int16:
			order.PutUint16(bs, uint16(*v))
		case int16:
			order.PutUint16(bs, uint16(v))
		case []int16:
			for i, x := range v {
				order.PutUint16(bs[2*i:], uint16(x))
			}
		case *uint16:
			order.PutUint16(bs, *v)
		case uint16:
			order.PutUint16(bs, v)
		case []uint16:
			for i, x := range v {
				order.PutUint16(bs[2*i:], x)
			}
		case *int32:
			order.PutUint32(bs, uint32(*v))
		case int32:
			order.PutUint32(bs, uint32(v))
		case []int32:
			for i, x := range v {
				order.PutUint32(bs[4*i:], uint32(x))
			}
		case *uint32:
			order.PutUint32(bs, *v)
		case uint32:
			order.PutUint32(bs, v)
		case []uint32:
			for i, x := range v {
				order.PutUint32(bs[4*i:], x)
			}
		case *int64:
			order.PutUint64(bs, uint64(*v))
		case int64:
			order.PutUint64(bs, uint64(v))
		case []int64:
			for i, x := range v {
				order.PutUint64(bs[8*i:], uint64(x))
			}
		case *uint64:
			order.PutUint64(bs, *v)
		case uint64:
			order.PutUint64(bs, v)
		case []uint64:
			for i, x := range v {
				order.PutUint64(bs[8*i:], x)
			}
		case *float32:
			order.PutUint32(bs, math.Float32bits(*v))
		case float32:
			order.PutUint32(bs, math.Float32bits(v))
		case []float32:
			for i, x := range v {
				order.PutUint32(bs[4*i:], math.Float32bits(x))
			}
		case *float64:
			order.PutUint64(bs, math.Float64bits(*v))
		case float64:
			order.PutUint64(bs, math.Float64bits(v))
		case []float64:
			for i, x := range v {
				order.PutUint64(bs[8*i:], math.Float64bits(x))
			}
		}
		_, err := w.Write(bs)
		return err
	}
	// The rest encodes through reflect, through one pointer.
	v := reflect.Indirect(reflect.ValueOf(data))
	size := dataSize(v)
	if size < 0 {
		return errors.New("binary.Write: invalid type " + reflect.TypeOf(data).String())
	}
	c := &coder{order: order, buf: make([]byte, size)}
	c.encode(v)
	_, err := w.Write(c.buf)
	return err
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// Size: bytes Write would produce for v, or -1 when v has no fixed-size encoding.
func Size(v any) int {
	return dataSize(reflect.Indirect(reflect.ValueOf(v)))
}

// dataSize is the encoded size of v: a slice's elements, or v itself; -1 if not fixed-size.
func dataSize(v reflect.Value) int {
	if v.Kind() == reflect.Slice {
		if s := sizeof(v.Type().Elem()); s >= 0 {
			return s * v.Len()
		}
		return -1
	}
	return sizeof(v.Type())
}

// sizeof is the encoded size of a value of type t, -1 if t has no fixed size (int, uint,
// uintptr, strings, slices, maps, pointers... anywhere inside it).
func sizeof(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		if s := sizeof(t.Elem()); s >= 0 {
			return s * t.Len()
		}
	case reflect.Struct:
		sum := 0
		for i, n := 0, t.NumField(); i < n; i++ {
			s := sizeof(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	case reflect.Bool, reflect.Int8, reflect.Uint8:
		return 1
	case reflect.Int16, reflect.Uint16:
		return 2
	case reflect.Int32, reflect.Uint32, reflect.Float32:
		return 4
	case reflect.Int64, reflect.Uint64, reflect.Float64, reflect.Complex64:
		return 8
	case reflect.Complex128:
		return 16
	}
	return -1
}

// coder walks a value in field order, moving through buf as it decodes or encodes.
type coder struct {
	order ByteOrder
	buf   []byte
	off   int
}

func (c *coder) next(n int) []byte {
	b := c.buf[c.off : c.off+n]
	c.off += n
	return b
}

func (c *coder) u16() uint16 { return c.order.Uint16(c.next(2)) }
func (c *coder) u32() uint32 { return c.order.Uint32(c.next(4)) }
func (c *coder) u64() uint64 { return c.order.Uint64(c.next(8)) }

// blank reports whether field i of struct v is a blank field, which is skipped on read and
// written as zeros.
func blank(v reflect.Value, i int) bool {
	return !v.Field(i).CanSet() && v.Type().Field(i).Name == "_"
}

func (c *coder) decode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i, n := 0, v.Len(); i < n; i++ {
			c.decode(v.Index(i))
		}
	case reflect.Struct:
		for i, n := 0, v.NumField(); i < n; i++ {
			if blank(v, i) {
				c.off += dataSize(v.Field(i))
			} else {
				c.decode(v.Field(i))
			}
		}
	case reflect.Bool:
		v.SetBool(c.next(1)[0] != 0)
	case reflect.Int8:
		v.SetInt(int64(int8(c.next(1)[0])))
	case reflect.Int16:
		v.SetInt(int64(int16(c.u16())))
	case reflect.Int32:
		v.SetInt(int64(int32(c.u32())))
	case reflect.Int64:
		v.SetInt(int64(c.u64()))
	case reflect.Uint8:
		v.SetUint(uint64(c.next(1)[0]))
	case reflect.Uint16:
		v.SetUint(uint64(c.u16()))
	case reflect.Uint32:
		v.SetUint(uint64(c.u32()))
	case reflect.Uint64:
		v.SetUint(c.u64())
	case reflect.Float32:
		v.SetFloat(float64(math.Float32frombits(c.u32())))
	case reflect.Float64:
		v.SetFloat(math.Float64frombits(c.u64()))
	case reflect.Complex64:
		re := math.Float32frombits(c.u32())
		im := math.Float32frombits(c.u32())
		v.SetComplex(complex(float64(re), float64(im)))
	case reflect.Complex128:
		re := math.Float64frombits(c.u64())
		im := math.Float64frombits(c.u64())
		v.SetComplex(complex(re, im))
	}
}

func (c *coder) encode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i, n := 0, v.Len(); i < n; i++ {
			c.encode(v.Index(i))
		}
	case reflect.Struct:
		for i, n := 0, v.NumField(); i < n; i++ {
			if blank(v, i) {
				c.off += dataSize(v.Field(i)) // buf is fresh: the bytes stay zero
			} else {
				c.encode(v.Field(i))
			}
		}
	case reflect.Bool:
		c.next(1)[0] = boolByte(v.Bool())
	case reflect.Int8, reflect.Uint8:
		c.next(1)[0] = byte(intBits(v))
	case reflect.Int16, reflect.Uint16:
		c.order.PutUint16(c.next(2), uint16(intBits(v)))
	case reflect.Int32, reflect.Uint32:
		c.order.PutUint32(c.next(4), uint32(intBits(v)))
	case reflect.Int64, reflect.Uint64:
		c.order.PutUint64(c.next(8), intBits(v))
	case reflect.Float32:
		c.order.PutUint32(c.next(4), math.Float32bits(float32(v.Float())))
	case reflect.Float64:
		c.order.PutUint64(c.next(8), math.Float64bits(v.Float()))
	case reflect.Complex64:
		x := v.Complex()
		c.order.PutUint32(c.next(4), math.Float32bits(float32(real(x))))
		c.order.PutUint32(c.next(4), math.Float32bits(float32(imag(x))))
	case reflect.Complex128:
		x := v.Complex()
		c.order.PutUint64(c.next(8), math.Float64bits(real(x)))
		c.order.PutUint64(c.next(8), math.Float64bits(imag(x)))
	}
}

// intBits is the two's complement bits of a signed or unsigned integer value.
func intBits(v reflect.Value) uint64 {
	if v.CanInt() {
		return uint64(v.Int())
	}
	return v.Uint()
}
