// Package json: encoding and decoding of JSON as Go 1.19's encoding/json does it (same output
// bytes, same errors). Marshal and Unmarshal walk the interpreter's values in Java
// (JsonNatives, on reflect's value access); this file holds the API, the error types and the
// parts that are plain Go.
package json

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"errors"
	"reflect"
	"strconv"
)

func init() {
	setup(&SyntaxError{}, &UnmarshalTypeError{}, &InvalidUnmarshalError{}, &UnsupportedTypeError{},
		&UnsupportedValueError{}, &MarshalerError{}, Number(""), (*Marshaler)(nil), (*Unmarshaler)(nil),
		(*encoding.TextMarshaler)(nil), (*encoding.TextUnmarshaler)(nil), errors.New(""), base64.CorruptInputError(0))
}

func setup(types ...any)

// Marshaler: a type that encodes itself as JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler: a type that decodes itself from JSON (copying the input if it keeps it).
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// Marshal encodes v as JSON.
func Marshal(v any) ([]byte, error) {
	return encode(v, true)
}

func encode(v any, escapeHTML bool) ([]byte, error)

// MarshalIndent encodes v as JSON, one element per line, each line starting with prefix and indented by indent.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	text, err := Marshal(v)
	if err == nil {
		text, err = indentJSON(text, prefix, indent)
	}
	if err != nil {
		return nil, err
	}
	return text, nil
}

// Unmarshal decodes the JSON in data into the value v points to.
func Unmarshal(data []byte, v any) error {
	return decode(data, v, false, false, true)
}

// decode checks data (when check is set) and stores it into *v.
func decode(data []byte, v any, useNumber, disallowUnknownFields, check bool) error

// Valid checks that data is exactly one well-formed JSON value.
func Valid(data []byte) bool

// Compact appends src to dst with all insignificant white space removed.
func Compact(dst *bytes.Buffer, src []byte) error {
	out, err := compact(src, false)
	if err != nil {
		return err
	}
	dst.Write(out)
	return nil
}

func compact(src []byte, escapeHTML bool) ([]byte, error)

// Indent pretty-prints the JSON in src onto the end of dst.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	out, err := indentJSON(src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(out)
	return nil
}

func indentJSON(src []byte, prefix, indent string) ([]byte, error)

// HTMLEscape appends src to dst with <, >, & and U+2028/U+2029 inside strings written as
// \u escapes, safe to embed in HTML <script> tags.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Write(htmlEscape(src))
}

func htmlEscape(src []byte) []byte

// SyntaxError: the input is not well-formed JSON; Offset says where.
type SyntaxError struct {
	msg    string
	Offset int64 // input bytes read before the error
}

func (e *SyntaxError) Error() string { return e.msg }

// UnmarshalTypeError: a JSON value could not be stored in a Go value of this type.
type UnmarshalTypeError struct {
	Value  string       // what the JSON held, e.g. "string", "array", "number 1.5"
	Type   reflect.Type // the Go type it did not fit
	Offset int64        // input bytes read before the error
	Struct string       // struct holding the field, if any
	Field  string       // dotted path of the field from the top value
}

func (e *UnmarshalTypeError) Error() string {
	target := "Go value"
	if e.Struct+e.Field != "" {
		target = "Go struct field " + e.Struct + "." + e.Field
	}
	return "json: cannot unmarshal " + e.Value + " into " + target + " of type " + e.Type.String()
}

// UnmarshalFieldError is kept for API compatibility; decoding no longer returns it.
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// InvalidUnmarshalError: Unmarshal was given nil or a non-pointer.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	what := "nil"
	switch {
	case e.Type == nil:
	case e.Type.Kind() == reflect.Pointer:
		what = "nil " + e.Type.String()
	default:
		what = "non-pointer " + e.Type.String()
	}
	return "json: Unmarshal(" + what + ")"
}

// UnsupportedTypeError: Marshal met a type JSON cannot express (chan, func, complex, ...).
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// UnsupportedValueError: Marshal met a value JSON cannot express (NaN, a cycle, ...).
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// InvalidUTF8Error: before Go 1.2, Marshal returned it for invalid UTF-8 (no longer used).
type InvalidUTF8Error struct {
	S string // the complete quoted JSON string
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
}

// MarshalerError wraps an error that a MarshalJSON or MarshalText method returned.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	method := "MarshalJSON"
	if e.sourceFunc != "" {
		method = e.sourceFunc
	}
	return "json: error calling " + method + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap gives the method's own error.
func (e *MarshalerError) Unwrap() error { return e.Err }

// Number keeps a JSON number's text as it appeared.
type Number string

// String is the number's text.
func (n Number) String() string { return string(n) }

// Float64 parses the number's text as a float64.
func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

// Int64 parses the number's text as a base-10 int64.
func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

// RawMessage holds JSON text as is, to decode later or to emit verbatim.
type RawMessage []byte

// MarshalJSON emits m unchanged ("null" when m is nil).
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m != nil {
		return m, nil
	}
	return []byte("null"), nil
}

// UnmarshalJSON stores its own copy of data in *m.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[:0], data...)
	return nil
}
