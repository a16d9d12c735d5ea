// Package cipher: the interfaces of block and stream ciphers and the standard modes of operation
// (CBC, CFB, CTR, OFB, GCM) over any Block.
package cipher

import "io"

// Block is a cipher working on blocks of BlockSize bytes.
type Block interface {
	BlockSize() int
	Encrypt(dst, src []byte)
	Decrypt(dst, src []byte)
}

// Stream is a keystream cipher.
type Stream interface {
	XORKeyStream(dst, src []byte)
}

// BlockMode runs a Block over whole blocks.
type BlockMode interface {
	BlockSize() int
	CryptBlocks(dst, src []byte)
}

// AEAD is a cipher with authenticated encryption and associated data.
type AEAD interface {
	NonceSize() int
	Overhead() int
	Seal(dst, nonce, plaintext, additionalData []byte) []byte
	Open(dst, nonce, ciphertext, additionalData []byte) ([]byte, error)
}

// StreamReader decrypts (or encrypts) what it reads from R with S.
type StreamReader struct {
	S Stream
	R io.Reader
}

func (r StreamReader) Read(dst []byte) (int, error) {
	got, err := r.R.Read(dst)
	data := dst[:got]
	r.S.XORKeyStream(data, data)
	return got, err
}

// StreamWriter writes W what goes through S; Err is the first write error.
type StreamWriter struct {
	S   Stream
	W   io.Writer
	Err error
}

func (w StreamWriter) Write(src []byte) (int, error) {
	sealed := make([]byte, len(src))
	w.S.XORKeyStream(sealed, src)
	written, err := w.W.Write(sealed)
	if err == nil && written != len(src) {
		err = io.ErrShortWrite
	}
	return written, err
}

// Close closes W when it is an io.Closer.
func (w StreamWriter) Close() error {
	closer, ok := w.W.(io.Closer)
	if !ok {
		return nil
	}
	return closer.Close()
}

// xorInto sets dst[i] = a[i] ^ b[i] over the shorter of a and b; it returns how many.
func xorInto(dst, a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		dst[i] = a[i] ^ b[i]
	}
	return n
}

func checkStreamArgs(dst, src []byte) {
	if len(dst) < len(src) {
		panic("crypto/cipher: output smaller than input")
	}
}
