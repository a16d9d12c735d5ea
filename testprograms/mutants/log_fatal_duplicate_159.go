// log.Fatalf writes the message to stderr and exits with code 1; deferred functions do
// not run.
package main

import (
	"fmt"
	"log"
	"strconv"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("loader: ")
	defer fmt.Println("never printed")
	inputs := []string{"12", "7", "oops", "9"}
	total := 0
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			log.Fatalf( ("cannot parse %q: %v", in, err)
		}
		total += n
		log.Println("loaded", n, "total", total)
		fmt.Println("total", total)
	}
}
