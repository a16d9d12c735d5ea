// encoding/json Marshal: struct tags (names, omitempty, "-", string), embedded structs,
// maps with sorted string/int/TextMarshaler keys, []byte as base64, pointers, interfaces,
// floats in Go's format, HTML escaping, Marshaler/TextMarshaler, RawMessage, Number,
// MarshalIndent and Encoder options.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
)

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }

type Money struct{ Cents int64 }

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"amount": "%d.%02d"}`, m.Cents/100, m.Cents%100)), nil
}

type Stamp struct{ Unix int }

func (s *Stamp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint(s.Unix * 1000)), nil }

type Audit struct {
	CreatedBy string `json:"created_by"`
	Version   int    `json:"version,omitempty"`
}

type Item struct {
	Audit
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Price    Money             `json:"price"`
	Tags     []string          `json:"tags,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Parent   *Item             `json:"parent,omitempty"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	Count    int               `json:"count,string"`
	Ok       bool              `json:",omitempty"`
	Level    Level             `json:"level"`
	When     Stamp             `json:"when"`
	Extra    any               `json:"extra"`
	internal int
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	item := Item{Audit: Audit{CreatedBy: "ann"}, ID: 1, Name: "<Widget> & co", Price: Money{1999},
		Tags: []string{"a", "b"}, Secret: "s", Dash: "d", Count: 12, Level: 3, When: Stamp{5}, Extra: map[string]any{"z": 1, "a": nil}}
	show(item)
	show(&item) // addressable: *Stamp's MarshalJSON applies
	item.Parent = &Item{ID: 0, Name: "root"}
	show([]Item{item}[0].Parent)

	show(map[string]int{"b": 2, "a": 1, "c": 3})
	show(map[int]bool{10: true, 2: false, -1: true})
	show(map[Level]string{2: "two", 1: "one"})
	show(map[string]any{"list": []any{1, "two", 3.5, true, nil, []int{}}, "empty": map[string]int{}})
	show([]byte("hello, world"))
	show([][]byte{nil, {}, {0xff, 0x00}})
	show([3]int{1, 2, 3})
	show([]int(nil))
	show((*Item)(nil))
	show(json.RawMessage(`{ "pre" : [1, 2] }`))
	show(struct {
		N json.Number
		M json.Number `json:",omitempty"`
		R json.RawMessage
	}{N: "12.5e3"})

	floats = []float64{0, -0.0, 1, -1.5, 0.1, 1e-6, 1e-7, 123456789, 1e20, 1e21, 1.5e300, math.MaxFloat64, math.SmallestNonzeroFloat64, 1.0 / 3}
	show(floats)
	show([]float32{0.1, 1e-7, 3.4e38, 16777216})
	show([]any{int8(-8), uint64(math.MaxUint64), int64(math.MinInt64), uintptr(7)})
	show("quotes \" backslash \\ tab \t newline \n bell \a nul \x00 html <>& bad \xff\xfe line sep \u2028 para \u2029 é 世界")
	show(struct {
		A, B int
		C    string `json:"c,omitempty"`
		D    *int   `json:"d,omitempty"`
		E    []int  `json:"e,omitempty"`
		F    map[string]int
		G    float64 `json:"g,omitempty"`
		H    string  `json:"h,string"`
		I    *bool   `json:"i,string"`
	}{A: 1, H: "text"})

	out, _ := json.MarshalIndent(map[string]any{"name": "x", "items": []any{1, map[string]int{"k": 2}}, "none": []int{}, "obj": struct{}{}}, "> ", "  ")
	fmt.Println(string(out))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode("<b>")
	enc.SetEscapeHTML(false)
	enc.Encode("<b>")
	enc.SetIndent("", "\t")
	enc.Encode(struct {
		X []int
		Y map[string]bool
	}{[]int{1, 2}, map[string]bool{"t": true}})
}
