// Package adler32 implements the Adler-32 checksum (RFC 1950): two sums modulo 65521, the
// second over the running values of the first.
package adler32

import "hash"

const mod = 65521

// Size: bytes in an Adler-32 digest.
const Size = 4

// digest holds s2<<16 | s1.
type digest uint32

// New starts an Adler-32 checksum.
func New() hash.Hash32 {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset()         { *d = 1 }
func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }

func update(d digest, p []byte) digest {
	s1, s2 := uint32(d&0xffff), uint32(d>>16)
	for _, b := range p {
		s1 = (s1 + uint32(b)) % mod
		s2 = (s2 + s1) % mod
	}
	return digest(s2<<16 | s1)
}

func (d *digest) Write(p []byte) (int, error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return uint32(*d) }

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum computes the Adler-32 of data in one call.
func Checksum(data []byte) uint32 { return uint32(update(1, data)) }
