// time's layouts at their edges (fixed times and zones only): every element formatted at
// years below 0 and above 9999, midnight and noon, zone offsets with seconds, fractions of
// every width with both separators; Parse of each element with its error texts (ranges,
// literal mismatches, extra text, fractions after seconds, AM/PM, zone forms).
package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []*time.Location{
		time.UTC,
		time.FixedZone("", -(9*3600 + 30*60 + 15)),
		time.FixedZone("ABC", 14*3600),
		time.FixedZone("", 45),
	}
	times := []time.Time{
		time.Date(-44, time.March, 15, 0, 0, 0, 0, time.UTC),
		time.Date(0, time.January, 1, 12, 5, 7, 1, time.UTC),
		time.Date(99, time.February, 28, 0, 30, 0, 100000000, time.UTC),
		time.Date(2024, time.February, 29, 12, 0, 59, 120000000, time.UTC),
		time.Date(10000, time.December, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(123456, time.July, 4, 9, 8, 7, 6000, time.UTC),
	}
	layouts := []string{
		"2006 06 1 01 Jan January 2 02 _2 002 __2 Mon Monday",
		"15 3 03 4 04 5 05 PM pm MST",
		"Z07:00:00 Z070000 Z07 Z0700 Z07:00 -07:00:00 -070000 -07 -0700 -07:00",
		".0 .00 .000000 .000000000 .0000000000 ,9 ,99 .999999 .999999999 05.9999999999",
		"_2006 __2006 2006_2 01_2 1_2 Jan_2 _20 002_2 0 00 000 0002",
		"Janu Mo MonJan Monday. JanuaryJan 15pm 3PM 04:05 005 .9x ,0y",
		"",
		"no elements at all!",
	}
	for _, z := range zones {
		for _, t := range times {
			t = t.In(z)
			for _, l := range layouts {
				fmt.Printf("%q\n", t.Format(l))
			}
			fmt.Printf("%s | %s\n", t.AppendFormat([]byte("prefix:"), time.RFC3339Nano), t.String())
		}
	}

	parses := [][2]string{
		{"2006", "0000"}, {"2006", "-001"}, {"2006", "12345"}, {"06", "68"}, {"06", "69"}, {"06", "7"},
		{"1", "0"}, {"1", "13"}, {"01", "1"}, {"1", "012"}, {"Jan", "jan"}, {"Jan", "JANUARY"}, {"January", "Janua"},
		{"January", "september"}, {"Jan 2", "Feb 30"}, {"Jan 2", "Feb 29"}, {"2006 Jan 2", "2023 Feb 29"},
		{"2", "31"}, {"2", "32"}, {"02", "3"}, {"_2", " 3"}, {"_2", "  3"}, {"_2", "13"}, {"_2 Jan", "3 Jan"},
		{"002", "060"}, {"002", "60"}, {"2006 002", "2023 366"}, {"2006 002", "2024 366"}, {"2006 002", "2024 000"},
		{"2006 __2", "2024   7"}, {"2006 __2", "2024 042"}, {"Jan 002", "Feb 032"}, {"Jan 002", "Mar 032"},
		{"2 002", "1 001"}, {"2 002", "2 001"},
		{"Mon", "sun"}, {"Monday", "Fri"}, {"Mon Jan 2 2006", "Fri Jan 2 2006"},
		{"15", "24"}, {"15", "7"}, {"15:04", "23:60"}, {"3", "13"}, {"3", "0"}, {"03", "7"}, {"3PM", "12AM"},
		{"3PM", "12PM"}, {"3PM", "1pm"}, {"3pm", "1pm"}, {"3pm", "11PM"}, {"15 PM", "13 PM"}, {"3PM", "1P"},
		{"4", "60"}, {"04", "5"}, {"5", "61"}, {"05", "9"},
		{"15:04:05", "10:11:12.345"}, {"15:04:05", "10:11:12,5"}, {"15:04:05", "10:11:12.1234567891"},
		{"15:04:05", "10:11:12."}, {"15:04:05.000", "10:11:12.34"}, {"15:04:05.000", "10:11:12.3456"},
		{"15:04:05,000", "10:11:12.345"}, {"15:04:05.999", "10:11:12"}, {"15:04:05.999", "10:11:12.5"},
		{"15:04:05.999", "10:11:12,5"}, {"15:04:05.999", "10:11:12.123456"}, {"05.000", "01.5x"},
		{"Z07:00", "Z"}, {"Z07:00", "+01:00"}, {"Z07:00", "+0100"}, {"Z0700", "-0130"}, {"Z07", "+05"},
		{"-07:00:00", "+01:02:03"}, {"-070000", "-010203"}, {"-07", "z"}, {"-0700", "Z"}, {"-07:00", "+1:00"},
		{"Z07:00:00", "Z"}, {"Z070000", "+01020"}, {"-07:00", "+01"},
		{"MST", "UTC"}, {"MST", "GMT"}, {"MST", "GMT+3"}, {"MST", "GMT-11"}, {"MST", "CEST"}, {"MST", "ChST"},
		{"MST", "AB"}, {"MST", "abc"}, {"MST", "+07"}, {"MST", "ABCDEFG"}, {"MST -0700", "XYZ +0300"},
		{"2006-01-02", "2006-01-02 "}, {"2006-01-02", "2006-01-0"}, {"2006-01-02", ""}, {"", ""}, {"", "x"},
		{"x 2006", "y 2006"}, {"2006  01", "2006 01"}, {"Jan _2", "Feb  1"},
	}
	for _, p := range parses {
		// in UTC, not Local, so that zone names and offsets do not depend on the machine
		t, err := time.ParseInLocation(p[0], p[1], time.UTC)
		if err != nil {
			fmt.Printf("%q %q: %v\n", p[0], p[1], err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("  elem %q value %q msg %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%q %q: %s %q %d\n", p[0], p[1], t.Format(time.RFC3339Nano), name, off)
	}
	loc := time.FixedZone("QQQ", 3*3600)
	for _, v := range []string{"2020-05-06 07:08 QQQ", "2020-05-06 07:08 +0300", "2020-05-06 07:08 +0200"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", v, loc)
		if err != nil {
			t, err = time.ParseInLocation("2006-01-02 15:04 -0700", v, loc)
		}
		name, off := t.Zone()
		fmt.Println(t, name, off, err)
	}
}
