// Never asks for signals: SIGINT/SIGTERM kill it (by the signal, as a Go binary dies).
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("ready")
	time.Sleep(time.Hour)
	fmt.Println("not reached")
}
