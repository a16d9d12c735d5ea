// Non-constant shifts of untyped constants (1<<s): the constant takes the type of the context,
// through the whole expression (1<<s - 1, ^(1<<s), -(1<<s), op= assignments).
package main

import "fmt"

type mask uint16

func lowBits(n uint) uint64 {
	var x uint64
	x ^= 1<<n - 1
	return x
}

func main() {
	s := uint(8)
	var a uint8 = 1<<s - 1
	var b uint16 = 1<<s + 1
	var c int8 = -(1 << (s - 2))
	var d uint32 = ^(1 << s)
	e := 1<<s*2 + 1
	var f int64 = 1<<(s*5) | 1
	var m mask = 1<<(s+4) - 1
	fmt.Println(a, b, c, d, e, f, m)
	fmt.Println(lowBits(3), lowBits(40), lowBits(64))

	bits := make([]uint64, 2)
	for i := 60; i < 68; i++ {
		bits[i/64] ^= 1<<(uint(i)&63) - 1
	}
	fmt.Printf("%x %x\n", bits[0], bits[1])

	var arr [3]uint32
	arr[1] = 1<<s | 1
	arr[2] += 1<<(s*3) + 7
	table := map[int8]bool{1<<(s-2 - 1: true}
	fmt.Println(arr, table)
	fmt.Printf("%T %T\n", 1<<s-1, ^(1 << s))
}
