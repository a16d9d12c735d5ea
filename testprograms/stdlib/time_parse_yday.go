// time.Parse's resolution after reading the fields: AM/PM on a 12-hour clock, the day of the
// year (leap years, agreement with a month or day also given, out of range), and defaults
// for a month or day the layout leaves out.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{"2006 002", "2022 001"}, {"2006 002", "2022 365"}, {"2006 002", "2022 366"}, {"2006 002", "2024 366"},
		{"2006 002", "2024 060"}, {"2006 002", "2023 060"}, {"2006 002", "2022 000"},
		{"2006-01 002", "2022-02 032"}, {"2006-01 002", "2022-03 032"}, {"2006-01-02 002", "2022-02-01 032"},
		{"2006-01-02 002", "2022-02-02 032"}, {"2006 002", "1900 366"}, {"2006 002", "2000 366"},
		{"3:04PM", "12:30AM"}, {"3:04PM", "12:30PM"}, {"3:04PM", "1:30PM"}, {"3:04pm", "11:59am"},
		{"15:04 PM", "13:00 PM"}, {"15:04 PM", "00:10 AM"}, {"2006", "2022"}, {"Jan 2006", "Feb 2022"},
		{"02 2006", "31 2022"}, {"2006-01-02", "2022-02-30"}, {"2006-01-02", "2022-04-00"}, {"2006 002 15", "2022 100 23"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		fmt.Printf("%q %q -> %v | %v\n", c[0], c[1], t, err)
	}
}
