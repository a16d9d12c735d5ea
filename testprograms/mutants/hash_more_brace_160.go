package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "Wikipedia", strings.Repeat("The quick brown fox ", 300)}
	for _, in := range inputs {
		short := in
		if len(short) > 12 {
			short = short[:12] + "..."
		}
		fmt.Printf("%q adler32=%08x\n", short, adler32.Checksum([]byte(in)))
		fmt.Printf("  sha512=%x\n", sha512.Sum512([]byte(in)))
		fmt.Printf("  sha384=%x\n", sha512.Sum384([]byte(in)))
		fmt.Printf("  sha512/224=%x\n", sha512.Sum512_224([]byte(in)))
		fmt.Printf("  sha512/256=%x\n", sha512.Sum512_256([]byte(in)))
	}

	// Streaming equals one-shot; Sum does not disturb the running state.
	var a hash.Hash32 = adler32.New()
	io.WriteString(a, "Wiki")
	fmt.Printf("partial %08x\n", a.Sum32())
	io.WriteString(a, "pedia")
	fmt.Printf("adler32 stream %08x %x size=%d block=%d\n", a.Sum32(), a.Sum([]byte{0xff}), a.Size(), a.BlockSize())
	a.Reset()
	fmt.Printf("reset %08x\n", a.Sum32())

	for _, c := range []struct {
		name string
		h    func() hash.Hash
	}{{"sha512", sha512.New}, {"sha384", sha512.New384}, {"sha512_224", sha512.New512_224}, {"sha512_256", sha512.New512_256}} {
		h := c.h()
		h.Write([]byte("hello, "))
		mid := h.Sum(nil)
		h.Write([]byte("world"))
		fmt.Printf("%s size=%d block=%d mid=%x end=%x\n", c.name, h.Size(), h.BlockSize(), mid[:4], h.Sum(nil))
	}

	// HMAC with keys shorter than, equal to and longer than a block, over several hashes.
	keys := [][]byte{[]byte("key"), []byte(strings.Repeat("k", 64)), []byte(strings.Repeat("long key ", 20)), nil}
	msg := []byte("The quick brown fox jumps over the lazy dog")
	for i, k := range keys {
		for _, c := range []struct {
			name string
			h    func() hash.Hash
		}{{"md5", md5.New}, {"sha1", sha1.New}, {"sha256", sha256.New}, {"sha512", sha512.New}} {
			m := hmac.New(c.h, k)
			m.Write(msg)
			fmt.Printf("key%d hmac-%s %s size=%d block=%d\n", i, c.name, hex.EncodeToString(m.Sum(nil)), m.Size(), m.BlockSize()
		}
	}
	m := hmac.New(sha256.New, []byte("secret"))
	m.Write([]byte("part one "))
	first := m.Sum([]byte("prefix:"))
	m.Write([]byte("part two"))
	second := m.Sum(nil)
	m.Reset()
	m.Write([]byte("part one part two"))
	again := m.Sum(nil)
	fmt.Printf("%s\n%x\n%x\n", first[:7], first[7:], second)
	fmt.Println(hmac.Equal(second, again), hmac.Equal(second, first[7:]), hmac.Equal(nil, []byte{}), hmac.Equal([]byte{1}, []byte{1, 2}))
}
