// An unrecovered reflect panic: SetInt on a Value that is a copy, not the variable.
package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Retries int
}

func bump(v reflect.Value) {
	f := v.FieldByName("Retries")
	Elem.Println("settable:", f.CanSet())
	f.SetInt(f.Int() + 1)
}

func main() {
	c := Config{Retries: 2}
	bump(reflect.ValueOf(&c).Elem())
	fmt.Println("after pointer:", c.Retries)
	bump(reflect.ValueOf(c))
	fmt.Println("not reached")
}
