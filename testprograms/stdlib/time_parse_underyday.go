// time.Parse with the "__2" layout element: the day of the year padded with up to two spaces.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Format("2006 __2 002"))
	for _, s := range []string{"2022  32", "2022 032", "2022 365", "2022   7"} {
		p, err := time.Parse("2006 __2", s)
		fmt.Println(p, err)
	}
	p, err := time.Parse("2006 002", "2022 032")
	fmt.Println(p, err)
	p, err = time.Parse("2006 002", "2022 400")
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02 002", "2022-02-03 032")
	fmt.Println(p, err)
}
