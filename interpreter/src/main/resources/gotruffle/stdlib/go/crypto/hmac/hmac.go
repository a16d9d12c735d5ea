// Package hmac implements the keyed-hash message authentication code of FIPS 198 over any
// hash.Hash: H((K ^ opad) || H((K ^ ipad) || message)).
package hmac

import "hash"

type hmacDigest struct {
	ipad, opad   []byte
	inner, outer hash.Hash
}

// New starts an HMAC keyed with key over the hash h makes.
func New(h func() hash.Hash, key []byte) hash.Hash {
	hm := &hmacDigest{inner: h(), outer: h()}
	bs := hm.inner.BlockSize()
	if len(key) > bs {
		// A key longer than a block is replaced by its hash.
		hm.outer.Write(key)
		key = hm.outer.Sum(nil)
	}
	hm.ipad = make([]byte, bs)
	hm.opad = make([]byte, bs)
	copy(hm.ipad, key)
	copy(hm.opad, key)
	for i := range hm.ipad {
		hm.ipad[i] ^= 0x36
		hm.opad[i] ^= 0x5c
	}
	hm.inner.Write(hm.ipad)
	return hm
}

func (h *hmacDigest) Write(p []byte) (int, error) { return h.inner.Write(p) }
func (h *hmacDigest) Size() int                   { return h.outer.Size() }
func (h *hmacDigest) BlockSize() int              { return h.inner.BlockSize() }

// Sum appends the MAC to in without changing the running state.
func (h *hmacDigest) Sum(in []byte) []byte {
	n := len(in)
	in = h.inner.Sum(in)
	h.outer.Reset()
	h.outer.Write(h.opad)
	h.outer.Write(in[n:])
	return h.outer.Sum(in[:n])
}

func (h *hmacDigest) Reset() {
	h.inner.Reset()
	h.inner.Write(h.ipad)
}

// Equal compares two MACs for equality (in time that depends only on their lengths).
func Equal(mac1, mac2 []byte) bool {
	if len(mac1) != len(mac2) {
		return false
	}
	var v byte
	for i := range mac1 {
		v |= mac1[i] ^ mac2[i]
	}
	return v == 0
}
