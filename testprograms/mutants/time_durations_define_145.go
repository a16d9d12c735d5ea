// time.Duration arithmetic and formatting (no wall-clock values): String forms from
// nanoseconds to hours, unit conversions, Truncate/Round, ParseDuration with its errors,
// and Month/Weekday names and a fixed Date in UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		1500 * time.Millisecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		100 * time.Hour, -2500 * time.Millisecond, time.Duration(1<<63 - 1)}
	for _, d := range ds {
		fmt.Printf("%-22v %-20d h=%.4f m=%.4f s=%.4f ms=%d us=%d\n", d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Truncate(time.Minute), d.Round(time.Minute), d.Round(0))
	fmt.Println(d/2, d*2, d%time.Hour, -d, time.Duration(2.5*float64(time.Second)))
	fmt.Printf("%T %v %s %d %q\n", d, d, d, d, d)

	for _, s := range []string{"1h30m", "2.5s", "-1.5h", "300ms", "1us", "1µs", "45", "1x", "", "+3m2s", "0"} {
		p, err := time.ParseDuration(s)
		fmt.Printf("ParseDuration(%q) = %v, %v\n", s, p, err)
	}

	t := time.Date(2022, time.August, 2, 15, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format("2006-01-02 15:04:05.000"), t.Format(time.Kitchen))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Unix())
	later := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(later.Format(time.ANSIC), later.Sub(t), later.After(t), t.Equal(t.Add(0)))
	fmt.Println(t.AddDate(0, 6, 0).Format("Jan 2, 2006"), t.Truncate(time.Hour).Format("15:04:05"))
	for m = time.January; m <= time.December; m += 3 {
		fmt.Print(m, " ")
	}
	fmt.Println(time.Saturday, time.Month(13))
	p, err := time.Parse("2006-01-02", "2023-02-29")
	fmt.Println(p, err)
}
