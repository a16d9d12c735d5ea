// encoding/json's Decoder.Token state machine at every position (delimiters, keys, commas,
// colons, misplaced tokens and their error texts and offsets), Decode between tokens, More,
// InputOffset and Buffered; the Encoder's indent, HTML escaping and sticky write errors; the
// error types' texts.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

func tokens(label, in string) {
	dec := json.NewDecoder(strings.NewReader(in))
	fmt.Printf("%s %q:", label, in)
	for i := 0; i < 20; i++ {
		tok, err := dec.Token()
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				fmt.Printf(" [syntax %q at %d, offset %d]", err.Error(), se.Offset, dec.InputOffset())
			} else {
				fmt.Printf(" [err %v at %d]", err, dec.InputOffset())
			}
			break
		}
		fmt.Printf(" %T(%v)@%d", tok, tok, dec.InputOffset())
		if d, ok := tok.(json.Delim); ok {
			fmt.Printf("%s", d.String())
		}
	}
	fmt.Println()
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	if w.n > 1 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

type badMarshal struct{}

func (badMarshal) MarshalJSON() ([]byte, error) { return nil, errors.New("nope") }

type T struct {
	A int
	B struct{ C []bool }
}

func main() {
	for _, in := range []string{
		`[1, "a", true, null, 2.5, {"k": [ ]}]`,
		`{"a": {"b": [1, {"c": null}]}, "d": -0}`,
		`  `, ``, `]`, `}`, `,`, `:`, `[,]`, `[1 2]`, `[1,]`, `[1 }`, `{"a" 1}`, `{"a":: 1}`, `{"a": 1 "b": 2}`,
		`{1: 2}`, `{"a": 1,}`, `{"a": 1, ]`, `{]`, `[}`, `["a": 1]`, `{"a"}`, `[1, 2`, `{"a": `, `{"a`, `[tru]`,
		`1 2 3`, `"x" [ ] { }`, `[1] ]`, `{} :`, `[x]`, `{"a": [1, 2], "b": {"c": "d"}} {"e": 1}`,
	} {
		tokens("tok", in)
	}

	// Decode interleaved with Token: values inside arrays and objects, and misplaced Decodes.
	dec := json.NewDecoder(strings.NewReader(`[{"A": 1}, 2, [3]] {"k": "v", "n": [1]}`))
	var t T
	fmt.Println(dec.Token())
	fmt.Println(dec.More(), dec.Decode(&t), t, dec.InputOffset())
	var n int
	fmt.Println(dec.More(), dec.Decode(&n), n, dec.InputOffset())
	var arr []int
	fmt.Println(dec.More(), dec.Decode(&arr), arr, dec.More())
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
	var s string
	fmt.Println(dec.Decode(&s), dec.InputOffset())
	fmt.Println(dec.Token())
	fmt.Println(dec.Decode(&s), s, dec.InputOffset())
	fmt.Println(dec.Token())
	fmt.Println(dec.Decode(&arr), arr)
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())

	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	dec.Token()
	fmt.Println(dec.Decode(&n), n)
	fmt.Println(dec.Decode(&n))
	dec = json.NewDecoder(strings.NewReader(`{"a" 2}`))
	dec.Token()
	dec.Token()
	fmt.Println(dec.Decode(&n), dec.InputOffset())
	dec = json.NewDecoder(strings.NewReader(`[1, 2`))
	dec.Token()
	fmt.Println(dec.Decode(&n), dec.Decode(&n), dec.Decode(&n), dec.More())
	dec = json.NewDecoder(strings.NewReader(`{"x": 1} tail`))
	var m map[string]int
	fmt.Println(dec.Decode(&m), m, dec.More())
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("%q %v\n", rest, dec.Decode(&m))
	fmt.Println(dec.Decode(&m))
	dec = json.NewDecoder(strings.NewReader(`{"x": 1.5e3, "y": 12345678901234567890}`))
	dec.UseNumber()
	var a any
	fmt.Println(dec.Decode(&a), a)
	dec = json.NewDecoder(strings.NewReader(`[1.0, 7]`))
	dec.UseNumber()
	dec.Token()
	tk, _ := dec.Token()
	fmt.Printf("%T %v\n", tk, tk)

	// Encoder.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(">", "  ")
	enc.Encode(map[string]any{"b": []int{1, 2}, "a": "<&>", "c": map[string]int{}})
	enc.SetEscapeHTML(false)
	enc.Encode([]string{"<&>"})
	enc.SetIndent("", "")
	enc.Encode(T{A: 3})
	fmt.Print(buf.String())
	fw := &failWriter{}
	enc = json.NewEncoder(fw)
	fmt.Println(enc.Encode(1), enc.Encode(2), enc.Encode(3), fw.n)
	enc = json.NewEncoder(&buf)
	fmt.Println(enc.Encode(badMarshal{}), enc.Encode(func() {}), enc.Encode("still ok"))
	b, err := json.MarshalIndent(map[string][]int{"z": {1}, "y": nil}, "#", "\t")
	fmt.Printf("%s %v\n", b, err)
	b, err = json.MarshalIndent(make(chan int), "", " ")
	fmt.Printf("%q %v\n", b, err)

	// Error types.
	fmt.Println((&json.UnmarshalTypeError{Value: "number", Type: reflect.TypeOf(0)}).Error())
	fmt.Println((&json.UnmarshalTypeError{Value: "string", Type: reflect.TypeOf(""), Struct: "S", Field: "a.b"}).Error())
	fmt.Println((&json.UnmarshalTypeError{Value: "bool", Type: reflect.TypeOf(1.0), Field: "x"}).Error())
	fmt.Println((&json.InvalidUnmarshalError{}).Error(), (&json.InvalidUnmarshalError{Type: reflect.TypeOf(1)}).Error(), (&json.InvalidUnmarshalError{Type: reflect.TypeOf(&n)}).Error())
	fmt.Println((&json.UnmarshalFieldError{Key: "k\"", Type: reflect.TypeOf(t), Field: reflect.TypeOf(t).Field(0)}).Error())
	fmt.Println((&json.UnsupportedTypeError{Type: reflect.TypeOf(make(chan int))}).Error(), (&json.UnsupportedValueError{Str: "NaN"}).Error())
	fmt.Println((&json.InvalidUTF8Error{S: "\xff"}).Error())
	me := &json.MarshalerError{Type: reflect.TypeOf(t), Err: io.EOF}
	fmt.Println(me.Error(), me.Unwrap() == io.EOF, errors.Is(me, io.EOF))
	fmt.Println(json.Unmarshal([]byte(`{"A": "x"}`), &t))
	fmt.Println(json.Unmarshal([]byte(`[1`), &t), json.Unmarshal([]byte(`1`), nil), json.Unmarshal([]byte(`1`), t))
	var rm *json.RawMessage
	fmt.Println(rm.UnmarshalJSON([]byte("1")))
	var r2 json.RawMessage
	fmt.Println(r2.UnmarshalJSON([]byte(" [1] ")), string(r2))
	bb, err := r2.MarshalJSON()
	fmt.Println(string(bb), err)
	bb, err = json.RawMessage(nil).MarshalJSON()
	fmt.Println(string(bb), err)
	for _, num := range []json.Number{"12", "-3.5e2", "x", "9223372036854775808"} {
		f, ferr := num.Float64()
		i, ierr := num.Int64()
		fmt.Println(num.String(), f, ferr, i, ierr)
	}
}
