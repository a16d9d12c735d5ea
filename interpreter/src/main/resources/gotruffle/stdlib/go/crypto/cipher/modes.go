package cipher

// ---- CBC ----

type cbc struct {
	b       Block
	size    int
	chain   []byte // the previous ciphertext block (the IV at first)
	decrypt bool
}

func newCBC(b Block, iv []byte, decrypt bool, name string) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher." + name + ": IV length must equal block size")
	}
	return &cbc{b: b, size: b.BlockSize(), chain: append([]byte(nil), iv...), decrypt: decrypt}
}

// NewCBCEncrypter encrypts in cipher block chaining mode; iv has one block.
func NewCBCEncrypter(b Block, iv []byte) BlockMode { return newCBC(b, iv, false, "NewCBCEncrypter") }

// NewCBCDecrypter decrypts in cipher block chaining mode; iv has one block.
func NewCBCDecrypter(b Block, iv []byte) BlockMode { return newCBC(b, iv, true, "NewCBCDecrypter") }

func (m *cbc) BlockSize() int { return m.size }

func (m *cbc) CryptBlocks(dst, src []byte) {
	switch {
	case len(src)%m.size != 0:
		panic("crypto/cipher: input not full blocks")
	case len(dst) < len(src):
		panic("crypto/cipher: output smaller than input")
	}
	tmp := make([]byte, m.size)
	for off := 0; off < len(src); off += m.size {
		in, out := src[off:off+m.size], dst[off:off+m.size]
		if m.decrypt {
			next := append([]byte(nil), in...) // in and out may be the same block
			m.b.Decrypt(tmp, in)
			xorInto(out, tmp, m.chain)
			m.chain = next
		} else {
			xorInto(tmp, in, m.chain)
			m.b.Encrypt(out, tmp)
			copy(m.chain, out)
		}
	}
}

// SetIV starts the chain again from iv.
func (m *cbc) SetIV(iv []byte) {
	if len(iv) != len(m.chain) {
		panic("cipher: incorrect length IV")
	}
	copy(m.chain, iv)
}

// ---- CTR, OFB, CFB: keystreams consumed a byte at a time ----

// keystream XORs src with a stream of blocks that next makes, using what is left of the last one first.
type keystream struct {
	next func(ks []byte) // fills ks (one block) with the next block of keystream
	ks   []byte
	used int // bytes of ks already used
}

func (k *keystream) XORKeyStream(dst, src []byte) {
	checkStreamArgs(dst, src)
	for len(src) > 0 {
		if k.used == len(k.ks) {
			k.next(k.ks)
			k.used = 0
		}
		n := xorInto(dst, src, k.ks[k.used:])
		k.used += n
		dst, src = dst[n:], src[n:]
	}
}

// NewCTR: counter mode; the counter (iv, one block, big-endian) grows by one per block.
func NewCTR(b Block, iv []byte) Stream {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCTR: IV length must equal block size")
	}
	counter := append([]byte(nil), iv...)
	ks := make([]byte, len(iv))
	return &keystream{ks: ks, used: len(ks), next: func(out []byte) {
		b.Encrypt(out, counter)
		for i := len(counter) - 1; i >= 0; i-- {
			counter[i]++
			if counter[i] != 0 {
				break
			}
		}
	}}
}

// NewOFB: output feedback mode; the keystream is the IV encrypted again and again.
func NewOFB(b Block, iv []byte) Stream {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewOFB: IV length must equal block size")
	}
	ks := append([]byte(nil), iv...)
	return &keystream{ks: ks, used: len(ks), next: func(out []byte) { b.Encrypt(out, out) }}
}

type cfb struct {
	b        Block
	feedback []byte // the last block of ciphertext (the IV at first)
	pad      []byte // the encryption of feedback
	used     int
	decrypt  bool
}

func newCFB(b Block, iv []byte, decrypt bool) Stream {
	if len(iv) != b.BlockSize() {
		panic("cipher.newCFB: IV length must equal block size")
	}
	return &cfb{b: b, feedback: append([]byte(nil), iv...), pad: make([]byte, len(iv)), used: len(iv), decrypt: decrypt}
}

// NewCFBEncrypter: cipher feedback mode (whole-block segments), encrypting.
func NewCFBEncrypter(b Block, iv []byte) Stream { return newCFB(b, iv, false) }

// NewCFBDecrypter: cipher feedback mode (whole-block segments), decrypting.
func NewCFBDecrypter(b Block, iv []byte) Stream { return newCFB(b, iv, true) }

func (c *cfb) XORKeyStream(dst, src []byte) {
	checkStreamArgs(dst, src)
	for i := range src {
		if c.used == len(c.pad) {
			c.b.Encrypt(c.pad, c.feedback)
			c.used = 0
		}
		in := src[i]
		out := in ^ c.pad[c.used]
		if c.decrypt {
			c.feedback[c.used] = in
		} else {
			c.feedback[c.used] = out
		}
		dst[i] = out
		c.used++
	}
}
