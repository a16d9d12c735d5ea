// Conversions between numeric types, strings, byte and rune slices, and between named types;
// string(int) is a rune conversion (vet warns; strconv is what people mean).
package main

import (
	"fmt"
	"strconv"
)

type ID int64
type Name string
type Bytes []byte

func main() {
	// int <-> float.
	f := 3.99
	i := int(f)
	fmt.Println(i, int(-f), float64(i)/2, float32(2i)/3)
	big := int64(1<<62 + 1)
	fmt.Println(float64(big), int64(float64(big)), float32(big))
	u := uint8(250)
	fmt.Println(u+10, int(u)+10, uint16(u)<<8)

	// Between named types with the same underlying type.
	var id ID = 42
	n := int64(id) * 2
	fmt.Println(id, n, ID(n)+1)
	fmt.Printf("%T %T\n", id, n)
	nm := Name("gopher")
	fmt.Println(string(nm)+"!", len(nm), nm[0], Name(string(nm)+"s"))
	bs := Bytes("abc")
	fmt.Println(bs, string(bs), []byte(bs))

	// Numbers to strings: strconv versus rune conversion.
	x := 65
	fmt.Println(strconv.Itoa(x), string(rune(x)), fmt.Sprint(x), strconv.Quote(string(rune(x))))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.FormatInt(35, 36))
	y, err := strconv.Atoi("-123")
	fmt.Println(y, err, y*2)
	z, err := strconv.ParseInt("7fffffffffffffff", 16, 64)
	fmt.Println(z, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	fl, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(fl, strconv.FormatFloat(fl, 'f', 2, 64))

	// Strings, bytes and runes.
	s := "Gö!"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, r, len(b), len(r))
	fmt.Println(string(b[1:3]), string(r[1]), string(r[1:]))
	var ch byte = 'A' + 2
	var rn rune = 'a' + 25
	fmt.Println(ch, rn, string(ch), string(rn), string(rune(ch)+1))
	digits := ""
	for d := 0; d < 10; d++ {
		digits += string(rune('0' + d))
	}
	fmt.Println(digits)

	// Interface conversions.
	var any interface{} = id
	if v, ok := any.(ID); ok {
		fmt.Println("ID", v)
	}
	if _, ok := any.(int64); !ok {
		fmt.Println("not an int64: the dynamic type is", fmt.Sprintf("%T", any))
	}
	var st fmt.Stringer = nil
	fmt.Println(st == nil)

	// Conversions of constants happen at compile time, exactly.
	const c = 1 << 40
	fmt.Println(float32(c), int64(c)>>38, uint8(c>>35))
	fmt.Println(float64(1)/3*3 == 1, 0.1+0.2 == 0.3)
	a, bb := 0.1, 0.2
	fmt.Println(a+bb == 0.3, a+bb)
}
