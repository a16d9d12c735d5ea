// Custom panic with a string value after a validation loop; deferred calls still run (and
// print) while the panic unwinds.
package main

import "fmt"

type config struct {
	name    string
	workers int
}

func validate(c config) {
	if c.workers <= 0 {
		panic(fmt.Sprintf("config %q: workers must be positive, got %d", c.name, c.workers))
	}
	fmt.Println("config", c.name, "ok")
}

func main() {
	defer fmt.Println("deferred in main runs during the panic")
	for _, c := range []config{{"small", 1}, {"large", 16}, {"broken", -2}, {"never", 3}} {
		validate(c)
	}
}
