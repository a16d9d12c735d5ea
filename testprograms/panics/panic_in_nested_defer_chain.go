package main

// A deferred call that recovers, then panics with a nil dereference whose own
// deferred call panics again: Go reports all three panics, the recovered one
// marked, and the SIGSEGV line of the middle one.

import "fmt"

type label string

func (l label) String() string { return "label(" + string(l) + ")" }

func cleanup() {
	r := recover()
	fmt.Println("recovered:", r)
	var p *int
	defer func() { panic(label("from inner defer")) }()
	fmt.Println(*p)
}

func main() {
	defer fmt.Println("main's defer runs")
	defer cleanup()
	panic(fmt.Errorf("first failure"))
}
