// Package sha512: SHA-384, SHA-512, SHA-512/224 and SHA-512/256 digests, computed by
// java.security.MessageDigest.
package sha512

import "hash"

const (
	// The size of a SHA-512 checksum in bytes.
	Size = 64
	// The size of a SHA-512/224 checksum in bytes.
	Size224 = 28
	// The size of a SHA-512/256 checksum in bytes.
	Size256 = 32
	// The size of a SHA-384 checksum in bytes.
	Size384 = 48
	// The blocksize of the SHA-512 family in bytes.
	BlockSize = 128
)

// Java's names of the algorithms.
const (
	alg512    = "SHA-512"
	alg384    = "SHA-384"
	alg512224 = "SHA-512/224"
	alg512256 = "SHA-512/256"
)

type digest struct {
	h    any
	alg  string
	size int
}

func newDigest(alg string, size int) hash.Hash {
	d := &digest{alg: alg, size: size}
	d.Reset()
	return d
}

// New starts a SHA-512 hash.
func New() hash.Hash { return newDigest(alg512, Size) }

// New384 starts a SHA-384 hash.
func New384() hash.Hash { return newDigest(alg384, Size384) }

// New512_224 starts a SHA-512/224 hash.
func New512_224() hash.Hash { return newDigest(alg512224, Size224) }

// New512_256 starts a SHA-512/256 hash.
func New512_256() hash.Hash { return newDigest(alg512256, Size256) }

func (d *digest) Reset()                      { d.h = newState(d.alg) }
func (d *digest) Size() int                   { return d.size }
func (d *digest) BlockSize() int              { return BlockSize }
func (d *digest) Write(p []byte) (int, error) { update(d.h, p); return len(p), nil }
func (d *digest) Sum(in []byte) []byte        { return append(in, current(d.h)...) }

// Sum512 returns the SHA-512 checksum of the data.
func Sum512(data []byte) [Size]byte {
	var a [Size]byte
	copy(a[:], digestOf(data, alg512))
	return a
}

// Sum384 returns the SHA-384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	var a [Size384]byte
	copy(a[:], digestOf(data, alg384))
	return a
}

// Sum512_224 returns the SHA-512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	var a [Size224]byte
	copy(a[:], digestOf(data, alg512224))
	return a
}

// Sum512_256 returns the SHA-512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	var a [Size256]byte
	copy(a[:], digestOf(data, alg512256))
	return a
}

func newState(alg string) any
func update(h any, p []byte)
func current(h any) []byte
func digestOf(data []byte, alg string) []byte
