// math/bits: every function over edge values, with the panics of Div (recovered).
package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			err, isErr := r.(error)
			fmt.Printf("%s: panic %v (error: %v)\n", name, r, isErr && err.Error() != "")
		}
	}()
	f()
}

func main() {
	vals := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x80000000, 0xffffffff, 0x100000000, 0x123456789abcdef0, 1<<63 - 1, 1 << 63, ^uint64(0)}
	for _, v := range vals {
		fmt.Printf("%#x: lz %d %d %d %d %d tz %d %d %d %d %d ones %d %d %d %d %d len %d %d %d %d %d\n", v,
			bits.LeadingZeros(uint(v)), bits.LeadingZeros8(uint8(v)), bits.LeadingZeros16(uint16(v)), bits.LeadingZeros32(uint32(v)), bits.LeadingZeros64(v),
			bits.TrailingZeros(uint(v)), bits.TrailingZeros8(uint8(v)), bits.TrailingZeros16(uint16(v)), bits.TrailingZeros32(uint32(v)), bits.TrailingZeros64(v),
			bits.OnesCount(uint(v)), bits.OnesCount8(uint8(v)), bits.OnesCount16(uint16(v)), bits.OnesCount32(uint32(v)), bits.OnesCount64(v),
			bits.Len(uint(v)), bits.Len8(uint8(v)), bits.Len16(uint16(v)), bits.Len32(uint32(v)), bits.Len64(v))
		fmt.Printf("  rev %#x %#x %#x %#x %#x bytes %#x %#x %#x %#x\n",
			bits.Reverse(uint(v)), bits.Reverse8(uint8(v)), bits.Reverse16(uint16(v)), bits.Reverse32(uint32(v)), bits.Reverse64(v),
			bits.ReverseBytes(uint(v)), bits.ReverseBytes16(uint16(v)), bits.ReverseBytes32(uint32(v)), bits.ReverseBytes64(v))
		for _, k := range []int{0, 1, 7, -1, -9, 33, 64, 100} {
			fmt.Printf("  rot%d %#x %#x %#x %#x %#x\n", k, bits.RotateLeft(uint(v), k), bits.RotateLeft8(uint8(v), k), bits.RotateLeft16(uint16(v), k), bits.RotateLeft32(uint32(v), k), bits.RotateLeft64(v, k))
		}
	}
	for _, x := range vals {
		for _, y := range []uint64{0, 1, 0xffffffff, 1 << 63, ^uint64(0)} {
			for c := uint64(0); c < 2; c++ {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				su, cu := bits.Add(uint(x), uint(y), uint(c))
				du, bu = bits.Sub(uint(x), uint(y), uint(c))
				fmt.Println(s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
			}
			hi, lo := bits.Mul64(x, y)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			fmt.Println("mul", hi, lo, h32, l32, hu, lu)
			if y != 0 {
				h := hi % y
				q, r := bits.Div64(h, lo, y)
				fmt.Println("div", q, r, bits.Rem64(hi, lo, y), bits.Rem(uint(hi), uint(lo), uint(y)))
				if uint32(y) != 0 {
					q32, r32 := bits.Div32(uint32(h)%uint32(y), uint32(lo), uint32(y))
					fmt.Println("div32", q32, r32, bits.Rem32(uint32(hi), uint32(lo), uint32(y)))
				}
			}
		}
	}
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div overflow", func() { bits.Div(7, 0, 3) })
	try("Div32 overflow", func() { bits.Div32(3, 0, 3) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	fmt.Println(bits.UintSize)
}
