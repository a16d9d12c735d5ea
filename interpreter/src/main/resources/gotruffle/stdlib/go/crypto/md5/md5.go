// Package md5 implements the MD5 hash algorithm (java.security.MessageDigest underneath).
package md5

import "hash"

// The size of a MD5 checksum in bytes.
const Size = 16

// BlockSize: MD5 input block length.
const BlockSize = 64

type digest struct {
	h any
}

// New starts an MD5 hash.
func New() hash.Hash {
	d := &digest{}
	d.Reset()
	return d
}

func (d *digest) Reset()                      { d.h = newState() }
func (d *digest) Size() int                   { return Size }
func (d *digest) BlockSize() int              { return BlockSize }
func (d *digest) Write(p []byte) (int, error) { update(d.h, p); return len(p), nil }
func (d *digest) Sum(in []byte) []byte        { return append(in, current(d.h)...) }

// Sum hashes data with MD5 in one call.
func Sum(data []byte) [Size]byte {
	var a [Size]byte
	copy(a[:], digestOf(data))
	return a
}

func newState() any
func update(h any, p []byte)
func current(h any) []byte
func digestOf(data []byte) []byte
