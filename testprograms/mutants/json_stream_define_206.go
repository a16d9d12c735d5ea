// encoding/json streams and text: a Decoder over several values (Decode, More, Token,
// InputOffset, Buffered, DisallowUnknownFields), an Encoder to a writer, and Compact, Indent,
// HTMLEscape and Valid on raw JSON.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Kind string `json:"kind"`
	At   int    `json:"at"`
}

// slowReader hands out a few bytes per Read, so values span several reads.
type slowReader struct {
	s string
	n int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	k := r.n
	if k > len(r.s) {
		k = len(r.s)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func main() {
	stream := `{"kind": "start", "at": 1}
	{"kind": "tick", "at": 2} {"kind": "stop", "at": 3}
	[1, 2] "tail" 42 true null`
	dec = json.NewDecoder(&slowReader{s: stream, n: 5})
	for i := 0; i < 3; i++ {
		var e Event
		err := dec.Decode(&e)
		fmt.Println(e, err, dec.InputOffset())
	}
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("EOF at", dec.InputOffset())
			break
		}
		fmt.Printf("%T %v %v\n", v, v, err)
	}

	dec = json.NewDecoder(strings.NewReader(`{"events": [{"kind": "a", "at": 1}, {"kind": "b", "at": 2}], "total": 2.5, "ok": true} rest`))
	for {
		tok, err := dec.Token()
		if err != nil {
			fmt.Println("token error:", err)
			break
		}
		fmt.Printf("%T %v more=%v\n", tok, tok, dec.More())
		if tok == "events" {
			tok, _ = dec.Token() // [
			for dec.More() {
				var e Event
				dec.Decode(&e)
				fmt.Println("  element", e)
			}
		}
		if d, ok := tok.(json.Delim); ok && d == '}' {
			break
		}
	}
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("buffered %q\n", rest)

	dec = json.NewDecoder(strings.NewReader(`{"kind": "x", "extra": 1}`))
	dec.DisallowUnknownFields()
	var e Event
	fmt.Println(dec.Decode(&e), e)
	dec = json.NewDecoder(strings.NewReader(`{"kind": "x",`))
	fmt.Println(dec.Decode(&e))
	dec = json.NewDecoder(strings.NewReader(`[1, 2] {"bad" 1}`))
	var v any
	fmt.Println(dec.Decode(&v), v)
	fmt.Println(dec.Decode(&v))
	fmt.Println(dec.Decode(&v))
	dec = json.NewDecoder(strings.NewReader(`[1 : 2]`))
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())
	fmt.Println(dec.Token())

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, x := range []any{Event{"go", 1}, []string{"<a>"}, nil, 3.0} {
		if err := enc.Encode(x); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Print(buf.String())
	fmt.Println(enc.Encode(make(chan int)))

	src := []byte(" { \"a\" : [ 1 , 2 , { } , [ ] ] ,\n \"b\" : \"x <y>\" } ")
	var out bytes.Buffer
	fmt.Println(json.Compact(&out, src), out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, src, "//", "\t"))
	fmt.Println(out.String())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"html": "<script>&</script>"}`))
	fmt.Println(out.String())
	out.WriteString("kept")
	fmt.Println(json.Compact(&out, []byte(`{"a": }`)), out.String())
	fmt.Println(json.Indent(&out, []byte(`[1,`), "", " "), out.String())
	fmt.Println(json.Valid([]byte(` {"a": [1, 2.5e+3, "\u00e9", false, null]} `)), json.Valid([]byte(`[01]`)), json.Valid(nil))
}
