// unsafe.Pointer through reflect, encoding/json (unsupported type), fmt of struct fields and interface map keys.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"unsafe"
)

type S struct {
	P unsafe.Pointer
	N int
}

func main() {
	x := 1
	p := unsafe.Pointer(&x)
	_, err := json.Marshal(p)
	fmt.Println(err)
	_, err = json.Marshal(S{nil, })
	fmt.Println(err)
	s := S{nil, 2}
	fmt.Printf("%v %+v\n", s, s)
	fmt.Println(reflect.DeepEqual(S{p, 1}, S{unsafe.Pointer(&x), 1}))
	fmt.Println(reflect.ValueOf(s).Field(0).IsNil(), reflect.ValueOf(p).IsNil(), reflect.Zero(reflect.TypeOf(p)).Interface() == unsafe.Pointer(nil))
	var m = map[interface{}]int{p: 1}
	fmt.Println(m[unsafe.Pointer(&x)])
	fmt.Printf("%T %d\n", p, len(fmt.Sprintf("%x", p)) > 0)
}
