// A server-style shutdown: the context ends on SIGINT, cleanup runs, exit status 3.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fmt.Println("ready")
	<-ctx.Done()
	fmt.Println("shutting down:", ctx.Err())
	os.Exit(3)
}
