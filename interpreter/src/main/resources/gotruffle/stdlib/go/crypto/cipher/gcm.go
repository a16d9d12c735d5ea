package cipher

import (
	"encoding/binary"
	"errors"
)

// gcm is Galois/Counter Mode (NIST SP 800-38D) over a 16-byte block cipher.
type gcm struct {
	b         Block
	h         [2]uint64 // the hash key E(0^128), big-endian halves
	nonceSize int
	tagSize   int
}

const (
	gcmBlockSize         = 16
	gcmStandardNonceSize = 12
	gcmTagSize           = 16
	gcmMinimumTagSize    = 12
)

var errOpen = errors.New("cipher: message authentication failed")

// NewGCM: GCM with the standard 12-byte nonce and 16-byte tag.
func NewGCM(b Block) (AEAD, error) { return newGCM(b, gcmStandardNonceSize, gcmTagSize) }

// NewGCMWithNonceSize: GCM with another nonce length (for compatibility only).
func NewGCMWithNonceSize(b Block, size int) (AEAD, error) { return newGCM(b, size, gcmTagSize) }

// NewGCMWithTagSize: GCM with a tag of 12 to 16 bytes.
func NewGCMWithTagSize(b Block, tagSize int) (AEAD, error) {
	return newGCM(b, gcmStandardNonceSize, tagSize)
}

func newGCM(b Block, nonceSize, tagSize int) (AEAD, error) {
	switch {
	case tagSize < gcmMinimumTagSize || tagSize > gcmBlockSize:
		return nil, errors.New("cipher: incorrect tag size given to GCM")
	case nonceSize <= 0:
		return nil, errors.New("cipher: the nonce can't have zero length, or the security of the key will be immediately compromised")
	case b.BlockSize() != gcmBlockSize:
		return nil, errors.New("cipher: NewGCM requires 128-bit block cipher")
	}
	g := &gcm{b: b, nonceSize: nonceSize, tagSize: tagSize}
	var key [gcmBlockSize]byte
	b.Encrypt(key[:], key[:])
	g.h = [2]uint64{binary.BigEndian.Uint64(key[:8]), binary.BigEndian.Uint64(key[8:])}
	return g, nil
}

func (g *gcm) NonceSize() int { return g.nonceSize }
func (g *gcm) Overhead() int  { return g.tagSize }

// mul sets y to y·h in GF(2^128) with GCM's bit order (bit 0 is the top bit of the first byte).
func (g *gcm) mul(y *[2]uint64) {
	var z [2]uint64
	v := g.h
	for i := 0; i < 128; i++ {
		word := y[0]
		if i >= 64 {
			word = y[1]
		}
		if word&(1<<(63-uint(i%64))) != 0 {
			z[0] ^= v[0]
			z[1] ^= v[1]
		}
		low := v[1] & 1
		v[1] = v[1]>>1 | v[0]<<63
		v[0] >>= 1
		if low != 0 {
			v[0] ^= 0xe1 << 56
		}
	}
	*y = z
}

// ghashUpdate absorbs data, zero-padded to whole blocks, into y.
func (g *gcm) ghashUpdate(y *[2]uint64, data []byte) {
	for len(data) > 0 {
		var blk [gcmBlockSize]byte
		n := copy(blk[:], data)
		data = data[n:]
		y[0] ^= binary.BigEndian.Uint64(blk[:8])
		y[1] ^= binary.BigEndian.Uint64(blk[8:])
		g.mul(y)
	}
}

// counter0 is J0: the nonce with a 32-bit counter of 1, or the GHASH of a nonce of another length.
func (g *gcm) counter0(nonce []byte) [gcmBlockSize]byte {
	var j0 [gcmBlockSize]byte
	if len(nonce) == gcmStandardNonceSize {
		copy(j0[:], nonce)
		j0[gcmBlockSize-1] = 1
		return j0
	}
	var y [2]uint64
	g.ghashUpdate(&y, nonce)
	y[1] ^= uint64(len(nonce)) * 8
	g.mul(&y)
	binary.BigEndian.PutUint64(j0[:8], y[0])
	binary.BigEndian.PutUint64(j0[8:], y[1])
	return j0
}

// ctr XORs src into dst with the keystream E(ctr), E(ctr+1), ... (the low 32 bits count).
func (g *gcm) ctr(dst, src []byte, ctr [gcmBlockSize]byte) {
	var ks [gcmBlockSize]byte
	for len(src) > 0 {
		g.b.Encrypt(ks[:], ctr[:])
		binary.BigEndian.PutUint32(ctr[12:], binary.BigEndian.Uint32(ctr[12:])+1)
		n := xorInto(dst, src, ks[:])
		dst, src = dst[n:], src[n:]
	}
}

// tag is GHASH(aad, ciphertext, lengths) XOR E(J0); Seal and Open use its first tagSize bytes.
func (g *gcm) tag(j0 [gcmBlockSize]byte, ciphertext, aad []byte) [gcmBlockSize]byte {
	var y [2]uint64
	g.ghashUpdate(&y, aad)
	g.ghashUpdate(&y, ciphertext)
	y[0] ^= uint64(len(aad)) * 8
	y[1] ^= uint64(len(ciphertext)) * 8
	g.mul(&y)
	var t, mask [gcmBlockSize]byte
	binary.BigEndian.PutUint64(t[:8], y[0])
	binary.BigEndian.PutUint64(t[8:], y[1])
	g.b.Encrypt(mask[:], j0[:])
	xorInto(t[:], t[:], mask[:])
	return t
}

// grow returns in extended by n bytes (reusing its capacity) and the n new bytes.
func grow(in []byte, n int) (whole, added []byte) {
	if total := len(in) + n; cap(in) >= total {
		whole = in[:total]
	} else {
		whole = make([]byte, total)
		copy(whole, in)
	}
	return whole, whole[len(in):]
}

const gcmMaxPlaintext = (1<<32 - 2) * gcmBlockSize

func (g *gcm) Seal(dst, nonce, plaintext, additionalData []byte) []byte {
	if len(nonce) != g.nonceSize {
		panic("crypto/cipher: incorrect nonce length given to GCM")
	}
	if uint64(len(plaintext)) > gcmMaxPlaintext {
		panic("crypto/cipher: message too large for GCM")
	}
	whole, out := grow(dst, len(plaintext)+g.tagSize)
	j0 := g.counter0(nonce)
	first := j0
	binary.BigEndian.PutUint32(first[12:], binary.BigEndian.Uint32(first[12:])+1)
	g.ctr(out, plaintext, first)
	t := g.tag(j0, out[:len(plaintext)], additionalData)
	copy(out[len(plaintext):], t[:g.tagSize])
	return whole
}

func (g *gcm) Open(dst, nonce, ciphertext, additionalData []byte) ([]byte, error) {
	if len(nonce) != g.nonceSize {
		panic("crypto/cipher: incorrect nonce length given to GCM")
	}
	if len(ciphertext) < g.tagSize || uint64(len(ciphertext)) > gcmMaxPlaintext+uint64(g.tagSize) {
		return nil, errOpen
	}
	body, sent := ciphertext[:len(ciphertext)-g.tagSize], ciphertext[len(ciphertext)-g.tagSize:]
	j0 := g.counter0(nonce)
	want := g.tag(j0, body, additionalData)
	whole, out := grow(dst, len(body))
	if !sameTag(want[:g.tagSize], sent) {
		for i := range out {
			out[i] = 0 // nothing of an unauthenticated message is left behind
		}
		return nil, errOpen
	}
	first := j0
	binary.BigEndian.PutUint32(first[12:], binary.BigEndian.Uint32(first[12:])+1)
	g.ctr(out, body, first)
	return whole, nil
}

// sameTag compares without an early exit, so the time does not tell how much of a forged tag was right.
func sameTag(a, b []byte) bool {
	var diff byte
	for i := range a {
		diff |= a[i] ^ b[i]
	}
	return diff == 0
}
