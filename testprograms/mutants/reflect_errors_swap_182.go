// reflect's panics, recovered and printed: ValueError on the wrong kind or the zero Value,
// unaddressable and unexported values, bad indexes, calls with wrong arguments, and the Type
// methods used on the wrong kind of type.
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	Public int
	secret string
	Fn     func(int) string
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch e := r.(type) {
		case nil:
			fmt.Printf("%-22s ok\n", name)
		case *reflect.ValueError:
			fmt.Printf("%-22s ValueError{%s, %v}: %v\n", name, e.Method, e.Kind, e)
		case error:
			fmt.Printf("%-22s error %T: %v\n", name, e, e)
		default:
			fmt.Printf("%-22s %T: %v\n", name, e, e)
		}
	}()
	f()
}

func main() {
	t := T{Fn: func(i int) string { return fmt.Sprint(i) }}
	v := reflect.ValueOf(&t).Elem()
	try("Int of string", func() { reflect.ValueOf("s").Int() })
	try("Float of int", func() { reflect.ValueOf(1).Float() })
	try("Len of int", func() { reflect.ValueOf(1).Len() })
	try("Elem of struct", func() { v.Elem() })
	try("Field of slice", func() { reflectValueOf.([]int{}).Field(0) })
	try("Kind of zero", func() { _ = reflect.Value{}.Kind() })
	try("Type of zero", func() { reflect.Value{}.Type() })
	try("Interface of zero", func() { reflect.Value{}.Interface() })
	try("SetInt unaddressable", func() { reflect.ValueOf(1).SetInt(2) })
	try("SetString wrong kind", func() { v.Field(0).SetString("x") })
	try("Set unexported", func() { v.Field(1).Set(reflect.ValueOf("x")) })
	try("SetString unexported", func() { v.FieldByName("secret").SetString("x") })
	try("Interface unexported", func() { v.Field(1).Interface() })
	try("Set wrong type", func() { v.Field(0).Set(reflect.ValueOf("x")) })
	try("Set zero Value", func() { v.Field(0).Set(reflect.Value{}) })
	try("Addr unaddressable", func() { reflect.ValueOf(t).Addr() })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("array index", func() { reflect.ValueOf([1]int{}).Index(1) })
	try("Field out of range", func() { v.Field(9) })
	try("Slice unaddressable", func() { reflect.ValueOf([2]int{}).Slice(0, 1) })
	try("Slice bounds", func() { reflect.ValueOf([]int{1}).Slice(0, 5) })
	try("SetLen too long", func() { x := []int{1}; reflect.ValueOf(&x).Elem().SetLen(5) })
	try("nil map store", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(1))
	})
	try("MapIndex wrong key", func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) })
	try("Call few args", func() { v.Field(2).Call(nil) })
	try("Call many args", func() { v.Field(2).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}) })
	try("Call wrong type", func() { v.Field(2).Call([]reflect.Value{reflect.ValueOf("1")}) })
	try("Call nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("Call non-func", func() { reflect.ValueOf(1).Call(nil) })
	try("Method range", func() { v.Method(0) })
	try("Convert impossible", func() { reflect.ValueOf("x").Convert(reflect.TypeOf(1)) })
	try("IsNil of int", func() { reflect.ValueOf(1).IsNil() })
	try("Bytes of []int", func() { reflect.ValueOf([]int{}).Bytes() })
	try("MakeSlice bad", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 1) })
	try("MakeMap non-map", func() { reflect.MakeMap(reflect.TypeOf(1)) })
	try("New nil", func() { reflect.New(nil) })
	try("Append non-slice", func() { reflect.Append(reflect.ValueOf(1)) })
	try("Copy mismatch", func() { reflect.Copy(reflect.ValueOf([]int{0}), reflect.ValueOf([]string{"a"})) })
	try("Swapper non-slice", func() { reflect.Swapper(3) })
	try("Swapper index", func() { reflect.Swapper([]int{1, 2})(0, 5) })
	try("Type.Elem of int", func() { reflect.TypeOf(1).Elem() })
	try("Type.Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Type.Field of ptr", func() { reflect.TypeOf(&t).Field(0) })
	try("Type.NumIn of int", func() { reflect.TypeOf(1).NumIn() })
	try("Type.Len of slice", func() { reflect.TypeOf([]int{}).Len() })
	try("Implements non-iface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(2)) })
	try("Bits of string", func() { reflect.TypeOf("").Bits() })
	try("MapIter before Next", func() { reflect.ValueOf(map[int]int{}).MapRange().Key() })
	try("fine", func() { v.Field(0).SetInt(3) })
	fmt.Println(t.Public)
}
