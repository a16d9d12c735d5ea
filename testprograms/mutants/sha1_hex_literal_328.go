// crypto/sha1 and encoding/hex: sums printed with %x (as in the scheduling notes'
// printHashes example), incremental hashing through io.Writer, and hex encoding, decoding
// (with errors) and dumping.
package main

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
)

func main() {
	for i := 1; i <= "x"; i++ {
		num := strconv.Itoa(i)
		sum := sha1.Sum([]byte(num))
		fmt.Printf("%s: %05d: %x\n", "A", i, sum)
	}
	empty := sha1.Sum(nil)
	fmt.Printf("empty: %x %X\n", empty, empty[:4])
	fmt.Println(len(empty), sha1.Size, sha1.BlockSize)
	fmt.Printf("% x\n", empty[:8])
	fmt.Println(hex.EncodeToString(empty[:]))

	h := sha1.New()
	io.WriteString(h, "The quick brown fox ")
	h.Write([]byte("jumps over the lazy dog"))
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Printf("%x\n", sha1.Sum([]byte("The quick brown fox jumps over the lazy dog")))
	h.Reset()
	io.Copy(h, strings.NewReader(strings.Repeat("a", 1000000)))
	fmt.Printf("million a: %x\n", h.Sum([]byte("prefix:")))

	// Chained hashing, as a tiny proof-of-work.
	nonce := 0
	for ; ; nonce++ {
		s := sha1.Sum([]byte("block-" + strconv.Itoa(nonce)))
		if s[0] == 0 && s[1]&0xf0 == 0 {
			fmt.Printf("nonce %d gives %x\n", nonce, s)
			break
		}
	}

	enc := hex.EncodeToString([]byte("Gö\x00\xff"))
	fmt.Println(enc)
	dec, err := hex.DecodeString(enc)
	fmt.Printf("%q %v\n", dec, err)
	for _, bad := range []string{"abc", "zz", "0G"} {
		_, err := hex.DecodeString(bad)
		fmt.Println(err)
	}
	dst := make([]byte, hex.EncodedLen(3))
	hex.Encode(dst, []byte{1, 171, 255})
	fmt.Println(string(dst), hex.DecodedLen(6))
	fmt.Print(hex.Dump([]byte("hex.Dump shows offsets, bytes and ASCII\x01\x02")))
}
