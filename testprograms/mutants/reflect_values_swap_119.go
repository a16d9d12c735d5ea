// reflect.Value: reading and setting the program's own variables through pointers, struct
// fields, slice and array elements and maps; addressability and unexported fields;
// conversions, slices, and fmt's printing of Values.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Point struct {
	X, Y int
	tag  string
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type inner struct{ Depth int }

type Shape struct {
	inner
	Name   string
	Pts    []Point
	Corner Point
	Attrs  map[string]float64
	Any    any
	Ptr    *int
}

func main() {
	x := 10
	v := reflect.ValueOf(x)
	fmt.Println(v.Kind(), v.Type(), v.Int(), v.CanAddr(), v.CanSet())
	pv := reflect.ValueOf(&x).Elem()
	pv.SetInt(42)
	fmt.Println(x, pv.CanAddr(), pv.CanSet(), pv.Addr().Interface() == &x)

	n := 7
	s := Shape{Name: "tri", Pts: []Point{{1, 2, "a"}, {3, 4, "b"}}, Attrs: map[string]float64{"w": 1}, Ptr: &n}
	sv := reflect.ValueOf(&s).Elem()
	sv.FieldByName("Name").SetString("square")
	sv.Field(2).Index(1).Field(0).SetInt(30)
	sv.FieldByName("Corner").Set(reflect.ValueOf(Point{5, 6, "c"}))
	sv.FieldByName("Depth").SetInt(3)
	sv.FieldByName("Ptr").Elem().SetInt(70)
	sv.FieldByName("Any").Set(reflect.ValueOf([]int{1}))
	sv.FieldByName("Attrs").SetMapIndex(reflect.ValueOf("h"), reflect.ValueOf(2.5))
	sv.FieldByName("Attrs").SetMapIndex(reflect.ValueOf("w"), reflect.Value{})
	fmt.Println(s.Name, s.Pts, s.Corner, s.Depth, n, s.Any, s.Attrs)

	tagField := sv.Field(3).Field(2)
	fmt.Println(tagField.String(), tagField.CanSet(), tagField.CanInterface(), sv.Field(0).CanSet(), sv.Field(0).Field(0).CanSet())

	copied := reflect.ValueOf(s)
	fmt.Println(copied.Field(1).CanSet(), copied.Field(2).Index(0).CanSet(), copied.Field(3).Field(0).CanAddr())
	copied.Field(2).Index(0).Field(1).SetInt(99) // slice elements are addressable even in a copy
	fmt.Println(s.Pts[0].Y)

	arr := [4]int{1, 2, 3, 4}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(0).SetInt(100)
	sub := av.Slice(1, 3)
	sub.Index(0).SetInt(200)
	fmt.Println(arr, sub.Len(), sub.Cap(), sub.Type(), reflect.ValueOf(arr).Index(3).CanSet())

	sl := reflect.MakeSlice(reflect.TypeOf([]string(nil)), 0, 2)
	sl = reflect.Append(sl, reflect.ValueOf("a"), reflect.ValueOf("b"), reflect.ValueOf("c"))
	sl = reflect.AppendSlice(sl, reflect.ValueOf([]string{"d"}))
	fmt.Println(sl, sl.Len(), sl.Cap(), sl.Slice3(0, 1, 2).Cap())
	dst := make([]string, 2)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), sl), dst)
	nums := []int{5, 6, 7}
	reflect.ValueOf(&nums).Elem().SetLen(2)
	swap := reflect.Swapper(nums)
	swap(0, 1)
	fmt.Println(nums, cap(nums))

	m := map[string]int{"b": 2, "a": 1}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Print(k, "=", mv.MapIndex(k), " ")
	}
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("zz")).IsValid())
	it := reflect.ValueOf(map[int]string{1: "one"}).MapRange()
	for it.Next() {
		fmt.Println(it.Key().Int(), it.Value().String())
	}

	np := reflect.New(reflect.TypeOf(Point{}))
	np.Elem().Field(0).SetInt(8)
	fmt.Println(np.Type(), np.Elem(), np.Interface().(*Point).X)
	fmt.Println(reflect.Zero(reflect.TypeOf(Point{})), reflect.Zero(reflect.TypeOf(0)).Int(), reflect.Indirect(reflect.ValueOf(&x)).Int())
	nm := reflect.MakeMap(reflect.TypeOf(map[string]bool{}))
	nm.SetMapIndex(.reflectValueOf("on"), reflect.ValueOf(true))
	fmt.Println(nm.Interface())

	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")), reflect.ValueOf(3.99).Convert(reflect.TypeOf(0)),
		reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))), reflect.ValueOf("hi").Convert(reflect.TypeOf([]byte(nil))))
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(128), reflect.ValueOf(uint16(0)).OverflowUint(65535), reflect.ValueOf(float32(0)).OverflowFloat(1e40))
	var nilp *Point
	var nilm map[string]int
	fmt.Println(reflect.ValueOf(nilp).IsNil(), reflect.ValueOf(nilm).IsNil(), reflect.ValueOf(nilm).Len(), reflect.ValueOf(nil).IsValid())
	fmt.Println(reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(Point{tag: "t"}).IsZero(), reflect.ValueOf(0.0).IsZero(), reflect.ValueOf([2]int{}).IsZero())
	fmt.Println(reflect.ValueOf(uint(3)).Uint(), reflect.ValueOf(2.5).Float(), reflect.ValueOf(true).Bool(), reflect.ValueOf(1+2i).Complex(), string(reflect.ValueOf([]byte("by")).Bytes()))

	var iface any = &Point{1, 1, ""}
	iv := reflect.ValueOf(&iface).Elem()
	fmt.Println(iv.Kind(), iv.Elem().Kind(), iv.Elem().Elem().Kind(), iv.Elem().Elem().CanSet())
	iv.Elem().Elem().Field(1).SetInt(9)
	fmt.Println(iface)
	iv.Set(reflect.ValueOf("replaced"))
	fmt.Println(iface)

	fmt.Println(reflect.ValueOf(Point{1, 2, "z"}), reflect.ValueOf(&Point{3, 4, ""}), reflect.ValueOf(42), reflect.Value{})
	fmt.Printf("%v|%d|%5.1f|%q|%x|%T|%s\n", reflect.ValueOf(7), reflect.ValueOf(7), reflect.ValueOf(2.25), reflect.ValueOf("q"),
		reflect.ValueOf([]byte("AB")), reflect.ValueOf(1), reflect.ValueOf(3))
	fmt.Printf("%+v %v %v\n", reflect.ValueOf(struct {
		A int
		b []string
	}{1, []string{"u"}}), []reflect.Value{reflect.ValueOf(1), reflect.ValueOf("s")}, reflect.ValueOf(map[string]int{"k": 1}))
	fmt.Println(v.String(), reflect.ValueOf("str").String(), reflect.Value{}.String())
}
