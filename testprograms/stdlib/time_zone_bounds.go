// Time.ZoneBounds (Go 1.19): the zone's start and end from the tz database; past the transitions
// the database lists (2037), Go takes them from the zone's rule within the UTC year; zero Times for
// UTC, fixed zones and zones that no longer change.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Asia/Tokyo", "UTC", "Asia/Kolkata"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		for _, t := range []time.Time{
			time.Date(2022, 7, 1, 12, 0, 0, 0, loc),
			time.Date(2022, 12, 1, 12, 0, 0, 0, loc),
			time.Date(2022, 3, 13, 7, 0, 0, 0, time.UTC).In(loc),
			time.Date(2037, 12, 1, 0, 0, 0, 0, loc),
			time.Date(2038, 1, 10, 0, 0, 0, 0, loc),
			time.Date(2038, 7, 10, 0, 0, 0, 0, loc),
			time.Date(2100, 12, 1, 0, 0, 0, 0, loc),
		} {
			s, e := t.ZoneBounds()
			fmt.Println(name, t, "|", s, s.IsZero(), "|", e, e.IsZero())
		}
	}
	s, e := time.Date(2022, 7, 1, 12, 0, 0, 0, time.FixedZone("F", 3600)).ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
	s, e = time.Now().UTC().ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())
}
