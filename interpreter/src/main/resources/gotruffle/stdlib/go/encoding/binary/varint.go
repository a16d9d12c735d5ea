package binary

import (
	"errors"
	"io"
)

// Maximum lengths of a varint-encoded N-bit integer.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// Varints: 7 bits per byte, least significant group first; the high bit of a byte says
// that another byte follows. Signed values are zig-zag mapped first, so that numbers of
// small magnitude stay short either side of zero.

// zigzag maps 0, -1, 1, -2, ... to 0, 1, 2, 3, ...
func zigzag(x int64) uint64 { return uint64(x<<1) ^ uint64(x>>63) }

// unzigzag undoes zigzag.
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// AppendUvarint appends x as a varint to buf.
func AppendUvarint(buf []byte, x uint64) []byte {
	for ; x > 0x7f; x >>= 7 {
		buf = append(buf, 0x80|byte(x&0x7f))
	}
	return append(buf, byte(x))
}

// PutUvarint stores x as a varint at the start of buf, which must be long enough (else it
// panics with an index error), and says how many bytes it used.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x > 0x7f; x >>= 7 {
		buf[n] = 0x80 | byte(x&0x7f)
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// Uvarint reads a varint from the start of buf: the value and the bytes read; n == 0: buf
// ended first; n < 0: the value overflows 64 bits and -n bytes were looked at.
func Uvarint(buf []byte) (uint64, int) {
	var v uint64
	var shift uint // 7 bits per byte
	for i, b := range buf {
		switch {
		case i == MaxVarintLen64:
			return 0, -(i + 1) // an 11th byte: more than 64 bits
		case b >= 0x80:
			v |= uint64(b&0x7f) << shift
			shift += 7
		case i == MaxVarintLen64-1 && b > 1:
			return 0, -(i + 1) // the 10th byte may only carry bit 63
		default:
			return v | uint64(b)<<shift, i + 1
		}
	}
	return 0, 0
}

// AppendVarint appends x zig-zag mapped as a varint to buf.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint stores x zig-zag mapped as a varint at the start of buf (see PutUvarint).
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// Varint reads a zig-zag varint from the start of buf (n as for Uvarint).
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint byte by byte from r, never more than MaxVarintLen64 bytes. An
// error of r (io.EOF included, even in the middle) comes back unchanged with the bits so far.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var v uint64
	var shift uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		switch {
		case err != nil:
			return v, err
		case b >= 0x80:
			v |= uint64(b&0x7f) << shift
			shift += 7
		case i == MaxVarintLen64-1 && b > 1:
			return v, errOverflow
		default:
			return v | uint64(b)<<shift, nil
		}
	}
	return v, errOverflow
}

// ReadVarint reads a zig-zag varint from r (errors as for ReadUvarint).
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}
