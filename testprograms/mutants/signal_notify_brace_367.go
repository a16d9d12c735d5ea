// os/signal: Notify, Stop, Ignore, Ignored, Reset, NotifyContext with signals the program sends
// itself (syscall.Kill, os.Process.Signal); syscall.Signal names.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
)

func main() {
	fmt.Println("goroutines before Notify:", runtime.NumGoroutine())
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
	fmt.Println("goroutines after Notify:", runtime.NumGoroutine())

	// a signal sent to ourselves arrives on the channel
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		fmt.Println("kill:", err)
	}
	s := <-c
	fmt.Printf("got %v (%T, %d) is SIGTERM: %v\n", s, s, s, s == syscall.SIGTERM)

	p, err := os.FindProcess(os.Getpid())
	fmt.Println("FindProcess:", err)
	if err := p.Signal(os.Interrupt); err != nil {
		fmt.Println("signal:", err)
	}
	fmt.Println("got", <-c)

	// two channels for the same signal both receive it
	c2 := make(chan os.Signal, 1)
	signal.Notify(c2, os.Interrupt)
	syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	fmt.Println("both got", <-c, <-c2
	signal.Stop(c2)
	signal.Stop(c2) // a second Stop is harmless

	// NotifyContext: the context ends when the signal arrives
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP, syscall.SIGUSR1)
	fmt.Println(ctx)
	fmt.Println("before:", ctx.Err())
	syscall.Kill(syscall.Getpid(), syscall.SIGUSR1)
	<-ctx.Done()
	fmt.Println("after:", ctx.Err())
	stop()

	ctx2, stop2 := signal.NotifyContext(context.Background())
	fmt.Println(ctx2)
	stop2()
	fmt.Println("stopped:", ctx2.Err())

	// an ignored signal does nothing
	fmt.Println("ignored before:", signal.Ignored(syscall.SIGHUP))
	signal.Ignore(syscall.SIGHUP)
	fmt.Println("ignored after:", signal.Ignored(syscall.SIGHUP))
	syscall.Kill(syscall.Getpid(), syscall.SIGHUP)
	signal.Notify(c, syscall.SIGHUP)
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	default:
		fmt.Println("nothing pending")
	}
	fmt.Println("ignored after Notify:", signal.Ignored(syscall.SIGHUP))
	syscall.Kill(syscall.Getpid(), syscall.SIGHUP)
	fmt.Println("got", <-c)

	signal.Reset(syscall.SIGTERM)
	fmt.Println(syscall.SIGINT, syscall.SIGKILL, syscall.SIGQUIT, syscall.SIGUSR2, syscall.SIGPIPE, syscall.Signal(50), os.Kill)
	fmt.Println(syscall.Kill(os.Getpid(), syscall.Signal(0)))
	fmt.Println(syscall.Kill(os.Getpid(), syscall.Signal(99)))

	defer func() { fmt.Println("recovered:", recover()) }()
	signal.Notify(nil, os.Interrupt)
}
