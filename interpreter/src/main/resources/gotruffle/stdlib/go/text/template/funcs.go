// Copyright: GoTruffle authors. FuncMap handling, the builtin functions and the escapers.

package template

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FuncMap maps names to functions usable in templates.
type FuncMap map[string]any

var builtinFuncs = map[string]reflect.Value{}

func init() {
	m := FuncMap{
		"and": and, "call": call, "html": HTMLEscaper, "index": index, "slice": slice, "js": JSEscaper,
		"len": length, "not": not, "or": or, "print": fmt.Sprint, "printf": fmt.Sprintf,
		"println": fmt.Sprintln, "urlquery": URLQueryEscaper,
		"eq": eq, "ge": ge, "gt": gt, "le": le, "lt": lt, "ne": ne,
	}
	addValueFuncs(builtinFuncs, m)
}

// addValueFuncs checks the functions of in and adds them to out as reflect.Values.
func addValueFuncs(out map[string]reflect.Value, in FuncMap) {
	for name, fn := range in {
		if !goodName(name) {
			panic(fmt.Errorf("function name %q is not a valid identifier", name))
		}
		v := reflect.ValueOf(fn)
		switch {
		case v.Kind() != reflect.Func:
			panic("value for " + name + " not a function")
		case !goodFunc(v.Type()):
			panic(fmt.Errorf("can't install method/function %q with %d results", name, v.Type().NumOut()))
		}
		out[name] = v
	}
}

func goodName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_':
		case i == 0 && !unicode.IsLetter(r):
			return false
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			return false
		}
	}
	return true
}

func findFunction(name string, t *Template) (reflect.Value, bool, bool) {
	if t != nil && t.common != nil {
		if fn := t.execFuncs[name]; fn.IsValid() {
			return fn, false, true
		}
	}
	if fn := builtinFuncs[name]; fn.IsValid() {
		return fn, true, true
	}
	return reflect.Value{}, false, false
}

// prepareArg makes value fit a parameter of type argType: nil becomes argType's zero value
// (when it can be nil), an integer of another integer type is converted.
func prepareArg(value reflect.Value, argType reflect.Type) (reflect.Value, error) {
	switch {
	case !value.IsValid():
		if !canBeNil(argType) {
			return reflect.Value{}, fmt.Errorf("value is nil; should be of type %s", argType)
		}
		return reflect.Zero(argType), nil
	case value.Type().AssignableTo(argType):
		return value, nil
	case isInteger(value.Kind()) && isInteger(argType.Kind()) && value.Type().ConvertibleTo(argType):
		return value.Convert(argType), nil
	}
	return reflect.Value{}, fmt.Errorf("value has type %s; should be %s", value.Type(), argType)
}

// cmpKind: how the comparison functions (and indexing) treat a value of a basic kind.
type cmpKind int

const (
	notBasic cmpKind = iota
	boolCmp
	complexCmp
	intCmp
	floatCmp
	stringCmp
	uintCmp
)

// classify groups the reflect kinds: signed and unsigned integers, floats, complex numbers,
// bools, strings; notBasic for every other kind.
func classify(k reflect.Kind) cmpKind {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intCmp
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintCmp
	case reflect.Float32, reflect.Float64:
		return floatCmp
	case reflect.Complex64, reflect.Complex128:
		return complexCmp
	case reflect.String:
		return stringCmp
	case reflect.Bool:
		return boolCmp
	}
	return notBasic
}

func isInteger(k reflect.Kind) bool {
	c := classify(k)
	return c == intCmp || c == uintCmp
}

// position is the integer ix as an index into something of length (or capacity) limit.
func position(ix reflect.Value, limit int) (int, error) {
	var x int64
	switch classify(ix.Kind()) {
	case intCmp:
		x = ix.Int()
	case uintCmp:
		x = int64(ix.Uint())
	default:
		if !ix.IsValid() {
			return 0, fmt.Errorf("cannot index slice/array with nil")
		}
		return 0, fmt.Errorf("cannot index slice/array with type %s", ix.Type())
	}
	if x < 0 || int(x) < 0 || int(x) > limit {
		return 0, fmt.Errorf("index out of range: %d", x)
	}
	return int(x), nil
}

// index is the builtin "index": item[i1][i2]..., a missing map key giving the zero value.
func index(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error) {
	v := indirectInterface(item)
	if !v.IsValid() {
		return reflect.Value{}, fmt.Errorf("index of untyped nil")
	}
	for _, ix := range indexes {
		var err error
		if v, err = indexOnce(v, indirectInterface(ix)); err != nil {
			return reflect.Value{}, err
		}
	}
	return v, nil
}

// indexOnce is v[ix], through pointers.
func indexOnce(v, ix reflect.Value) (reflect.Value, error) {
	v, nilPtr := indirect(v)
	if nilPtr {
		return reflect.Value{}, fmt.Errorf("index of nil pointer")
	}
	switch v.Kind() {
	case reflect.Map:
		key, err := prepareArg(ix, v.Type().Key())
		if err != nil {
			return reflect.Value{}, err
		}
		if elem := v.MapIndex(key); elem.IsValid() {
			return elem, nil
		}
		return reflect.Zero(v.Type().Elem()), nil
	case reflect.Array, reflect.Slice, reflect.String:
		i, err := position(ix, v.Len())
		if err != nil {
			return reflect.Value{}, err
		}
		return v.Index(i), nil
	}
	return reflect.Value{}, fmt.Errorf("can't index item of type %s", v.Type())
}

// slice is the builtin "slice": item[i:j] or item[i:j:k] with 0 to 3 indexes.
func slice(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error) {
	v := indirectInterface(item)
	if !v.IsValid() {
		return reflect.Value{}, fmt.Errorf("slice of untyped nil")
	}
	if len(indexes) > 3 {
		return reflect.Value{}, fmt.Errorf("too many slice indexes: %d", len(indexes))
	}
	limit := 0 // what an index may reach: a string's length, else the capacity
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		limit = v.Cap()
	case reflect.String:
		if len(indexes) == 3 {
			return reflect.Value{}, fmt.Errorf("cannot 3-index slice a string")
		}
		limit = v.Len()
	default:
		return reflect.Value{}, fmt.Errorf("can't slice item of type %s", v.Type())
	}
	bounds := []int{0, v.Len(), 0}
	for i, ix := range indexes {
		x, err := position(ix, limit)
		if err != nil {
			return reflect.Value{}, err
		}
		bounds[i] = x
	}
	// each bound that is used must not be below the one before it
	used := len(indexes)
	if used < 2 {
		used = 2
	}
	for i := 1; i < used; i++ {
		if bounds[i-1] > bounds[i] {
			return reflect.Value{}, fmt.Errorf("invalid slice index: %d > %d", bounds[i-1], bounds[i])
		}
	}
	if used == 3 {
		return v.Slice3(bounds[0], bounds[1], bounds[2]), nil
	}
	return v.Slice(bounds[0], bounds[1]), nil
}

// length is the builtin "len", through pointers.
func length(item reflect.Value) (int, error) {
	v, nilPtr := indirect(item)
	if nilPtr {
		return 0, fmt.Errorf("len of nil pointer")
	}
	switch v.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		return v.Len(), nil
	}
	return 0, fmt.Errorf("len of type %s", v.Type())
}

// call is the builtin "call": fn(args...), for a function with one result or a result and an
// error.
func call(fn reflect.Value, args ...reflect.Value) (reflect.Value, error) {
	fn = indirectInterface(fn)
	if !fn.IsValid() {
		return reflect.Value{}, fmt.Errorf("call of nil")
	}
	t := fn.Type()
	if t.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("non-function of type %s", t)
	}
	if !goodFunc(t) {
		return reflect.Value{}, fmt.Errorf("function called with %d args; should be 1 or 2", t.NumOut())
	}
	argv, err := callArgs(t, args)
	if err != nil {
		return reflect.Value{}, err
	}
	return safeCall(fn, argv)
}

// callArgs checks the number of args against the function type t and fits each to its parameter.
func callArgs(t reflect.Type, args []reflect.Value) ([]reflect.Value, error) {
	fixed := t.NumIn()
	if t.IsVariadic() {
		fixed--
		if len(args) < fixed {
			return nil, fmt.Errorf("wrong number of args: got %d want at least %d", len(args), fixed)
		}
	} else if len(args) != fixed {
		return nil, fmt.Errorf("wrong number of args: got %d want %d", len(args), fixed)
	}
	argv := make([]reflect.Value, len(args))
	for i, a := range args {
		var param reflect.Type
		if i < fixed {
			param = t.In(i)
		} else {
			param = t.In(fixed).Elem()
		}
		v, err := prepareArg(indirectInterface(a), param)
		if err != nil {
			return nil, fmt.Errorf("arg %d: %w", i, err)
		}
		argv[i] = v
	}
	return argv, nil
}

// truth is the truth of a template value (see isTrue).
func truth(arg reflect.Value) bool {
	t, _ := isTrue(indirectInterface(arg))
	return t
}

func and(arg0 reflect.Value, args ...reflect.Value) reflect.Value {
	panic("unreachable") // evalCall evaluates and/or lazily
}

func or(arg0 reflect.Value, args ...reflect.Value) reflect.Value {
	panic("unreachable")
}

func not(arg reflect.Value) bool { return !truth(arg) }

var (
	errBadComparisonType = errors.New("invalid type for comparison")
	errBadComparison     = errors.New("incompatible types for comparison")
	errNoComparison      = errors.New("missing argument for comparison")
)

// isNil: v is the invalid Value or a nil of a kind that can be nil.
func isNil(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Invalid:
		return true
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return v.IsNil()
	}
	return false
}

// eq is the builtin "eq": arg1 == arg2 || arg1 == arg3 || ...
func eq(arg1 reflect.Value, arg2 ...reflect.Value) (bool, error) {
	a := indirectInterface(arg1)
	if len(arg2) == 0 {
		return false, errNoComparison
	}
	for _, b := range arg2 {
		equal, err := equalValues(a, indirectInterface(b))
		if equal || err != nil {
			return equal, err
		}
	}
	return false, nil
}

// equalValues compares basic values by value (a signed with an unsigned integer too) and other
// values with ==; values of different basic kinds are an error unless one is missing.
func equalValues(a, b reflect.Value) (bool, error) {
	ka, kb := classify(a.Kind()), classify(b.Kind())
	switch {
	case ka == intCmp && kb == uintCmp:
		return a.Int() >= 0 && uint64(a.Int()) == b.Uint(), nil
	case ka == uintCmp && kb == intCmp:
		return b.Int() >= 0 && uint64(b.Int()) == a.Uint(), nil
	case ka != kb && a.IsValid() && b.IsValid():
		return false, errBadComparison
	case ka != kb:
		return false, nil
	}
	switch ka {
	case boolCmp:
		return a.Bool() == b.Bool(), nil
	case complexCmp:
		return a.Complex() == b.Complex(), nil
	case floatCmp:
		return a.Float() == b.Float(), nil
	case intCmp:
		return a.Int() == b.Int(), nil
	case stringCmp:
		return a.String() == b.String(), nil
	case uintCmp:
		return a.Uint() == b.Uint(), nil
	}
	aNil, bNil := isNil(a), isNil(b)
	if !aNil && !bNil && a.Type() != b.Type() {
		return false, fmt.Errorf("non-comparable types %s: %v, %s: %v", a, a.Type(), b.Type(), b)
	}
	if aNil || bNil {
		return aNil == bNil, nil
	}
	if !b.Type().Comparable() {
		return false, fmt.Errorf("non-comparable type %s: %v", b, b.Type())
	}
	return a.Interface() == b.Interface(), nil
}

// ne is the builtin "ne".
func ne(arg1, arg2 reflect.Value) (bool, error) {
	equal, err := eq(arg1, arg2)
	return !equal, err
}

// lt is the builtin "lt": ordered basic values only (a signed with an unsigned integer too).
func lt(arg1, arg2 reflect.Value) (bool, error) {
	a := indirectInterface(arg1)
	ka := classify(a.Kind())
	if ka == notBasic {
		return false, errBadComparisonType
	}
	b := indirectInterface(arg2)
	kb := classify(b.Kind())
	if kb == notBasic {
		return false, errBadComparisonType
	}
	switch {
	case ka == intCmp && kb == uintCmp:
		return a.Int() < 0 || uint64(a.Int()) < b.Uint(), nil
	case ka == uintCmp && kb == intCmp:
		return b.Int() >= 0 && a.Uint() < uint64(b.Int()), nil
	case ka != kb:
		return false, errBadComparison
	}
	switch ka {
	case floatCmp:
		return a.Float() < b.Float(), nil
	case intCmp:
		return a.Int() < b.Int(), nil
	case stringCmp:
		return a.String() < b.String(), nil
	case uintCmp:
		return a.Uint() < b.Uint(), nil
	}
	return false, errBadComparisonType // bools and complex numbers have no order
}

// le is the builtin "le".
func le(arg1, arg2 reflect.Value) (bool, error) {
	if less, err := lt(arg1, arg2); less || err != nil {
		return less, err
	}
	return eq(arg1, arg2)
}

// gt is the builtin "gt".
func gt(arg1, arg2 reflect.Value) (bool, error) {
	atMost, err := le(arg1, arg2)
	return err == nil && !atMost, err
}

// ge is the builtin "ge".
func ge(arg1, arg2 reflect.Value) (bool, error) {
	less, err := lt(arg1, arg2)
	return err == nil && !less, err
}

// htmlEntity is what HTMLEscapeString writes for the byte c, "" to keep it.
func htmlEntity(c byte) string {
	switch c {
	case '"':
		return "&#34;"
	case '\'':
		return "&#39;"
	case '&':
		return "&amp;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case 0:
		return "\uFFFD"
	}
	return ""
}

// HTMLEscapeString returns s with HTML's special characters escaped (other bytes, valid
// UTF-8 or not, stay).
func HTMLEscapeString(s string) string {
	var b strings.Builder
	kept := 0 // s[kept:i] is to be copied
	for i := 0; i < len(s); i++ {
		if e := htmlEntity(s[i]); e != "" {
			b.WriteString(s[kept:i])
			b.WriteString(e)
			kept = i + 1
		}
	}
	if kept == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}

// HTMLEscape writes b to w with HTML's special characters escaped.
func HTMLEscape(w io.Writer, b []byte) { w.Write([]byte(HTMLEscapeString(string(b)))) }

// HTMLEscaper returns the escaped HTML form of its arguments' text.
func HTMLEscaper(args ...any) string { return HTMLEscapeString(evalArgs(args)) }

// jsEscape is what JSEscapeString writes for the ASCII byte c, "" to keep it: quotes,
// backslash and the HTML-significant characters by name or code, control characters as \u00XX.
func jsEscape(c byte) string {
	switch c {
	case '\\':
		return `\\`
	case '\'':
		return `\'`
	case '"':
		return `\"`
	case '<':
		return `\u003C`
	case '>':
		return `\u003E`
	case '&':
		return `\u0026`
	case '=':
		return `\u003D`
	}
	if c < ' ' {
		return fmt.Sprintf(`\u%04X`, c)
	}
	return ""
}

// JSEscapeString returns s escaped for a JavaScript string literal: non-printable characters
// beyond ASCII as \uXXXX; bytes that are not UTF-8 stay as they are.
func JSEscapeString(s string) string {
	var b strings.Builder
	kept := 0 // s[kept:i] is to be copied
	for i := 0; i < len(s); {
		e, size := "", 1
		if c := s[i]; c < utf8.RuneSelf {
			e = jsEscape(c)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsPrint(r) {
				e = fmt.Sprintf(`\u%04X`, r)
			}
		}
		if e != "" {
			b.WriteString(s[kept:i])
			b.WriteString(e)
			kept = i + size
		}
		i += size
	}
	if kept == 0 {
		return s
	}
	b.WriteString(s[kept:])
	return b.String()
}

// JSEscape writes b to w escaped for a JavaScript string literal.
func JSEscape(w io.Writer, b []byte) { w.Write([]byte(JSEscapeString(string(b)))) }

// JSEscaper returns the escaped JavaScript form of its arguments' text.
func JSEscaper(args ...any) string { return JSEscapeString(evalArgs(args)) }

// URLQueryEscaper returns its arguments' text escaped for a URL query.
func URLQueryEscaper(args ...any) string { return url.QueryEscape(evalArgs(args)) }

func evalArgs(args []any) string {
	if len(args) == 1 {
		if s, ok := args[0].(string); ok {
			return s
		}
	}
	for i, a := range args {
		if p, ok := printableValue(reflect.ValueOf(a)); ok {
			args[i] = p
		}
	}
	return fmt.Sprint(args...)
}
