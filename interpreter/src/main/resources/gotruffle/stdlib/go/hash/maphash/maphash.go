// Package maphash: seeded hashes of byte strings, for hash tables. A hash depends only on the
// seed and the bytes written (not on how they were split into writes); seeds are random, so
// values differ between processes, as in Go.
package maphash

import (
	"crypto/rand"
	"encoding/binary"
)

// Seed picks one of the hash functions; make one with MakeSeed.
type Seed struct {
	s uint64
}

// MakeSeed picks a seed at random.
func MakeSeed() Seed {
	var b [8]byte
	for {
		rand.Read(b[:])
		if s := binary.LittleEndian.Uint64(b[:]); s != 0 {
			return Seed{s: s}
		}
	}
}

const (
	mixPrime  = 0x100000001b3 // FNV-1a's 64-bit prime: every byte moves every later bit
	finalMul1 = 0xff51afd7ed558ccd
	finalMul2 = 0xc4ceb9fe1a85ec53
)

func mustBeMade(s Seed) {
	if s.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
}

func absorb(state uint64, b byte) uint64 { return (state ^ uint64(b)) * mixPrime }

// finish spreads the state's bits over the whole word (MurmurHash3's finalizer).
func finish(state uint64) uint64 {
	state ^= state >> 33
	state *= finalMul1
	state ^= state >> 33
	state *= finalMul2
	return state ^ state>>33
}

// Hash computes a seeded hash of the bytes written to it; the zero Hash picks a random seed at
// its first use.
type Hash struct {
	seed  Seed
	state uint64
}

func (h *Hash) init() {
	if h.seed.s == 0 {
		h.seed = MakeSeed()
		h.state = h.seed.s
	}
}

// Seed is h's seed (chosen now when h has none yet).
func (h *Hash) Seed() Seed {
	h.init()
	return h.seed
}

// SetSeed makes h hash with seed, forgetting what was written.
func (h *Hash) SetSeed(seed Seed) {
	mustBeMade(seed)
	h.seed, h.state = seed, seed.s
}

// Reset forgets what was written; the seed stays.
func (h *Hash) Reset() {
	h.init()
	h.state = h.seed.s
}

func (h *Hash) WriteByte(b byte) error {
	h.init()
	h.state = absorb(h.state, b)
	return nil
}

func (h *Hash) Write(b []byte) (int, error) {
	h.init()
	for _, c := range b {
		h.state = absorb(h.state, c)
	}
	return len(b), nil
}

func (h *Hash) WriteString(s string) (int, error) {
	h.init()
	for i := 0; i < len(s); i++ {
		h.state = absorb(h.state, s[i])
	}
	return len(s), nil
}

// Sum64 is the hash of what was written since the seed was set or h was reset.
func (h *Hash) Sum64() uint64 {
	h.init()
	return finish(h.state)
}

// Sum appends Sum64's 8 bytes, least significant first.
func (h *Hash) Sum(b []byte) []byte {
	return binary.LittleEndian.AppendUint64(b, h.Sum64())
}

func (h *Hash) Size() int      { return 8 }
func (h *Hash) BlockSize() int { return 128 }

// Bytes is the hash of b with seed: the Sum64 of a Hash with that seed after Write(b).
func Bytes(seed Seed, b []byte) uint64 {
	var h Hash
	h.SetSeed(seed)
	h.Write(b)
	return h.Sum64()
}

// String is the hash of s with seed: the Sum64 of a Hash with that seed after WriteString(s).
func String(seed Seed, s string) uint64 {
	var h Hash
	h.SetSeed(seed)
	h.WriteString(s)
	return h.Sum64()
}
