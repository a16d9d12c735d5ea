// Constants: iota patterns, typed and untyped constants, exact arithmetic on untyped
// constants far beyond 64 bits, and constant expressions converted at the end.
package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

type ByteSize float64

const (
	_           = iota // skip zero
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10 // two per line share iota
	c, d
	e, f
)

const (
	flagA = 1 << iota
	flagB
	_
	flagD
	flagAll = flagA | flagB | flagD
)

const 
	x0 = "x"
	x1 // repeats "x"
	x2 = iota
	x3
)

const (
	Huge   = 1 << 100
	Small  = Huge >> 98
	Third  = 1.0 / 3
	Exact  = Third * 3 // exactly 1 with untyped arithmetic
	BigF   = 1e300 * 1e300 / 1e300
	IntDiv = 7 / 2
	FltDiv = 7 / 2.0
	Mixed  = 'a' + 1 // untyped rune
	Str    = "con" + "cat"
	Cond   = len(Str) > 5 && Small == 4
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday, int(Saturday))
	fmt.Printf("%v %d %T\n", Friday, Friday, Friday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(flagA, flagB, flagD, flagAll)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println("Small:", Small, "Exact:", Exact, "BigF:", BigF)
	fmt.Println("IntDiv:", IntDiv, "FltDiv:", FltDiv)
	fmt.Println("Mixed:", Mixed, string(rune(Mixed)))
	fmt.Printf("Mixed type: %T\n", Mixed)
	fmt.Println("Str:", Str, len(Str), "Cond:", Cond)
	fmt.Println("Huge/2^90:", Huge/(1<<90))
	fmt.Println("MaxUint64:", uint64(math.MaxUint64))
	fmt.Println("MaxInt64:", math.MaxInt64, "MinInt64:", math.MinInt64)
	fmt.Println("MaxInt8..:", math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MaxUint16)
	fmt.Println("Pi:", math.Pi, float32(math.Pi))
	const typed int8 = 100
	var v = typed / 3
	fmt.Printf("%T %v\n", v, v)
	const bigShift = 1 << 62
	fmt.Println(bigShift, bigShift>>60)
	var fl float32 = 1 << 24
	fmt.Println(fl, fl+1)
	var defaultType = 1 << 10
	var defaultFloat = 2.5
	var defaultRune = 'z'
	var defaultComplex = 2i
	fmt.Printf("%T %T %T %T\n", defaultType, defaultFloat, defaultRune, defaultComplex)
	// Constant expressions are evaluated exactly, then converted.
	fmt.Println(int64(Huge/Huge*9_000_000_000_000_000_000/10), uint8(255+1-1))
}
