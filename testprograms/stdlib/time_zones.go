// A world clock and meeting planner over the tz database (time.LoadLocation): offsets and
// abbreviations around daylight-saving changes, parsing in a zone, a skipped and a repeated
// local hour, far-future dates (past the zone files' transition tables) and bad names.
package main

import (
	"fmt"
	"time"
)

func main() {
	cities := []string{"America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata",
		"Australia/Sydney", "America/Sao_Paulo", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kathmandu"}
	meeting := time.Date(2023, time.March, 20, 15, 0, 0, 0, time.UTC)
	for _, c := range cities {
		loc, err := time.LoadLocation(c)
		if err != nil {
			fmt.Println(err)
			continue
		}
		local := meeting.In(loc)
		name, off := local.Zone()
		fmt.Printf("%-20s %s  %-5s %+6d  %s\n", loc, local.Format("Mon 02 Jan 15:04"), name, off/60, local.Format(time.RFC3339))
	}

	ny, _ := time.LoadLocation("America/New_York")
	for _, s := range []string{"2023-03-12 01:59", "2023-03-12 02:30", "2023-03-12 03:00", "2023-11-05 01:30", "2023-11-05 02:30"} {
		t, err := time.ParseInLocation("2006-01-02 15:04", s, ny)
		fmt.Println(s, "->", t, t.UTC().Format("15:04Z"), err)
	}
	t, err := time.Parse("Jan 2 2006 15:04 MST", "Jul 4 2023 09:00 EDT")
	fmt.Println(t, err)
	t, err = time.ParseInLocation("Jan 2 2006 15:04 MST", "Jul 4 2023 09:00 EDT", ny)
	fmt.Println(t, t.UTC(), err)

	start := time.Date(2023, 3, 11, 12, 0, 0, 0, ny)
	for i := 0; i < 3; i++ {
		d := start.AddDate(0, 0, i)
		fmt.Println(d, d.Add(24*time.Hour).Sub(d), d.AddDate(0, 0, 1).Sub(d))
	}
	syd, _ := time.LoadLocation("Australia/Sydney")
	for _, y := range []int{1970, 2000, 2038, 2060, 2100} {
		jan := time.Date(y, 1, 15, 12, 0, 0, 0, syd)
		jul := time.Date(y, 7, 15, 12, 0, 0, 0, syd)
		fmt.Println(jan.Format("2006-01-02 MST -0700"), jul.Format("2006-01-02 MST -0700"))
	}
	a := time.Date(2023, 6, 1, 9, 0, 0, 0, ny)
	b := time.Date(2023, 6, 1, 15, 0, 0, 0, time.FixedZone("CEST", 2*3600))
	fmt.Println(a.Equal(b), b.Sub(a), a.Location(), b.Location(), a.In(time.UTC).Location())
	for _, n := range []string{"Mars/Olympus", "../etc/passwd", "/etc/localtime", "America", "america/new_york", "EST5EDT", "Etc/GMT+3", "UTC", "Local", ""} {
		loc, err := time.LoadLocation(n)
		if err != nil {
			fmt.Printf("%q: %v\n", n, err)
			continue
		}
		fmt.Printf("%q: %v %v\n", n, loc, meeting.In(loc).Format("15:04 MST"))
	}
}
