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

// The byte orders are one n-byte loader and storer each. Each first touches b[n-1], so a
// short slice panics with Go's index error before anything is stored.

func (littleEndian) Uint16(b []byte) uint16 { return uint16(loadLE(b, 2)) }
func (littleEndian) Uint32(b []byte) uint32 { return uint32(loadLE(b, 4)) }
func (littleEndian) Uint64(b []byte) uint64 { return loadLE(b, 8) }

func (littleEndian) PutUint16(b []byte, v uint16) { storeLE(b, 2, uint64(v)) }
func (littleEndian) PutUint32(b []byte, v uint32) { storeLE(b, 4, uint64(v)) }
func (littleEndian) PutUint64(b []byte, v uint64) { storeLE(b, 8, v) }

func (littleEndian) AppendUint16(b []byte, v uint16) []byte { return appendLE(b, 2, uint64(v)) }
func (littleEndian) AppendUint32(b []byte, v uint32) []byte { return appendLE(b, 4, uint64(v)) }
func (littleEndian) AppendUint64(b []byte, v uint64) []byte { return appendLE(b, 8, v) }

func (bigEndian) Uint16(b []byte) uint16 { return uint16(loadBE(b, 2)) }
func (bigEndian) Uint32(b []byte) uint32 { return uint32(loadBE(b, 4)) }
func (bigEndian) Uint64(b []byte) uint64 { return loadBE(b, 8) }

func (bigEndian) PutUint16(b []byte, v uint16) { storeBE(b, 2, uint64(v)) }
func (bigEndian) PutUint32(b []byte, v uint32) { storeBE(b, 4, uint64(v)) }
func (bigEndian) PutUint64(b []byte, v uint64) { storeBE(b, 8, v) }

func (bigEndian) AppendUint16(b []byte, v uint16) []byte { return appendBE(b, 2, uint64(v)) }
func (bigEndian) AppendUint32(b []byte, v uint32) []byte { return appendBE(b, 4, uint64(v)) }
func (bigEndian) AppendUint64(b []byte, v uint64) []byte { return appendBE(b, 8, v) }

// loadLE reads b[0:n] as a number whose first byte is the least significant.
func loadLE(b []byte, n int) uint64 {
	_ = b[n-1]
	var v uint64
	for i := n - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// loadBE reads b[0:n] as a number whose first byte is the most significant.
func loadBE(b []byte, n int) uint64 {
	_ = b[n-1]
	var v uint64
	for i := 0; i < n; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func storeLE(b []byte, n int, v uint64) {
	_ = b[n-1]
	for i := 0; i < n; i, v = i+1, v>>8 {
		b[i] = byte(v)
	}
}

func storeBE(b []byte, n int, v uint64) {
	_ = b[n-1]
	for i := n - 1; i >= 0; i, v = i-1, v>>8 {
		b[i] = byte(v)
	}
}

func appendLE(b []byte, n int, v uint64) []byte {
	for ; n > 0; n, v = n-1, v>>8 {
		b = append(b, byte(v))
	}
	return b
}

func appendBE(b []byte, n int, v uint64) []byte {
	for shift := 8 * (n - 1); shift >= 0; shift -= 8 {
		b = append(b, byte(v>>shift))
	}
	return b
}

// fastShape describes the values Read and Write handle without reflect: a bool or fixed-size
// number, a pointer to one, or a slice of them. It returns the encoded size of one element and
// the number of elements; count 0 sends data to the reflect path (as an empty slice does).
func fastShape(data any) (width, count int) {
	switch d := data.(type) {
	case bool, *bool, int8, *int8, uint8, *uint8:
		return 1, 1
	case int16, *int16, uint16, *uint16:
		return 2, 1
	case int32, *int32, uint32, *uint32, float32, *float32:
		return 4, 1
	case int64, *int64, uint64, *uint64, float64, *float64:
		return 8, 1
	case []bool:
		return 1, len(d)
	case []int8:
		return 1, len(d)
	case []uint8:
		return 1, len(d)
	case []int16:
		return 2, len(d)
	case []uint16:
		return 2, len(d)
	case []int32:
		return 4, len(d)
	case []uint32:
		return 4, len(d)
	case []float32:
		return 4, len(d)
	case []int64:
		return 8, len(d)
	case []uint64:
		return 8, len(d)
	case []float64:
		return 8, len(d)
	}
	return 0, 0
}

// Read fills data (a pointer to fixed-size values, or a slice of them) from r, decoding
// with order. As in Go, a fast-path value that is not a pointer still consumes its bytes
// before Read reports its type invalid.
func Read(r io.Reader, order ByteOrder, data any) error {
	if width, count := fastShape(data); count > 0 {
		c, err := readCoder(r, order, width*count)
		if err != nil {
			return err
		}
		if c.getFast(data) {
			return nil
		}
	}
	v, size := readTarget(data)
	if size < 0 {
		return errors.New("binary.Read: invalid type " + reflect.TypeOf(data).String())
	}
	c, err := readCoder(r, order, size)
	if err != nil {
		return err
	}
	c.decode(v)
	return nil
}

// readTarget is the value Read fills for data (what a pointer points to, or a slice itself)
// and its encoded size; the size is -1 when there is nothing Read can fill.
func readTarget(data any) (reflect.Value, int) {
	v := reflect.ValueOf(data)
	switch v.Kind() {
	case reflect.Pointer:
		v = v.Elem()
	case reflect.Slice:
	default:
		return v, -1
	}
	return v, dataSize(v)
}

// readCoder reads exactly size bytes of r into a fresh coder.
func readCoder(r io.Reader, order ByteOrder, size int) (*coder, error) {
	c := &coder{order: order, buf: make([]byte, size)}
	if _, err := io.ReadFull(r, c.buf); err != nil {
		return nil, err
	}
	return c, nil
}

// Write writes the binary representation of data (a fixed-size value, a pointer to one or a
// slice of them) into w, encoded with order.
func Write(w io.Writer, order ByteOrder, data any) error {
	var c *coder
	if width, count := fastShape(data); count > 0 {
		c = &coder{order: order, buf: make([]byte, width*count)}
		c.putFast(data)
	} else {
		v := reflect.Indirect(reflect.ValueOf(data))
		size := dataSize(v)
		if size < 0 {
			return errors.New("binary.Write: invalid type " + reflect.TypeOf(data).String())
		}
		c = &coder{order: order, buf: make([]byte, size)}
		c.encode(v)
	}
	_, err := w.Write(c.buf)
	return err
}

// Size: bytes Write would produce for v, or -1 when v has no fixed-size encoding.
func Size(v any) int {
	return dataSize(reflect.Indirect(reflect.ValueOf(v)))
}

// dataSize is the encoded size of v: a slice's elements, or v itself; -1 if not fixed-size.
func dataSize(v reflect.Value) int {
	if v.Kind() == reflect.Slice {
		return scaled(sizeof(v.Type().Elem()), v.Len())
	}
	return sizeof(v.Type())
}

// scaled is n values of size each, keeping -1 (no fixed size) as it is.
func scaled(size, n int) int {
	if size < 0 {
		return -1
	}
	return size * n
}

// plus adds two sizes, -1 when either is -1.
func plus(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}

// kindSizes holds the encoded size of each scalar kind; 0 marks a kind with no fixed size
// (int, uint, uintptr, strings, maps, pointers...).
var kindSizes = [...]int{
	reflect.Bool: 1, reflect.Int8: 1, reflect.Uint8: 1,
	reflect.Int16: 2, reflect.Uint16: 2,
	reflect.Int32: 4, reflect.Uint32: 4, reflect.Float32: 4,
	reflect.Int64: 8, reflect.Uint64: 8, reflect.Float64: 8, reflect.Complex64: 8,
	reflect.Complex128: 16,
}

// sizeof is the encoded size of a value of type t, -1 if t has no fixed size anywhere inside.
func sizeof(t reflect.Type) int {
	switch k := t.Kind(); {
	case k == reflect.Array:
		return scaled(sizeof(t.Elem()), t.Len())
	case k == reflect.Struct:
		total := 0
		for i := 0; i < t.NumField() && total >= 0; i++ {
			total = plus(total, sizeof(t.Field(i).Type))
		}
		return total
	case int(k) < len(kindSizes) && kindSizes[k] > 0:
		return kindSizes[k]
	}
	return -1
}

// coder moves through buf as it decodes or encodes, the fast path's values and the reflect
// path's alike.
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

func (c *coder) u8() uint8    { return c.next(1)[0] }
func (c *coder) u16() uint16  { return c.order.Uint16(c.next(2)) }
func (c *coder) u32() uint32  { return c.order.Uint32(c.next(4)) }
func (c *coder) u64() uint64  { return c.order.Uint64(c.next(8)) }
func (c *coder) f32() float32 { return math.Float32frombits(c.u32()) }
func (c *coder) f64() float64 { return math.Float64frombits(c.u64()) }

func (c *coder) put8(v uint8)     { c.next(1)[0] = v }
func (c *coder) put16(v uint16)   { c.order.PutUint16(c.next(2), v) }
func (c *coder) put32(v uint32)   { c.order.PutUint32(c.next(4), v) }
func (c *coder) put64(v uint64)   { c.order.PutUint64(c.next(8), v) }
func (c *coder) putF32(f float32) { c.put32(math.Float32bits(f)) }
func (c *coder) putF64(f float64) { c.put64(math.Float64bits(f)) }

func (c *coder) putBool(b bool) {
	if b {
		c.put8(1)
	} else {
		c.put8(0)
	}
}

// getFast stores the decoded buf into data when data is a pointer or slice of the fast path;
// false for a plain value (which Read cannot fill).
func (c *coder) getFast(data any) bool {
	switch d := data.(type) {
	case *bool:
		*d = c.u8() != 0
	case *int8:
		*d = int8(c.u8())
	case *uint8:
		*d = c.u8()
	case *int16:
		*d = int16(c.u16())
	case *uint16:
		*d = c.u16()
	case *int32:
		*d = int32(c.u32())
	case *uint32:
		*d = c.u32()
	case *float32:
		*d = c.f32()
	case *int64:
		*d = int64(c.u64())
	case *uint64:
		*d = c.u64()
	case *float64:
		*d = c.f64()
	case []uint8:
		copy(d, c.buf)
	case []bool:
		for i := range d {
			d[i] = c.u8() != 0
		}
	case []int8:
		for i := range d {
			d[i] = int8(c.u8())
		}
	case []int16:
		for i := range d {
			d[i] = int16(c.u16())
		}
	case []uint16:
		for i := range d {
			d[i] = c.u16()
		}
	case []int32:
		for i := range d {
			d[i] = int32(c.u32())
		}
	case []uint32:
		for i := range d {
			d[i] = c.u32()
		}
	case []float32:
		for i := range d {
			d[i] = c.f32()
		}
	case []int64:
		for i := range d {
			d[i] = int64(c.u64())
		}
	case []uint64:
		for i := range d {
			d[i] = c.u64()
		}
	case []float64:
		for i := range d {
			d[i] = c.f64()
		}
	default:
		return false
	}
	return true
}

// putFast encodes a value, pointer or slice of the fast path into buf.
func (c *coder) putFast(data any) {
	switch d := data.(type) {
	case bool:
		c.putBool(d)
	case *bool:
		c.putBool(*d)
	case int8:
		c.put8(uint8(d))
	case *int8:
		c.put8(uint8(*d))
	case uint8:
		c.put8(d)
	case *uint8:
		c.put8(*d)
	case int16:
		c.put16(uint16(d))
	case *int16:
		c.put16(uint16(*d))
	case uint16:
		c.put16(d)
	case *uint16:
		c.put16(*d)
	case int32:
		c.put32(uint32(d))
	case *int32:
		c.put32(uint32(*d))
	case uint32:
		c.put32(d)
	case *uint32:
		c.put32(*d)
	case float32:
		c.putF32(d)
	case *float32:
		c.putF32(*d)
	case int64:
		c.put64(uint64(d))
	case *int64:
		c.put64(uint64(*d))
	case uint64:
		c.put64(d)
	case *uint64:
		c.put64(*d)
	case float64:
		c.putF64(d)
	case *float64:
		c.putF64(*d)
	case []uint8:
		copy(c.buf, d)
	case []bool:
		for _, x := range d {
			c.putBool(x)
		}
	case []int8:
		for _, x := range d {
			c.put8(uint8(x))
		}
	case []int16:
		for _, x := range d {
			c.put16(uint16(x))
		}
	case []uint16:
		for _, x := range d {
			c.put16(x)
		}
	case []int32:
		for _, x := range d {
			c.put32(uint32(x))
		}
	case []uint32:
		for _, x := range d {
			c.put32(x)
		}
	case []float32:
		for _, x := range d {
			c.putF32(x)
		}
	case []int64:
		for _, x := range d {
			c.put64(uint64(x))
		}
	case []uint64:
		for _, x := range d {
			c.put64(x)
		}
	case []float64:
		for _, x := range d {
			c.putF64(x)
		}
	}
}

// blank reports whether field i of struct v is a blank field, which is skipped on read and
// written as zeros.
func blank(v reflect.Value, i int) bool {
	return !v.Field(i).CanSet() && v.Type().Field(i).Name == "_"
}

// decode fills v (arrays, slices and structs element by element) from buf.
func (c *coder) decode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.decode(v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if blank(v, i) {
				c.off += dataSize(v.Field(i))
			} else {
				c.decode(v.Field(i))
			}
		}
	case reflect.Bool:
		v.SetBool(c.u8() != 0)
	case reflect.Int8:
		v.SetInt(int64(int8(c.u8())))
	case reflect.Int16:
		v.SetInt(int64(int16(c.u16())))
	case reflect.Int32:
		v.SetInt(int64(int32(c.u32())))
	case reflect.Int64:
		v.SetInt(int64(c.u64()))
	case reflect.Uint8:
		v.SetUint(uint64(c.u8()))
	case reflect.Uint16:
		v.SetUint(uint64(c.u16()))
	case reflect.Uint32:
		v.SetUint(uint64(c.u32()))
	case reflect.Uint64:
		v.SetUint(c.u64())
	case reflect.Float32:
		v.SetFloat(float64(c.f32()))
	case reflect.Float64:
		v.SetFloat(c.f64())
	case reflect.Complex64:
		re := c.f32()
		v.SetComplex(complex(float64(re), float64(c.f32())))
	case reflect.Complex128:
		re := c.f64()
		v.SetComplex(complex(re, c.f64()))
	}
}

// encode writes v into buf in the order decode reads it.
func (c *coder) encode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.encode(v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if blank(v, i) {
				c.off += dataSize(v.Field(i)) // buf is fresh: the bytes stay zero
			} else {
				c.encode(v.Field(i))
			}
		}
	case reflect.Bool:
		c.putBool(v.Bool())
	case reflect.Int8, reflect.Uint8:
		c.put8(uint8(intBits(v)))
	case reflect.Int16, reflect.Uint16:
		c.put16(uint16(intBits(v)))
	case reflect.Int32, reflect.Uint32:
		c.put32(uint32(intBits(v)))
	case reflect.Int64, reflect.Uint64:
		c.put64(intBits(v))
	case reflect.Float32:
		c.putF32(float32(v.Float()))
	case reflect.Float64:
		c.putF64(v.Float())
	case reflect.Complex64:
		x := v.Complex()
		c.putF32(float32(real(x)))
		c.putF32(float32(imag(x)))
	case reflect.Complex128:
		x := v.Complex()
		c.putF64(real(x))
		c.putF64(imag(x))
	}
}

// intBits is the two's complement bits of a signed or unsigned integer value.
func intBits(v reflect.Value) uint64 {
	if v.CanInt() {
		return uint64(v.Int())
	}
	return v.Uint()
}
