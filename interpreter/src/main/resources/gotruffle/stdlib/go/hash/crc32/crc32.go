// Package crc32: the 32-bit cyclic redundancy check. The IEEE and Castagnoli tables are
// computed by Java natives (the JDK's CRC32 and CRC32C when starting from zero); other tables
// are used as they are, in Go.
package crc32

import "hash"

// Size: bytes in a CRC-32.
const Size = 4

// Predefined polynomials (reversed notation).
const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

// Table holds one precomputed entry per byte value for a polynomial.
type Table [256]uint32

// IEEETable is the Table of the IEEE polynomial, built at start-up.
var IEEETable = simpleMakeTable(IEEE)

var castagnoliTable = simpleMakeTable(Castagnoli)

func simpleMakeTable(poly uint32) *Table {
	t := new(Table)
	for i := 0; i < 256; i++ {
		crc := uint32(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// MakeTable returns the table of poly (the same table for IEEE and for Castagnoli each time).
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		return castagnoliTable
	}
	return simpleMakeTable(poly)
}

// Update continues crc over p using tab.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	switch tab {
	case IEEETable:
		return update(crc, IEEE, p)
	case castagnoliTable:
		return update(crc, Castagnoli, p)
	}
	crc = ^crc
	for _, v := range p {
		crc = tab[byte(crc)^v] ^ (crc >> 8)
	}
	return ^crc
}

// update runs the CRC of the polynomial over p in Java.
func update(crc uint32, poly uint32, p []byte) uint32

// Checksum computes the CRC-32 of data with tab's polynomial.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE computes the CRC-32 of data with the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return update(0, IEEE, data) }

// New starts a CRC-32 with tab's polynomial.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE starts a CRC-32 with the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

type digest struct {
	crc uint32
	tab *Table
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}
