package reflect

import "unsafe"

// Value wraps one Go value for reflection; the zero Value wraps nothing (IsValid is false).
type Value struct {
	h *handle
}

// ValueError: a Value method was called on a Value of a Kind it does not apply to.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// The natives build Values, Types, StructFields, Methods and ValueErrors of this program.
func init() {
	setup((*rtype)(nil), Value{}, StructField{}, Method{}, (*ValueError)(nil))
}

func setup(rtypePtr, value, structField, method, valueError any)

// ValueOf wraps the dynamic value in i (the zero Value for nil).
func ValueOf(i any) Value

// Zero is a Value holding typ's zero value (not addressable).
func Zero(typ Type) Value

// New allocates a zero typ and returns a pointer to it as a Value.
func New(typ Type) Value

// Indirect follows v when it is a pointer, else returns v.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func MakeSlice(typ Type, len, cap int) Value
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }
func MakeMapWithSize(typ Type, n int) Value
func MakeChan(typ Type, buffer int) Value

// MakeFunc builds a function of type typ whose calls run fn on the arguments as Values.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value

func Append(s Value, x ...Value) Value
func AppendSlice(s, t Value) Value
func Copy(dst, src Value) int

// Swapper makes a function that swaps two elements of slice (at its current length). Bad
// indexes panic as an index expression would for slices of pointer-sized or smaller
// elements and strings, and with reflect's own panic otherwise, like Go.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	n := v.Len()
	e := v.Type().Elem()
	small := e.Kind() == String || e.Size() <= 8 && e.Size() != 0 && (e.Size()&(e.Size()-1)) == 0
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			if !small {
				panic("reflect: slice index out of range")
			}
			indexPanic(i, n)
			indexPanic(j, n)
		}
		swapElems(v, i, j)
	}
}

// indexPanic panics as s[i] does when i is out of range for length n.
func indexPanic(i, n int)

func swapElems(v Value, i, j int)

// DeepEqual compares x and y recursively by Go's rules of deep equality.
func DeepEqual(x, y any) bool

func (v Value) IsValid() bool
func (v Value) Kind() Kind
func (v Value) Type() Type
func (v Value) CanAddr() bool
func (v Value) CanSet() bool
func (v Value) CanInterface() bool
func (v Value) Interface() any
func (v Value) String() string

func (v Value) Bool() bool
func (v Value) Int() int64
func (v Value) Uint() uint64
func (v Value) Float() float64
func (v Value) Complex() complex128
func (v Value) Bytes() []byte
func (v Value) Pointer() uintptr
func (v Value) CanInt() bool
func (v Value) CanUint() bool
func (v Value) CanFloat() bool
func (v Value) CanComplex() bool
func (v Value) OverflowInt(x int64) bool
func (v Value) OverflowUint(x uint64) bool
func (v Value) OverflowFloat(x float64) bool
func (v Value) OverflowComplex(x complex128) bool

func (v Value) IsNil() bool
func (v Value) IsZero() bool
func (v Value) Len() int
func (v Value) Cap() int
func (v Value) Elem() Value
func (v Value) Addr() Value
func (v Value) Field(i int) Value
func (v Value) NumField() int
func (v Value) Index(i int) Value
func (v Value) Slice(i, j int) Value
func (v Value) Slice3(i, j, k int) Value

func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.FieldByIndex", v.Kind()})
	}
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.FieldByIndexErr", v.Kind()})
	}
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, &fieldError{"reflect: indirection through nil pointer to embedded struct field " + v.Type().Elem().Name()}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

type fieldError struct{ s string }

func (e *fieldError) Error() string { return e.s }

func (v Value) FieldByName(name string) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.FieldByName", v.Kind()})
	}
	if f, ok := v.Type().(*rtype).fieldByName(name, nil); ok {
		return v.FieldByIndex(f)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.FieldByNameFunc", v.Kind()})
	}
	if f, ok := v.Type().(*rtype).fieldByName("", match); ok {
		return v.FieldByIndex(f)
	}
	return Value{}
}

func (v Value) MapIndex(key Value) Value
func (v Value) MapKeys() []Value
func (v Value) SetMapIndex(key, elem Value)

func (v Value) Set(x Value)
func (v Value) SetBool(x bool)
func (v Value) SetInt(x int64)
func (v Value) SetUint(x uint64)
func (v Value) SetFloat(x float64)
func (v Value) SetComplex(x complex128)
func (v Value) SetString(x string)
func (v Value) SetBytes(x []byte)
func (v Value) SetLen(n int)
func (v Value) SetCap(n int)

func (v Value) Convert(t Type) Value
func (v Value) CanConvert(t Type) bool

func (v Value) NumMethod() int
func (v Value) Method(i int) Value
func (v Value) MethodByName(name string) Value {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	i := v.Type().(*rtype).methodIndex(name)
	if i < 0 {
		return Value{}
	}
	return v.Method(i)
}

func (v Value) Call(in []Value) []Value
func (v Value) CallSlice(in []Value) []Value

func (v Value) Send(x Value)
func (v Value) Recv() (x Value, ok bool)
func (v Value) TrySend(x Value) bool
func (v Value) TryRecv() (x Value, ok bool)
func (v Value) Close()

// UnsafeAddr: the made-up address of an addressable value (the one unsafe.Pointer(&x) has).
func (v Value) UnsafeAddr() uintptr {
	if v.Kind() == Invalid {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if !v.CanAddr() {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return v.Addr().Pointer()
}

// UnsafePointer: Pointer's address as an unsafe.Pointer (it finds the location again while it lives).
func (v Value) UnsafePointer() unsafe.Pointer {
	return unsafe.Pointer(v.Pointer())
}

// Unsupported: an interface's words are no Go memory here.
func (v Value) InterfaceData() [2]uintptr {
	panic("reflect.Value.InterfaceData: not supported by GoTruffle (interfaces have no words in memory)")
}

// MapIter steps through a map (see Value.MapRange).
type MapIter struct {
	m    Value
	keys []Value
	pos  int // index of the current key + 1; 0 before the first Next
}

// MapRange iterates over the map's entries in random order, as range does; keys deleted
// during the iteration are skipped.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if it.keys == nil {
		if it.pos != 0 {
			panic("MapIter.Next called on exhausted iterator")
		}
		it.keys = it.m.MapKeys()
		if it.keys == nil {
			it.keys = []Value{}
		}
	} else if it.pos > len(it.keys) {
		panic("MapIter.Next called on exhausted iterator")
	}
	for it.pos < len(it.keys) {
		it.pos++
		if it.m.MapIndex(it.keys[it.pos-1]).IsValid() {
			return true
		}
	}
	it.pos++
	return false
}

func (it *MapIter) current(what string) Value {
	if it.keys == nil {
		panic("MapIter." + what + " called before Next")
	}
	if it.pos > len(it.keys) {
		panic("MapIter." + what + " called on exhausted iterator")
	}
	return it.keys[it.pos-1]
}

func (it *MapIter) Key() Value {
	return it.current("Key")
}

func (it *MapIter) Value() Value {
	return it.m.MapIndex(it.current("Value"))
}

// Reset modifies it to iterate over v (nothing when v is the zero Value).
func (it *MapIter) Reset(v Value) {
	if v.IsValid() && v.Kind() != Map {
		panic(&ValueError{"reflect.MapIter.Reset", v.Kind()})
	}
	it.m = v
	it.keys = nil
	it.pos = 0
}

func (v Value) SetIterKey(iter *MapIter) {
	v.Set(iter.currentFor("SetIterKey"))
}

func (v Value) SetIterValue(iter *MapIter) {
	v.Set(iter.m.MapIndex(iter.currentFor("SetIterValue")))
}

// currentFor is current for Value.SetIterKey and SetIterValue, which word their panics apart.
func (it *MapIter) currentFor(method string) Value {
	if it.keys == nil {
		panic("reflect: Value." + method + " called before Next")
	}
	if it.pos > len(it.keys) {
		panic("reflect: Value." + method + " called on exhausted iterator")
	}
	return it.keys[it.pos-1]
}

// SliceHeader and StringHeader exist for programs that name them; converting a pointer to a
// slice or string into one is unsupported (a run-time panic saying so).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

type StringHeader struct {
	Data uintptr
	Len  int
}

// SelectDir says whether a SelectCase sends, receives or is the default.
type SelectDir int

const (
	_ SelectDir = iota
	SelectSend
	SelectRecv
	SelectDefault
)

// SelectCase is one case of Select.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Select runs a select statement over cases built at run time.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool)
