// time.Duration edge cases: String at every unit boundary and the int64 extremes, Round and
// Truncate near saturation, Abs, float conversions, and ParseDuration's accepted forms,
// overflow limits and each of its error texts (with non-ASCII and quotes in the input).
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, -1, 9, 10, 999, 1000, 1001, 1010, 999999, 1000000, 1000001,
		1234567, 999999999, 1e9, 1e9 + 1, 1e9 + 1e6, 59e9, 60e9, 61e9, 3599e9, 3600e9,
		3600e9 + 1, 3661e9 + 5e8, 86400e9 * 365, math.MaxInt64, math.MinInt64, math.MinInt64 + 1,
		-1500, -1500000, -59999999999, 100 * time.Hour}
	for _, d := range ds {
		fmt.Printf("%d %v abs=%v\n", int64(d), d, d.Abs())
		fmt.Printf("  h=%g m=%g s=%g ms=%d us=%d ns=%d\n", d.Hours(), d.Minutes(), d.Seconds(),
			d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	ms := []time.Duration{-1, 0, 1, 2, 3, 7, 1000, time.Millisecond, time.Second, time.Hour,
		math.MaxInt64, math.MinInt64 + 1}
	vals := []time.Duration{0, 1, -1, 5, -5, 6, -6, 1499, 1500, -1500, 1501, -1501, 2500,
		math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 3661e9 + 5e8}
	for _, d := range vals {
		for _, m := range ms {
			fmt.Printf("%d/%d r=%d t=%d  ", int64(d), int64(m), int64(d.Round(m)), int64(d.Truncate(m)))
		}
		fmt.Println()
	}
	inputs := []string{"0", "+0", "-0", "0s", "-0s", "1ns", "1us", "1µs", "1μs", "1ms", "1s",
		"1m", "1h", "1.5h", "1.h", ".5s", ".s", ".", "1..5s", "1.5.5s", "5s3m", "1h1h",
		"1.0000000000000000000001s", "0.000000001s", "0.0000000001s", "1.9999999999s",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"-9223372036854775809ns", "9223372036.854775807s", "9223372036.854775808s",
		"2562047h47m16.854775807s", "2562047h47m16.854775808s", "-2562047h47m16.854775808s",
		"2562048h", "99999999999999999999ns", "1e3s", "1 s", " 1s", "1s ", "1S", "1sec",
		"1x", "x", "s", "-", "+", "--1s", "+-1s", "-+1s", "", "1", "12", "1.5", "1h2",
		"1\x00s", "1é", "1\"s", "a\\b", "3mµs", "1µ", "1.000000000000000000000000000000009h",
		"0.1h0.1m0.1s", "123456789.123456789ms", "1.5µs", "-.5ms", "+.5ms",
		"9223372036854775808ns9223372036854775808ns", "-9223372036854775808ns1ns", "1.5s.5s"}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %d %v\n", s, int64(d), err)
	}
}
