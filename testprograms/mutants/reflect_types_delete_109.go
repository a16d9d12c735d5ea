// reflect.Type: kinds, names, element types, struct fields and tags, method sets, function
// signatures, relations between types, sizes, and the type constructors.
package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

type Celsius float64

type Base struct {
	ID   int `json:"id" db:"id_col"`
	note string
}

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Dog struct {
	Base
	Breed string            `json:"breed,omitempty"`
	Age   uint8             `json:"age"`
	Kids  [2]string
	Meta  map[string][]int
	Walk  func(km float64) (bool, error)
	Feed  chan<- string
	Owner *Base
}

func (d Dog) Sound() string { return "woof" }

type Sounder interface{ Sound() string }

type hidden struct{ Inner int }

type Wrapper struct {
	hidden
	Outer int
	Inner string
}

func main() {
	values := []any{true, 7, int8(-1), uint16(9), uintptr(1), 1.5, float32(2), complex(1, 2), "s",
		[3]byte{}, []string{}, map[string]int{}, &Dog{}, make(chan int), func() {}, Celsius(3), errors.New("e")}
	for _, v := range values {
		t := reflect.TypeOf(v)
		fmt.Printf("%-18v kind=%-10v name=%-8q pkg=%-6q size=%d comparable=%v\n", t, t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Comparable())
	}
	fmt.Println(reflect.TypeOf(nil), reflect.TypeOf([]any{nil}).Elem())

	dt := reflect.TypeOf(Dog{})
	fmt.Println(dt, dt.Kind(), dt.NumField(), dt.Size(), dt.Align())
	for i := 0; i < dt.NumField(); i++ {
		f := dt.Field(i)
		fmt.Printf("  %d %-5s %-32v anon=%-5v exported=%-5v offset=%-3d json=%q db=%q\n",
			i, f.Name, f.Type, f.Anonymous, f.IsExported(), f.Offset, f.Tag.Get("json"), f.Tag.Get("db"))
	}
	id, ok := dt.FieldByName("ID")
	fmt.Println(id.Name, id.Index, id.Tag, ok)
	v, ok := id.Tag.Lookup("db")
	fmt.Printf("%q %v\n", v, ok)
	_, ok = dt.FieldByName("Missing")
	fmt.Println(ok)
	fmt.Println(dt.FieldByIndex([]int{0, 1}).Name)

	for _, t := range []reflect.Type{dt, reflect.PointerTo(dt), reflect.TypeOf((*Sounder)(nil)).Elem()} {
		fmt.Print(t, " has ", t.NumMethod(), " methods:")
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Print(" ", m.Index, ":", m.Name, " ", m.Type, ";")
		}
		fmt.Println()
	}
	m, ok := reflect.TypeOf(&Dog{}).MethodByName("SetID")
	fmt.Println(m.Name, m.Type, ok)

	walk := dt.Field(5).Type
	fmt.Println(walk.NumIn(), walk.In(0), walk.NumOut(), walk.Out(0), walk.Out(1), walk.IsVariadic())
	sp := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(sp, sp.IsVariadic(), sp.In(1), sp.In(1).Elem())
	fmt.Println(dt.Field(3).Type.Len(), dt.Field(4).Type.Key(), dt.Field(4).Type.Elem(), dt.Field(6).Type.ChanDir(), dt.Field(7).Type.Elem())

	sounder := reflect.TypeOf((*Sounder)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	writer := reflect.TypeOf((*io.Writer)(nil)).Elem()
	fmt.Println(dt.Implements(sounder), reflect.PtrTo(dt).Implements(sounder), reflect.TypeOf(Base{}).Implements(sounder))
	fmt.Println(reflect.TypeOf(errors.New("x")).Implements(errT), reflect.TypeOf(&strings.Builder{}).Implements(writer), errT.Name(), errT.Kind())
	fmt.Println(reflect.TypeOf(1).AssignableTo(reflect.TypeOf(Celsius(0))), reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf(Celsius(0))))
	fmt.Println(reflect.TypeOf("").ConvertibleTo(reflectTypeOf([]byte{})), reflect.TypeOf(1.5).ConvertibleTo(reflect.TypeOf("")))
	fmt.Println(dt.AssignableTo(sounder), reflect.TypeOf(make(chan int)).AssignableTo(reflect.TypeOf(make(<-chan int))))
	fmt.Println(reflect.TypeOf(int16(0)).Bits(), reflect.TypeOf(float32(0)).Bits(), reflect.TypeOf(complex64(0)).Bits())

	fmt.Println(reflect.SliceOf(dt), reflect.MapOf(reflect.TypeOf(""), dt), reflect.ArrayOf(4, reflect.TypeOf(byte(0))),
		reflect.ChanOf(reflect.RecvDir, dt), reflect.PointerTo(reflect.TypeOf(0)))
	fmt.Println(reflect.SliceOf(reflect.TypeOf(0)) == reflect.TypeOf([]int{}), reflect.TypeOf(Dog{}) == dt)
	fmt.Println(reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf("")}, false))
	seen := map[reflect.Type]int{}
	for _, x := range []any{1, "a", 2, 3.0, "b"} {
		seen[reflect.TypeOf(x)]++
	}
	fmt.Println(seen[reflect.TypeOf(0)], seen[reflect.TypeOf("")], len(seen))

	for _, f := range reflect.VisibleFields(reflect.TypeOf(Wrapper{})) {
		fmt.Println("visible:", f.Name, f.Index, f.Type)
	}
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.Int, reflect.Kind(100), reflect.RecvDir, reflect.BothDir)
}
