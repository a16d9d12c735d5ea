package main

import (
	"fmt"
	"hash"
	"hash/maphash"
)

func main() {
	seed := maphash.MakeSeed()
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString("hello, ")
	h.Write([]byte("world"))
	h.WriteByte('!')
	a := h.Sum64()
	fmt.Println(a == maphash.String(seed, "hello, world!"), a == maphash.Bytes(seed, []byte("hello, world!")))
	h.Reset()
	fmt.Println(h.Sum64() == maphash.String(seed, ""), h.Seed() == seed)
	other := maphash.MakeSeed()
	fmt.Println(other == seed, maphash.String(other, "x") == maphash.String(seed, "x"))
	var z maphash.Hash
	z.WriteString("abc")
	fmt.Println(z.Seed() != maphash.Seed{}, z.Sum64() == maphash.String(z.Seed(), "abc"))
	fmt.Println(len(h.Sum([]byte{1, 2})), h.Size(), h.BlockSize())
	var hh hash.Hash64 = &h
	_ = hh
	seen := map[uint64]string{}
	collisions := 0
	for i := 0; i < 20000; i++ {
		s := fmt.Sprint("key", i)
		v := maphash.String(seed, s)
		if _, dup := seen[v]; dup {
			collisions++
		}
		seen[v] = s
	}
	fmt.Println("collisions:", collisions)
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad maphash.Hash
	bad.SetSeed(maphash.Seed{})
}
