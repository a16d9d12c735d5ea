// time.Time's binary form (MarshalBinary/UnmarshalBinary, GobEncode/GobDecode): versions 1 and 2, the zone
// offset (Go 1.19 reads a negative offset remainder back as unsigned), and the errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	times := []time.Time{
		time.Date(2023, 5, 6, 7, 8, 9, 123456789, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		{},
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.FixedZone("X", 5*3600+30*60)),
		time.Date(2000, 2, 29, 12, 0, 0, 0, time.FixedZone("odd", -(3600 + 30))),
		time.Date(2022, 7, 1, 12, 0, 0, 0, ny),
		time.Date(-500, 3, 1, 0, 0, 0, 1, time.UTC),
	}
	for _, t := range times {
		b, err := t.MarshalBinary()
		fmt.Printf("%x %v\n", b, err)
		var back time.Time
		err = back.UnmarshalBinary(b)
		fmt.Println(back, err, back.Equal(t), back.Location() == time.UTC)
		g, _ := t.GobEncode()
		var gb time.Time
		fmt.Println(string(g) == string(b), gb.GobDecode(g), gb.Equal(t))
	}
	_, err := time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("m", -60)).MarshalBinary()
	fmt.Println(err)
	var t time.Time
	fmt.Println(t.UnmarshalBinary(nil), t.UnmarshalBinary([]byte{3}), t.UnmarshalBinary([]byte{1, 2}), t.UnmarshalBinary(make([]byte, 16)))
}
