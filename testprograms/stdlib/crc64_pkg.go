// hash/crc64: tables, checksums, the hash.Hash64 and its marshaled state.
package main

import (
	"encoding"
	"fmt"
	"hash/crc64"
	"io"
	"strings"
)

func main() {
	iso, ecma := crc64.MakeTable(crc64.ISO), crc64.MakeTable(crc64.ECMA)
	fmt.Println(iso == crc64.MakeTable(crc64.ISO), ecma == crc64.MakeTable(crc64.ECMA), iso[1], ecma[255])
	custom := crc64.MakeTable(0x95AC9329AC4BC9B5)
	fmt.Println(custom == crc64.MakeTable(0x95AC9329AC4BC9B5), custom[128])
	long := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 500)
	for _, s := range []string{"", "a", "hello, world", "123456789", long} {
		b := []byte(s)
		fmt.Printf("%016x %016x %016x\n", crc64.Checksum(b, iso), crc64.Checksum(b, ecma), crc64.Checksum(b, custom))
	}
	// Update in pieces equals one checksum.
	crc := uint64(0)
	for i := 0; i < len(long); i += 77 {
		end := i + 77
		if end > len(long) {
			end = len(long)
		}
		crc = crc64.Update(crc, ecma, []byte(long[i:end]))
	}
	fmt.Println(crc == crc64.Checksum([]byte(long), ecma))

	h := crc64.New(ecma)
	io.WriteString(h, "hello, ")
	fmt.Println(h.Size(), h.BlockSize(), h.Sum64())
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Printf("%q %v\n", state, err)
	io.WriteString(h, "world")
	fmt.Printf("%x %x\n", h.Sum(nil), h.Sum([]byte("prefix")))
	h2 := crc64.New(ecma)
	fmt.Println(h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state))
	io.WriteString(h2, "world")
	fmt.Println(h2.Sum64() == h.Sum64())
	h.Reset()
	fmt.Println(h.Sum64())
	u := crc64.New(iso).(encoding.BinaryUnmarshaler)
	fmt.Println(u.UnmarshalBinary(state))
	fmt.Println(u.UnmarshalBinary([]byte("crc")))
	fmt.Println(u.UnmarshalBinary([]byte("crc\x01xxxxxxxxxxxxxxxx")))
	fmt.Println(u.UnmarshalBinary(state[:10]))
	fmt.Println(u.UnmarshalBinary(append(state, 0)))

	defer func() { fmt.Println("recovered:", recover()) }()
	crc64.Checksum([]byte("x"), nil)
}
