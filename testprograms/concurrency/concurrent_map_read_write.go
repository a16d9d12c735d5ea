// A "config" map refreshed by a background goroutine while request handlers read it
// without a lock: Go stops the program with "concurrent map read and map write".
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

func main() {
	runtime.GOMAXPROCS(2)
	config := map[string]string{"timeout": "30", "retries": "3"}
	go func() {
		for i := 0; ; i++ {
			config["timeout"] = strconv.Itoa(30 + i%5)
		}
	}()
	served := 0
	for req := 0; req < 50000000; req++ {
		if t, err := strconv.Atoi(config["timeout"]); err == nil && t >= 30 {
			served++
		}
	}
	fmt.Println("served", served, "requests without noticing the writer")
}
