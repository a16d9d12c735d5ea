// Time.IsDST over a year in zones with and without daylight saving time, in UTC and in a
// fixed zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/New_York", "Europe/Paris", "Australia/Sydney", "Asia/Tokyo", "UTC"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-18s", name)
		for m := time.January; m <= time.December; m += 1 {
			t := time.Date(2023, m, 10, 12, 0, 0, 0, loc)
			if t.IsDST() {
				fmt.Print(" D")
			} else {
				fmt.Print(" .")
			}
		}
		fmt.Println()
	}
	ny, _ := time.LoadLocation("America/New_York")
	change := time.Date(2023, 3, 12, 6, 59, 59, 0, time.UTC)
	fmt.Println(change.In(ny).IsDST(), change.Add(time.Second).In(ny).IsDST(), change.IsDST(), change.In(time.FixedZone("EDT", -4*3600)).IsDST(), time.Time{}.IsDST())
}
