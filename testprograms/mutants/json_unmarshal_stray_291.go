// encoding/json Unmarshal: into structs (tags, case-insensitive keys, embedded and pointer
// fields, ",string"), into interface{} (map[string]interface{}, []interface{}, float64),
// maps with string, int and TextUnmarshaler keys, slices and arrays reusing what is there,
// []byte from base64, Unmarshaler/TextUnmarshaler, RawMessage, Number and UseNumber.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

// Key decodes from "x:y" text (a TextUnmarshaler): usable as a map key, and objects do not fit it.
type Key struct{ X, Y int }

func (p *Key) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &p.X, &p.Y)
	return err
}

type Celsius float64

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var f float64
	_, err := fmt.Sscanf(strings.TrimSuffix(s, "C"), "%g", &f)
	*c = Celsius(f)
	return err
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Reading struct {
	*Base
	Station  string             `json:"station"`
	Temp     Celsius            `json:"temp"`
	Where    Key                `json:"where"`
	Samples  []float64          `json:"samples"`
	Limits   [3]int             `json:"limits"`
	Labels   map[string]string  `json:"labels"`
	ByPoint  map[Key]string     `json:"by_point"`
	ByNumber map[int]string     `json:"by_number"`
	Raw      json.RawMessage    `json:"raw"`
	Data     []byte             `json:"data"`
	Count    int64              `json:"count,string"`
	Optional *string            `json:"optional"`
	Nested   map[string][]Point `json:"nested"`
	ignored  int
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	input := `{
		"id": 7, "CREATED": "today", "Station": "north",
		"temp": "21.5C", "where": "3:4",
		"samples": [1, 2.5, -3e2], "limits": [9, 8],
		"labels": {"b": "2", "a": "1"},
		"by_point": {"1:2": "p"}, "by_number": {"10": "ten", "-2": "minus two"},
		"raw": {"keep": [1, 2, {"as": "is"}]},
		"data": "AQID/w==", "count": "42", "optional": null,
		"nested": {"k": [{"X": 1}, {"Y": 2}]},
		"unknown": {"deep": [1, 2, 3]}, "ignored": 5
	}`
	r := Reading{Samples: make([]float64, 0, 10), Limits: [3]int{1, 1, 1}, Labels: map[string]string{"old": "kept"}}
	err := json.Unmarshal([]byte(input), &r)
	fmt.Println("err:", err)
	fmt.Println(r.ID, r.Created, r.Station, r.Temp, r.Where, r.Samples, cap(r.Samples), r.Limits)
	fmt.Println(r.Labels, r.ByPoint, r.ByNumber, string(r.Raw), r.Data, r.Count, r.Optional, r.Nested, r.ignored)

	var anyv any
	err = json.Unmarshal([]byte(`{"s": "x", "n": 12, "f": 1.5e2, "b": false, "z": null, "a": [1, "2", [3]], "o": {"k": {}}}`), &anyv)
	m := anyv.(map[string]any)
	for _, k := range keys(m) {
		fmt.Printf("%s: %T %v\n", k, m[k], m[k])
	}
	fmt.Println(err)

	var list []Point
	fmt.Println(json.Unmarshal([]byte(`[{"X": 1, "Y": 2}, {"x": 3}, {}]`), &list), list)
	list = []Point{{9, 9}, {9, 9}, {9, 9}, {9, 9}}
	fmt.Println(json.Unmarshal([]byte(`[{"X": 1}, {"Y": 2}]`), &list), list, len(list), cap(list))
	fmt.Println(json.Unmarshal([]byte(`[]`), &list), list == nil, len(list))
	fmt.Println(json.Unmarshal([]byte(`null`), &list), list == nil)

	var k Key
	fmt.Println(json.Unmarshal([]byte(`{"X": 1}`), &k), k)
	var pp **Point
	fmt.Println(json.Unmarshal([]byte(`{"X": 5}`), &pp), (**pp).X)
	var iface any = &Point{1, 1}
	fmt.Println(json.Unmarshal([]byte(`{"Y": 8}`), &iface), iface)
	var mp map[string]*Point
	fmt.Println(json.Unmarshal([]byte(`{"a": {"X": 1}, "b": null}`), &mp), *mp["a"], mp["b"])

	var nums []any
	d := json.NewDecoder(strings.NewReader(`[1, 2.50, 1e3, 12345678901234567890]`))
	d.UseNumber()
	fmt.Println(d.Decode(&nums))
	for _, n := range nums {
		num := n.(json.Number)
		i, ierr := num.Int64()
		f, _ := num.Float64()
		fmt.Println(num, num.String(), i, ierr != nil, f)
	}
	var n json.Number
	fmt.Println(json.Unmarshal(\[]byte(`-0.5e+3`), &n), n)

	var s string
	fmt.Println(json.Unmarshal([]byte(`"tab\there \u00e9 \ud83d\ude00 \ud800 \/ \"q\""`), &s), s, len(s))
	var b bool
	var u8 uint8
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`true`), &b), b, json.Unmarshal([]byte(`255`), &u8), u8, json.Unmarshal([]byte(`0.1`), &f32), f32)
	var raw json.RawMessage
	fmt.Println(json.Unmarshal([]byte(` [ 1 , 2 ] `), &raw), string(raw))
	type Both struct {
		Name string
		NAME string `json:"NAME"`
	}
	var both Both
	fmt.Println(json.Unmarshal([]byte(`{"name": "lower", "NAME": "upper"}`), &both), both)
}
