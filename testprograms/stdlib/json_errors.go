// encoding/json errors, with Go's texts, types and fields: syntax errors with offsets,
// type mismatches with the struct field path, invalid Unmarshal targets, unsupported types
// and values, failing Marshalers, and errors.As on them.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Inner struct {
	Count int `json:"count"`
}

type Outer struct {
	Name  string           `json:"name"`
	Age   int              `json:"age"`
	In    Inner            `json:"in"`
	List  []Inner          `json:"list"`
	ByKey map[string]Inner `json:"by_key"`
	Small int8
	U     uint
	F     float32
	Num   json.Number
	Flag  bool `json:",string"`
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return []byte(`{"unterminated": `), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("cannot encode") }

type BadText int

func (BadText) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

type Picky struct{}

func (*Picky) UnmarshalJSON(b []byte) error { return fmt.Errorf("picky: refusing %s", b) }

func report(err error) {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var ie *json.InvalidUnmarshalError
	var ut *json.UnsupportedTypeError
	var uv *json.UnsupportedValueError
	var me *json.MarshalerError
	switch {
	case err == nil:
		fmt.Println("  ok")
	case errors.As(err, &se):
		fmt.Printf("  SyntaxError at %d: %v\n", se.Offset, err)
	case errors.As(err, &te):
		fmt.Printf("  UnmarshalTypeError{Value:%q Type:%v Offset:%d Struct:%q Field:%q}: %v\n", te.Value, te.Type, te.Offset, te.Struct, te.Field, err)
	case errors.As(err, &ie):
		fmt.Printf("  InvalidUnmarshalError{%v}: %v\n", ie.Type, err)
	case errors.As(err, &ut):
		fmt.Printf("  UnsupportedTypeError{%v}: %v\n", ut.Type, err)
	case errors.As(err, &uv):
		fmt.Printf("  UnsupportedValueError{%q}: %v\n", uv.Str, err)
	case errors.As(err, &me):
		fmt.Printf("  MarshalerError{%v} unwraps to %q: %v\n", me.Type, errors.Unwrap(err), err)
	default:
		fmt.Printf("  %T: %v\n", err, err)
	}
}

func main() {
	syntax := []string{``, `   `, `{`, `{"a"`, `{"a":}`, `{"a" 1}`, `{"a":1,}`, `{,}`, `[1,]`, `[1 2]`, `tru`, `nul`, `fals`,
		`"abc`, "\"a\tb\"", `"\x"`, `"\u12G4"`, `01`, `1.`, `1.e5`, `1e`, `1e+`, `-`, `--1`, `+1`, `.5`, `[1] x`, `{} {}`,
		`'single'`, `{"a":1}}`, `]`, "\xff", `NaN`}
	var v any
	for _, in := range syntax {
		fmt.Printf("%q\n", in)
		report(json.Unmarshal([]byte(in), &v))
	}
	fmt.Println(json.Valid([]byte(`{"ok": [true, null, 1.5e-3]}`)), json.Valid([]byte(`{"ok": [tru]}`)))

	var o Outer
	mismatches := []string{
		`{"name": 5}`, `{"age": "old"}`, `{"age": 1.5}`, `{"age": 99999999999999999999}`, `{"in": {"count": true}}`,
		`{"in": []}`, `{"list": [{"count": 1}, {"count": "x"}]}`, `{"by_key": {"k": {"count": {}}}}`, `{"Small": 200}`,
		`{"U": -1}`, `{"F": 1e39}`, `{"Num": "abc"}`, `{"Flag": true}`, `{"Flag": "maybe"}`, `[1, 2]`, `"text"`,
		`{"name": 1, "age": "2", "in": {"count": 3}}`, `{"age": null, "list": null}`,
	}
	for _, in := range mismatches {
		fmt.Println(in)
		report(json.Unmarshal([]byte(in), &o))
	}
	fmt.Printf("%+v\n", o)
	var m map[bool]int
	report(json.Unmarshal([]byte(`{"true": 1}`), &m))
	var mi map[uint8]int
	report(json.Unmarshal([]byte(`{"300": 1}`), &mi))
	var bs []byte
	fmt.Println(" ", json.Unmarshal([]byte(`"not base64!"`), &bs)) // a base64.CorruptInputError
	var p Picky
	report(json.Unmarshal([]byte(`{"a": 1}`), &p))
	var big float64
	report(json.Unmarshal([]byte(`1e999`), &big))
	report(json.Unmarshal([]byte(`1e999`), &v))

	report(json.Unmarshal([]byte(`{}`), nil))
	report(json.Unmarshal([]byte(`{}`), o))
	report(json.Unmarshal([]byte(`{}`), (*Outer)(nil)))
	report(json.Unmarshal([]byte(`{}`), map[string]int{}))

	_, err := json.Marshal(make(chan int))
	report(err)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	report(err)
	_, err = json.Marshal(struct{ C complex64 }{})
	report(err)
	_, err = json.Marshal(map[[2]int]string{})
	report(err)
	_, err = json.Marshal(math.Inf(1))
	report(err)
	_, err = json.Marshal([]float32{float32(math.NaN())})
	report(err)
	_, err = json.Marshal(Broken{})
	report(err)
	_, err = json.Marshal([]any{Failing{}})
	report(err)
	_, err = json.Marshal(BadText(1))
	report(err)
	_, err = json.Marshal(map[BadText]int{1: 1})
	report(err)
	_, err = json.Marshal(json.Number("1x"))
	report(err)
	type Loop struct {
		Name string
		Next *Loop
	}
	loop := &Loop{Name: "a"}
	loop.Next = loop
	_, err = json.Marshal(loop)
	report(err)
}
