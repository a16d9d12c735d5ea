// Goroutines blocked in the network show "[IO wait]" in goroutine dumps (runtime.Stack with
// all=true), like goroutines blocked on channels show "[chan receive]"; they are not asleep:
// the program goes on when the peer acts.
package main

import (
	"fmt"
	"net"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"
)

var header = regexp.MustCompile(`(?m)^goroutine \d+ \[([^\]]*)\]:$`)

// states returns the states of all goroutines but the caller, sorted.
func states() []string {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	var out []string
	for i, m := range header.FindAllStringSubmatch(string(buf[:n]), -1) {
		if i == 0 {
			continue // the caller: running
		}
		out = append(out, m[1])
	}
	sort.Strings(out)
	return out
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	accepted := make(chan net.Conn)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		accepted <- c
	}()
	block := make(chan int)
	go func() { <-block }()
	go func() { time.Sleep(time.Hour) }()

	// Wait until the acceptor is parked in the poller and the others are parked too.
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if s := strings.Join(states(), ","); strings.Contains(s, "IO wait") && !strings.Contains(s, "runnable") && !strings.Contains(s, "running") {
			break
		}
	}
	fmt.Println(states())

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	server := <-accepted
	got := make(chan string)
	go func() {
		buf := make([]byte, 16)
		n, err := server.Read(buf)
		if err != nil {
			got <- err.Error()
			return
		}
		got <- string(buf[:n])
	}()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if s := strings.Join(states(), ","); strings.Contains(s, "IO wait") && !strings.Contains(s, "runnable") && !strings.Contains(s, "running") {
			break // (the acceptor may still be runnable, on its way out, when the reader parks)
		}
	}
	fmt.Println(states())
	c.Write([]byte("wake up"))
	fmt.Println(<-got)
	block <- 1
}
