// time.Time arithmetic at the edges: Date's normalization of out-of-range and negative
// fields, Unix with negative or large nanoseconds, Add and Sub near the Duration extremes,
// comparisons with and without monotonic readings, and AddDate across month ends.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	zone := time.FixedZone("Z5", 5*3600+1800)
	dates := [][7]int{{2022, 10, 32, 0, 0, 0, 0}, {2022, 0, 0, 0, 0, 0, 0}, {2022, -13, 1, 0, 0, 0, 0},
		{2022, 14, 1, 0, 0, 0, 0}, {2022, 1, 1, -1, -1, -1, -1}, {2022, 1, 1, 24, 60, 60, 1e9},
		{2020, 2, 30, 47, 119, 3599, -2e9}, {1, 1, 1, 0, 0, 0, -1}, {0, 0, 0, 0, 0, 0, 0},
		{-5, 3, 1, 12, 0, 0, 0}, {2022, 1, -400, 0, 0, 0, 0}, {1999, 12, 31, 23, 59, 59, 999999999 + 2}}
	for _, f := range dates {
		for _, loc := range []*time.Location{time.UTC, zone} {
			t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], f[6], loc)
			fmt.Println(f, t, t.Unix(), t.Nanosecond())
		}
	}
	for _, p := range [][2]int64{{0, 0}, {0, -1}, {-1, 1e9}, {5, -3e9 - 7}, {5, 3e9 + 7}, {-10, -1e9}, {0, 999999999}} {
		t := time.Unix(p[0], p[1]).UTC()
		fmt.Println(p, t, t.Unix(), t.Nanosecond(), t.UnixNano())
	}
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	far := time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	early := time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(base), base.Sub(far), early.Sub(far), far.Sub(early), base.Sub(base))
	for _, d := range []time.Duration{math.MaxInt64, math.MinInt64, -1, 1, 1500 * time.Millisecond, -1500 * time.Millisecond} {
		a := base.Add(d)
		fmt.Println(d, a, a.Sub(base), a.After(base), a.Before(base), a.Equal(base))
	}
	now := time.Now()
	later := now.Add(time.Hour)
	fmt.Println(later.Sub(now), now.Sub(later), later.After(now), now.Before(later), now.Equal(now.Round(0)))
	fmt.Println(now.Add(math.MaxInt64).Sub(now) > 0, now.Add(math.MinInt64).Sub(now) < 0)
	fmt.Println(now.Add(math.MaxInt64).Add(math.MaxInt64).After(now), now.Add(-time.Hour).Before(now))
	a := time.Date(2022, 1, 1, 0, 0, 0, 0, zone)
	b := a.UTC()
	fmt.Println(a.Equal(b), a == b, a.After(b), a.Before(b))
	for _, d := range []time.Duration{time.Hour, 24 * time.Hour, 7 * time.Second, 0, -1} {
		fmt.Println(a.Truncate(d), a.Round(d), a.Add(1234567891011).Truncate(d), a.Add(1234567891011).Round(d))
	}
	for _, m := range []int{1, -1, 13, -25} {
		t := time.Date(2024, 1, 31, 10, 0, 0, 0, time.UTC)
		fmt.Println(t.AddDate(0, m, 0), t.AddDate(m, 0, -m), t.AddDate(0, 0, m*400))
	}
}
