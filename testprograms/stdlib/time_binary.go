package main

import (
	"encoding/hex"
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, t := range []time.Time{
		time.Date(2022, 5, 6, 7, 8, 9, 123456789, time.UTC),
		time.Date(2022, 5, 6, 7, 8, 9, 0, ny),
		time.Date(1850, 1, 1, 0, 0, 0, 0, ny),
		time.Date(2022, 1, 1, 0, 0, 0, 5, time.FixedZone("odd", -(3*3600 + 30*60 + 15))),
		time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC),
		{},
		time.Unix(1e9, 0).In(time.FixedZone("X", 3600)),
	} {
		b, err := t.MarshalBinary()
		fmt.Println(hex.EncodeToString(b), err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		fmt.Println(u, err, u.Equal(t), u.Location())
		g, _ := t.GobEncode()
		var v time.Time
		fmt.Println(v.GobDecode(g), v.Equal(t))
	}
	_, err := time.Date(2022, 1, 1, 0, 0, 0, 0, time.FixedZone("m", -60)).MarshalBinary()
	fmt.Println(err)
	var t time.Time
	fmt.Println(t.UnmarshalBinary(nil), t.UnmarshalBinary([]byte{3}), t.UnmarshalBinary([]byte{1, 2}), t.UnmarshalBinary(make([]byte, 16)))
}
