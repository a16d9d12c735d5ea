// Waits for SIGINT or SIGTERM on a channel, then says which came.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	fmt.Println("ready")
	s := <-c
	fmt.Println("got", s)
}
