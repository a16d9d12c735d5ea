// Package sha256: SHA-224 and SHA-256 digests, computed by java.security.MessageDigest.
package sha256

import "hash"

// Size: bytes in a SHA-256 digest.
const Size = 32

// Size224: bytes in a SHA-224 digest.
const Size224 = 28

// BlockSize: input block length of both SHA-256 and SHA-224.
const BlockSize = 64

type digest struct {
	h     any
	is224 bool
}

// New starts a SHA-256 hash.
func New() hash.Hash {
	d := &digest{}
	d.Reset()
	return d
}

// New224 starts a SHA-224 hash.
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

// Sum256 hashes data with SHA-256 in one call.
func Sum256(data []byte) [Size]byte {
	var a [Size]byte
	copy(a[:], digestOf(data, false))
	return a
}

// Sum224 hashes data with SHA-224 in one call.
func Sum224(data []byte) [Size224]byte {
	var a [Size224]byte
	copy(a[:], digestOf(data, true))
	return a
}

func newState(is224 bool) any
func update(h any, p []byte)
func current(h any) []byte
func digestOf(data []byte, is224 bool) []byte
