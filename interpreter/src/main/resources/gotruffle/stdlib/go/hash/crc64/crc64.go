// Package crc64: the 64-bit cyclic redundancy check, byte by byte over a 256-entry table (the
// results are those of Go's slicing-by-8 loop).
package crc64

import (
	"errors"
	"hash"
)

// Size: bytes in a CRC-64.
const Size = 8

// Predefined polynomials (reversed notation).
const (
	ISO  = 0xD800000000000000 // ISO 3309, used in HDLC
	ECMA = 0xC96C5795D7870F42 // ECMA 182
)

// Table holds one precomputed entry per byte value for a polynomial.
type Table [256]uint64

var isoTable, ecmaTable *Table

// MakeTable returns the table of poly (the same table for ISO and for ECMA each time).
func MakeTable(poly uint64) *Table {
	switch poly {
	case ISO:
		if isoTable == nil {
			isoTable = makeTable(ISO)
		}
		return isoTable
	case ECMA:
		if ecmaTable == nil {
			ecmaTable = makeTable(ECMA)
		}
		return ecmaTable
	}
	return makeTable(poly)
}

func makeTable(poly uint64) *Table {
	t := new(Table)
	for i := range t {
		crc := uint64(i)
		for k := 0; k < 8; k++ {
			low := crc & 1
			crc >>= 1
			if low == 1 {
				crc ^= poly
			}
		}
		t[i] = crc
	}
	return t
}

// Update continues crc over p using tab.
func Update(crc uint64, tab *Table, p []byte) uint64 {
	crc = ^crc
	for _, v := range p {
		crc = tab[byte(crc)^v] ^ crc>>8
	}
	return ^crc
}

// Checksum computes the CRC-64 of data with tab's polynomial.
func Checksum(data []byte, tab *Table) uint64 { return Update(0, tab, data) }

// New starts a CRC-64 with tab's polynomial; Sum appends it big-endian, and the state can
// be saved and restored (encoding.BinaryMarshaler/BinaryUnmarshaler).
func New(tab *Table) hash.Hash64 { return &digest{tab: tab} }

type digest struct {
	crc uint64
	tab *Table
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum64() uint64  { return d.crc }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte { return putUint64(in, d.crc) }

// The marshaled state: magic, the ISO checksum of the table, the crc.
const (
	magic         = "crc\x02"
	marshaledSize = len(magic) + 8 + 8
)

func (d *digest) MarshalBinary() ([]byte, error) {
	b := append(make([]byte, 0, marshaledSize), magic...)
	b = putUint64(b, tableSum(d.tab))
	return putUint64(b, d.crc), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	switch {
	case len(b) < len(magic) || string(b[:len(magic)]) != magic:
		return errors.New("hash/crc64: invalid hash state identifier")
	case len(b) != marshaledSize:
		return errors.New("hash/crc64: invalid hash state size")
	case tableSum(d.tab) != getUint64(b[4:]):
		return errors.New("hash/crc64: tables do not match")
	}
	d.crc = getUint64(b[12:])
	return nil
}

func putUint64(b []byte, x uint64) []byte {
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(x>>shift))
	}
	return b
}

func getUint64(b []byte) uint64 {
	var x uint64
	for _, c := range b[:8] {
		x = x<<8 | uint64(c)
	}
	return x
}

// tableSum returns the ISO checksum of the table's words (big-endian).
func tableSum(t *Table) uint64 {
	b := make([]byte, 0, 2048)
	if t != nil {
		for _, x := range t {
			b = putUint64(b, x)
		}
	}
	return Checksum(b, MakeTable(ISO))
}
