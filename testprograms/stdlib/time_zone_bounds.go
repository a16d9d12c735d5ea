package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Asia/Tokyo", "Australia/Lord_Howe", "UTC", "Asia/Kolkata"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		for _, t := range []time.Time{
			time.Date(2022, 7, 1, 12, 0, 0, 0, loc),
			time.Date(2022, 1, 15, 0, 0, 0, 0, loc),
			time.Date(2022, 3, 13, 7, 0, 0, 0, time.UTC).In(loc),
			time.Date(2100, 6, 1, 0, 0, 0, 0, loc),
		} {
			s, e := t.ZoneBounds()
			fmt.Println(name, t, "|", s, s.IsZero(), "|", e, e.IsZero())
		}
	}
	f := time.FixedZone("X", 3600)
	s, e := time.Date(2022, 1, 1, 0, 0, 0, 0, f).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	s, e = time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero(), s.Location(), e.Location())
}
