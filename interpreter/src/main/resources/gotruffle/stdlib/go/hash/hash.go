// Package hash declares the interfaces the hash implementations share.
package hash

import "io"

// Hash: an io.Writer that accumulates input and reports the digest with Sum.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash whose digest fits in a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose digest fits in a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}
