// Package reflect: run-time reflection over the interpreter's own values. A Type is one *rtype
// per Go type of the program (so Types compare with ==); a Value holds a Java handle to the
// value or to its location, so Set through a pointer, a field or an element changes the
// variable. The work is done by natives (ReflectNatives); this file keeps the API's shape and
// the parts that are plain Go.
package reflect

import "strconv"

// Kind names the category of a type: Int, Struct, Pointer, ...
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is an alias of Pointer, kept for older code.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String names the kind ("int", "struct", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir: send-only, receive-only or both.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type describes a Go type; methods that do not apply to its Kind panic.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// handle is the type of the opaque Java objects rtype and Value carry.
type handle struct{}

// rtype is the one value per Go type behind a Type.
type rtype struct {
	t *handle
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Align() int
func (t *rtype) FieldAlign() int
func (t *rtype) NumMethod() int
func (t *rtype) Name() string
func (t *rtype) PkgPath() string
func (t *rtype) Size() uintptr
func (t *rtype) String() string
func (t *rtype) Kind() Kind
func (t *rtype) Comparable() bool
func (t *rtype) Bits() int
func (t *rtype) ChanDir() ChanDir
func (t *rtype) IsVariadic() bool
func (t *rtype) Elem() Type
func (t *rtype) Field(i int) StructField
func (t *rtype) In(i int) Type
func (t *rtype) Key() Type
func (t *rtype) Len() int
func (t *rtype) NumField() int
func (t *rtype) NumIn() int
func (t *rtype) NumOut() int
func (t *rtype) Out(i int) Type
func (t *rtype) Method(i int) Method
func (t *rtype) methodIndex(name string) int
func (t *rtype) relation(u Type, which int) bool

func (t *rtype) MethodByName(name string) (Method, bool) {
	i := t.methodIndex(name)
	if i < 0 {
		return Method{}, false
	}
	return t.Method(i), true
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return t.relation(u, 0)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return t.relation(u, 1)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return t.relation(u, 2)
}

func (t *rtype) FieldByIndex(index []int) StructField {
	if t.Kind() != Struct {
		panic("reflect: FieldByIndex of non-struct type " + t.String())
	}
	var f StructField
	var ft Type = t
	for i, x := range index {
		if i > 0 {
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
		}
		f = ft.Field(x)
		ft = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

// fieldByName finds the struct field of the given name, or a promoted one (Go's
// shallowest-depth rule; a name found twice at the same depth is not found).
func (t *rtype) fieldByName(name string, match func(string) bool) (index []int, ok bool)

func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	if index, ok := t.fieldByName(name, nil); ok {
		return t.FieldByIndex(index), true
	}
	return StructField{}, false
}

func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	if index, ok := t.fieldByName("", match); ok {
		return t.FieldByIndex(index), true
	}
	return StructField{}, false
}

// StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported: the field's name starts with an upper-case letter.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// StructTag is the tag text of a field, by convention `key:"value" key2:"value2"`.
type StructTag string

// Get looks up key in the tag ("" when absent).
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup finds key in a conventional tag (`key:"value" key2:"value2"`), saying also
// whether it was there.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		s = s[i:]
		if s == "" {
			break
		}
		// the key: non-control, non-space characters other than ':' and '"'
		i = 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			break
		}
		name := s[:i]
		s = s[i+1:]
		// the quoted value, up to the first unescaped '"'
		i = 1
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		quoted := s[:i+1]
		s = s[i+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				break
			}
			return v, true
		}
	}
	return "", false
}

// Method describes one method of a type.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported: the method's name starts with an upper-case letter.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// TypeOf returns the dynamic type of i (nil for the nil interface).
func TypeOf(i any) Type

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo is the type *t.
func PointerTo(t Type) Type

// SliceOf is the type []t.
func SliceOf(t Type) Type

// MapOf is the type map[key]elem.
func MapOf(key, elem Type) Type

// ArrayOf is the type [length]elem.
func ArrayOf(length int, elem Type) Type

// ChanOf is the channel type of t in direction dir.
func ChanOf(dir ChanDir, t Type) Type

// FuncOf is the func type with parameters in and results out.
func FuncOf(in, out []Type, variadic bool) Type

// StructOf returns the struct type containing fields (no methods are promoted).
func StructOf(fields []StructField) Type

// VisibleFields lists the fields of struct type t that a selector can reach: its own and
// those promoted from embedded structs (depth first, each after the field embedding it),
// minus the ones a field of the same name hides (shallower wins; equal depth hides both).
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	var all []StructField
	at := map[string]int{}
	onPath := map[Type]bool{}
	var walk func(t Type, prefix []int)
	walk = func(t Type, prefix []int) {
		if onPath[t] {
			return
		}
		onPath[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			f.Index = append(append([]int(nil), prefix...), i)
			keep := true
			if j, seen := at[f.Name]; seen {
				other := &all[j]
				if len(f.Index) <= len(other.Index) {
					other.Name = "" // hidden (or both hidden at equal depth)
				}
				keep = len(f.Index) < len(other.Index)
			}
			if keep {
				at[f.Name] = len(all)
				all = append(all, f)
			}
			if f.Anonymous {
				et := f.Type
				if et.Kind() == Pointer {
					et = et.Elem()
				}
				if et.Kind() == Struct {
					walk(et, f.Index)
				}
			}
		}
		delete(onPath, t)
	}
	walk(t, nil)
	out := make([]StructField, 0, len(all))
	for _, f := range all {
		if f.Name != "" {
			out = append(out, f)
		}
	}
	return out
}
