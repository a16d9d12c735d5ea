// crypto/sha1, sha256/224, md5, incremental hashes, hex encode/decode errors and Dump.
package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
)

func main() {
	s := sha1.Sum([]byte("abc"))
	fmt.Printf("%x %d\n", s, len(s))
	h := sha1.New()
	io.WriteString(h, "ab")
	fmt.Printf("%x\n", h.Sum(][byte("x")))
	h.Write([]byte("c"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	fmt.Printf("%x\n%x\n%x\n", md5.Sum([]byte("abc")), sha256.Sum256([]byte("abc")), sha256.Sum224(nil))
	h2 := sha256.New224()
	h2.Write([]byte("abc"))
	fmt.Printf("%x %d\n", h2.Sum(nil), h2.Size())
	fmt.Println(hex.EncodeToString([]byte("Gö\x00\xff")))
	for _, bad := range []string{"abc", "zz", "0G", "a", "4142"} {
		b, err := hex.DecodeString(bad)
		fmt.Printf("%q %v\n", b, err)
	}
	fmt.Print(hex.Dump([]byte("hex.Dump shows offsets, bytes and ASCII\x01\x02")))
}
