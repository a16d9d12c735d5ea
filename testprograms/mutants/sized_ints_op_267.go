// Sized integers: wrap-around on overflow for every width, conversions that truncate or
// sign-extend, shifts (including counts at or beyond the width), bit operators, and the
// truncating division and remainder rules, including MinInt64 / -1.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = math.MaxInt16
	i16 += 2
	var u16 uint16 = 65535
	u16 *= 2
	var i32 int32 = math.MaxInt32
	i32 = i32*2 + 5
	var u32 uint32 = 1 << 31
	u32 <<= 1
	var i64 int64 = math.MaxInt64
	i64++
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println("wrapped:", i8, u8, i16, u16, i32, u32, i64, u64)

	// Multiplication overflow keeps the low bits.
	var m32 int32 = 123456789
	fmt.Println("m32*m32:", m32*m32)
	var m64 int64 = 3037000500
	fmt.Println("m64*m64:", m64*m64)
	var um uint64 = 0xDEADBEEFCAFEBABE
	fmt.Println("um*um:", um*um, um*0x10)

	// Conversions.
	big := 0x1234_5678_9ABC_DEF0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var b byte = 200
	fmt.Println(int8(b), int(int8(b)), int64(b), rune(b))
	var r rune = -2
	fmt.Println(uint32(r), int8(r), uint8(r))

	// Unary minus wraps too.
	var minI8 int8 = -128
	fmt.Println(-minI8, minI8/-1, minI8%-1)
	minI64 := int64(math.MinInt64)
	minusOne := int64(-1)
	fmt.Println("MinInt64/-1:", minI64/minusOne, "MinInt64%-1:", minI64%minusOne, "-MinInt64:", -minI64)

	// Division truncates toward zero; the remainder has the sign of the dividend.
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Printf("%d/%d=%d %d%%%d=%d  ", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1>=)
	}
	fmt.Println()

	// Shifts.
	var one uint8 = 1
	for _, s := range []uint{0, 1, 7, 8, 9, 100} {
		fmt.Print(one<<s, " ")
	}
	fmt.Println()
	var sneg int32 = -1024
	for _, s := range []uint{1, 4, 31, 32, 200} {
		fmt.Print(sneg>>s, " ")
	}
	fmt.Println()
	var uneg uint32 = 0xF000_0000
	fmt.Println(uneg>>4, uneg>>28, uneg<<4, uint64(uneg)<<4)
	shift := 3
	fmt.Println(1<<shift, int8(1)<<shift<<4, -8>>1)

	// Bit operators.
	x, y := 0b1100_1010, 0b1010_0110
	fmt.Printf("and=%08b or=%08b xor=%08b andnot=%08b not=%d\n", x&y, x|y, x^y, x&^y, ^x)
	var ux uint8 = 0b1100_1010
	fmt.Printf("^uint8=%08b -uint8=%d\n", ^ux, -ux)

	// Sums that overflow silently in loops.
	var h uint32 = 2166136261
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32a:", h)
	var acc int16
	for k := 0; k < 1000; k++ {
		acc += int16(k * 37)
	}
	fmt.Println("int16 acc:", acc)
	var ui uint = 3
	var uj uint = 5
	fmt.Println("uint 3-5:", ui-uj == math.MaxUint64-1, uint32(ui)-uint32(uj))
	fmt.Printf("%T %T %T %T\n", b, r, ui, uintptr(7))
}
