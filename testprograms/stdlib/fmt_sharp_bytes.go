// %#v of a []byte operand names it []byte (Go's printArg takes it apart); a []byte inside another
// value, a named byte slice and a byte array print their reflect names.
package main

import (
	"fmt"
	"reflect"
)

type B []byte

func main() {
	fmt.Printf("%#v %#v %#v %#v\n", []byte(nil), []byte{1, 2}, []byte{}, B(nil))
	fmt.Printf("%#v %#v\n", B{3}, [2]byte{4, 5})
	fmt.Printf("%#v\n", struct{ X []byte }{})
	fmt.Printf("%#v\n", []interface{}{[]byte(nil), []byte("a")})
	fmt.Printf("%#v\n", map[string][]byte{"k": nil})
	fmt.Printf("%#v %#v\n", reflect.ValueOf([]byte("r")), &[]byte{7})
	fmt.Printf("%v %d %s %x %q\n", []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"))
	s := fmt.Sprintf("%#v", []byte("\x00\xff"))
	fmt.Println(s, len(s))
}
