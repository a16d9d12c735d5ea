// Package sha256 implements the SHA224 and SHA256 hash algorithms (java.security.MessageDigest
// underneath).
package sha256

import "hash"

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

type digest struct {
	h     any
	is224 bool
}

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash {
	d := &digest{}
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Reset() { d.h = newState(d.is224) }
func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}
func (d *digest) BlockSize() int              { return BlockSize }
func (d *digest) Write(p []byte) (int, error) { update(d.h, p); return len(p), nil }
func (d *digest) Sum(in []byte) []byte        { return append(in, current(d.h)...) }

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	var a [Size]byte
	copy(a[:], digestOf(data, false))
	return a
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	var a [Size224]byte
	copy(a[:], digestOf(data, true))
	return a
}

func newState(is224 bool) any
func update(h any, p []byte)
func current(h any) []byte
func digestOf(data []byte, is224 bool) []byte
