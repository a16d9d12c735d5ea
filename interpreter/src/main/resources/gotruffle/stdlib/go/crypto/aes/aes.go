// Package aes: the AES block cipher (FIPS 197), one 16-byte block at a time through the JDK's
// "AES/ECB/NoPadding"; the modes of operation are crypto/cipher's.
package aes

import (
	"crypto/cipher"
	"strconv"
)

// BlockSize is AES's block length in bytes.
const BlockSize = 16

// KeySizeError: an AES key must have 16, 24 or 32 bytes.
type KeySizeError int

func (k KeySizeError) Error() string {
	return "crypto/aes: invalid key size " + strconv.Itoa(int(k))
}

type block struct {
	keys any // the JDK's ciphers for this key, one per direction
}

// NewCipher returns AES-128, AES-192 or AES-256 for a key of 16, 24 or 32 bytes.
func NewCipher(key []byte) (cipher.Block, error) {
	if n := len(key); n != 16 && n != 24 && n != 32 {
		return nil, KeySizeError(n)
	}
	return &block{keys: expandKey(key)}, nil
}

func (b *block) BlockSize() int { return BlockSize }

func (b *block) Encrypt(dst, src []byte) { b.crypt(dst, src, false) }

func (b *block) Decrypt(dst, src []byte) { b.crypt(dst, src, true) }

func (b *block) crypt(dst, src []byte, decrypt bool) {
	switch {
	case len(src) < BlockSize:
		panic("crypto/aes: input not full block")
	case len(dst) < BlockSize:
		panic("crypto/aes: output not full block")
	}
	cryptBlock(b.keys, dst[:BlockSize], src[:BlockSize], decrypt)
}

// Natives.
func expandKey(key []byte) any
func cryptBlock(keys any, dst, src []byte, decrypt bool)
