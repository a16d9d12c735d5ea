// time.Duration as text and as floats at the unit boundaries: String for both signs from 1ns
// to the extremes, trailing zeros of the fraction, exact minutes and hours, the most negative
// value; Seconds, Minutes and Hours of large and odd values.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 9, 999, 1000, 1001, 1500, 999999, 1000000, 1000100, 123456789,
		999999999, time.Second, time.Second + 1, 1500 * time.Millisecond, 59*time.Second + 999*time.Millisecond,
		time.Minute, time.Minute + time.Nanosecond, time.Hour, time.Hour + time.Second, 25*time.Hour + 30*time.Second + 5,
		100 * time.Hour, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	for _, d := range ds {
		fmt.Printf("%d: %v %v | %.12g %.12g %.12g\n", int64(d), d, -d, d.Seconds(), d.Minutes(), d.Hours())
	}
	for _, d := range []time.Duration{1<<53 + 1, -(1<<53 + 7), 7*time.Hour + 13*time.Minute + 17*time.Second + 19} {
		fmt.Println(d.Seconds(), d.Minutes(), d.Hours(), d.String())
	}
}
