// time's JSON and text marshalling at the edges: years 0, 9999 and outside them, nanosecond
// precision, fixed zones, "null", and the errors (and the value left) for bad input.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

func main() {
	zone := time.FixedZone("X", -(3*3600 + 30*60))
	ts := []time.Time{
		time.Date(2022, 8, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2022, 8, 2, 15, 4, 5, 120000000, zone),
		time.Date(0, 1, 1, 0, 0, 0, 1, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 12, 31, 0, 0, 0, 0, time.UTC),
		{},
	}
	for _, t := range ts {
		j, err := t.MarshalJSON()
		fmt.Printf("json %s %v\n", j, err)
		x, err := t.MarshalText()
		fmt.Printf("text %s %v\n", x, err)
		b, err := json.Marshal(map[string]time.Time{"t": t})
		fmt.Printf("map %s %v\n", b, err)
	}
	inputs := []string{`"2022-08-02T15:04:05Z"`, `"2022-08-02T15:04:05.5+02:00"`, `null`, `"null"`,
		`"2022-08-02"`, `2022-08-02T15:04:05Z`, `""`, `"2022-13-02T15:04:05Z"`}
	for _, in := range inputs {
		t := time.Date(1, 2, 3, 4, 5, 6, 7, time.UTC)
		err := t.UnmarshalJSON([]byte(in))
		fmt.Printf("unjson %s -> %v | %v\n", in, t, err)
		t = time.Date(1, 2, 3, 4, 5, 6, 7, time.UTC)
		err = t.UnmarshalText([]byte(in))
		fmt.Printf("untext %s -> %v | %v\n", in, t, err)
	}
	var v struct{ T time.Time }
	err := json.Unmarshal([]byte(`{"T":"2021-01-02T03:04:05.000000006Z"}`), &v)
	fmt.Println(v.T, err)
}
