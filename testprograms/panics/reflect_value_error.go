// An unrecovered *reflect.ValueError: Int on a Value holding a string.
package main

import (
	"fmt"
	"reflect"
)

func sum(xs ...any) int64 {
	var total int64
	for _, x := range xs {
		total += reflect.ValueOf(x).Int()
		fmt.Println("total", total)
	}
	return total
}

func main() {
	sum(1, int8(2), int64(3), "four")
}
