// Named (defined) types versus aliases: methods on non-struct named types, explicit
// conversions between types with identical underlying types, assignability of untyped
// constants, and %T of every kind of type.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string) Set  { s[k] = true; return s }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int) int

func (o Op) Twice() Op { return func(x int) int { return o(o(x)) } }

type Upper string

func (u Upper) Shout() string { return strings.ToUpper(string(u)) + "!" }

type MyInt = int // alias: the same type as int
type Meters int  // a new type

type Pair struct{ A, B int }
type OtherPair Pair // same underlying type, no methods of Pair

func (p Pair) Sum() int { return p.A + p.B }

func main() {
	boiling := Celsius(100)
	fmt.Println(boiling, boiling.ToF(), Fahrenheit(-40).ToC(), float64(boiling.ToF()))
	fmt.Printf("%v %.2f %T %T\n", boiling, boiling, boiling, boiling.ToF())

	var l IntList
	for i := 1; i <= 4; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.Sum(), len(l), IntList([]int{7, 8}).Sum())

	s := Set{}
	s.Add("x").Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))

	inc := Op(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice()(10), inc.Twice().Twice()(0))

	fmt.Println(Upper("hey").Shout())

	var a MyInt = 5
	var b int = a // no conversion needed for an alias
	var m Meters = 5
	var n int = int(m) // conversion needed
	fmt.Println(a+b, m*2, n)
	fmt.Printf("%T %T\n", a, m)

	p := Pair{1, 2}
	op := OtherPair(p)
	fmt.Println(p.Sum(), op, Pair(op).Sum())
	fmt.Printf("%T %T %+v\n", p, op, op)

	// Untyped constants adapt to the named type.
	var temp Celsius = 36.6
	temp += 1
	const limit = 40
	fmt.Println(temp, temp < limit, Celsius(limit))

	// %T of many kinds.
	var e error
	var iface interface{} = 3.0
	ch := make(chan int)
	var ro <-chan string
	var so chan<- bool
	values := []interface{}{1, int8(1), uint(1), 1.0, float32(1), 1i, "s", 'r', byte(1), true, nil,
		[]int{}, [2]bool{}, map[string][]int{}, &p, struct{ X int }{}, ch, ro, so, e, iface,
		func(int, ...string) (bool, error) { return false, nil }, l, s, inc, struct{}{}, []interface{}{}, new(*int)}
	for i, v := range values {
		fmt.Printf("%2d %T\n", i, v)
	}
}
