// time.Parse and ParseInLocation: missing elements (year 0), day of the year, zone
// abbreviations and offsets, and when a parsed zone becomes the location's own zone.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, off := t.Zone()
	fmt.Printf("%v | %q %s %d unix=%d year=%d yday=%d\n", t, t.Location().String(), name, off, t.Unix(), t.Year(), t.YearDay())
}

func main() {
	fmt.Println("-- missing elements")
	show(time.Parse("3 04 PM", "8 41 PM"))
	show(time.Parse(time.Kitchen, "3:04PM"))
	show(time.Parse("Jan 2", "Feb 29"))
	show(time.Parse("Jan 2 2006", "Feb 29 2001"))
	show(time.Parse("06-01-02", "69-01-02"))
	show(time.Parse("06-01-02", "68-01-02"))

	fmt.Println("-- day of the year")
	show(time.Parse("2006-002", "2020-060"))
	show(time.Parse("2006-002", "2020-366"))
	show(time.Parse("2006-002", "2021-366"))
	show(time.Parse("2006-002", "2021-000"))
	show(time.Parse("2006-01-02 002", "2020-03-01 061"))
	show(time.Parse("2006-01-02 002", "2020-03-02 061"))
	show(time.Parse("2006-01 002", "2020-02 061"))

	fmt.Println("-- UTC and Z")
	show(time.Parse(time.RFC3339, "2012-11-01T22:08:41Z"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"))
	show(time.Parse("2006-01-02T15:04:05.000Z07:00", "2020-01-02T03:04:05.123Z"))

	fmt.Println("-- zone abbreviations")
	layout := "2006-01-02 15:04:05 MST"
	for _, z := range []string{"GMT", "GMT+3", "GMT-11", "+03", "-0930", "PST", "CEST", "ChST", "MeST", "WITA", "WIB", "AB", "ABCDEF", "ABCD", "ABCDE"} {
		show(time.ParseInLocation(layout, "2020-05-06 07:08:09 "+z, time.UTC))
	}

	fmt.Println("-- ParseInLocation")
	xyz := time.FixedZone("XYZ", 3600)
	show(time.ParseInLocation("2006-01-02 15:04", "2020-05-06 07:08", xyz))
	show(time.ParseInLocation("2006-01-02 15:04 MST", "2020-05-06 07:08 XYZ", xyz))
	show(time.ParseInLocation("2006-01-02 15:04 MST", "2020-05-06 07:08 ABC", xyz))
	show(time.ParseInLocation("2006-01-02 15:04 MST", "2020-05-06 07:08 UTC", xyz))
	show(time.ParseInLocation("2006-01-02 15:04 -0700", "2020-05-06 07:08 +0100", xyz))
	show(time.ParseInLocation("2006-01-02 15:04 -0700 MST", "2020-05-06 07:08 +0100 XYZ", xyz))
	show(time.ParseInLocation("2006-01-02 15:04 -0700 MST", "2020-05-06 07:08 +0100 ABC", xyz))
	show(time.ParseInLocation("2006-01-02 15:04 -0700", "2020-05-06 07:08 +0200", xyz))
	show(time.ParseInLocation(time.RFC3339, "2020-05-06T07:08:09+00:00", time.UTC))
	show(time.ParseInLocation(time.RFC3339, "2020-05-06T07:08:09-07:30", time.UTC))
	show(time.ParseInLocation(time.RFC1123, "Wed, 06 May 2020 07:08:09 GMT", time.UTC))
	show(time.ParseInLocation(time.RFC1123, "Wed, 06 May 2020 07:08:09 UTC", xyz))

	fmt.Println("-- errors")
	show(time.Parse("2006-01-02", "2020-02-30"))
	show(time.Parse("2006-01-02", "2020-1-02"))
	show(time.Parse("2006-01-02 extra", "2020-01-02 extrax"))
	show(time.ParseInLocation(layout, "2020-05-06 07:08:09 +3", time.UTC))
}
