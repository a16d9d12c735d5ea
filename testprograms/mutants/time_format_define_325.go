// time: Format with many layout elements, fixed zones, Parse round trips and errors, Date
// normalization, AddDate, Truncate/Round on Time, Unix conversions and Duration edge cases.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, time.December, 31, 23, 59, 58, 987654321, time.UTC)
	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, "2006-01-02 15:04:05.000000", "Monday January 2 2006 3:04:05 pm",
		"002 __2 _2 06", "15h04m05s .9 ,999 .000", "Z07:00 -07 -0700 -07:00:00 Z0700", time.Layout}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60), time.FixedZone("X", -(3*3600 + 25*60 + 7))}
	for _, z := range zones {
		for _, l = range layouts {
			fmt.Println(t.In(z).Format(l))
		}
	}
	fmt.Println(t, t.In(zones[1]), t.In(zones[2]))
	fmt.Println(t.Add(2*time.Second).Date())
	fmt.Println(t.AddDate(0, 2, 0), t.AddDate(-1, -12, 1))
	fmt.Println(time.Date(2020, 14, 35, 25, 61, 61, 2e9, time.UTC))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(7*24*time.Hour), t.Truncate(time.Millisecond))
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro(), t.YearDay(), t.Weekday())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	u := time.Unix(1e9, 5).UTC()
	fmt.Println(u, time.UnixMilli(-1500).UTC(), time.Unix(-1, -1).UTC())
	fmt.Println(t.Sub(u), u.Sub(t), t.After(u), t.Before(u), t.Equal(t.In(zones[1])))
	for _, c := range [][2]string{
		{time.RFC3339, "2022-08-02T15:04:05Z"},
		{time.RFC3339, "2022-08-02T15:04:05+02:00"},
		{time.RFC3339Nano, "2022-08-02T15:04:05.123456-07:00"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2024-02-29"},
		{"Jan 2 2006 3:04PM", "Mar 7 2019 11:30AM"},
		{"Jan 2 2006 3:04PM", "Mar 7 2019 12:30AM"},
		{"2006-01-02 15:04", "2006-01-02 25:04"},
		{"2006-01-02", "2006-1-02"},
		{"2006-01-02", "2006-01-02x"},
		{"02/01/2006 15:04:05.000", "31/12/1999 23:59:59.250"},
	} {
		p, err := time.Parse(c[0], c[1])
		fmt.Println(p, err)
	}
	for _, d := range []time.Duration{1<<63 - 1, -1 << 63, 1, -1, 999999, 1000001, 59 * time.Second, 61 * time.Minute} {
		fmt.Println(d, d.Round(time.Second), d.Truncate(time.Minute), d.Abs())
	}
	start := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 0, el < time.Minute, time.Until(start) <= 0, start.Location())
}
