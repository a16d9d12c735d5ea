package main

// Runtime type names (%T, reflect, panics) of generic instances name the type
// arguments' defined types by import path, the outer type by package name.

import (
	"fmt"
	"net/http"
	"reflect"
	"time"

	"example.com/typeargs/pkg/events"
)

type Local struct{}

type Box[T any] struct{ v T }

func main() {
	fmt.Printf("%T\n", &events.Bus[events.Event]{})
	fmt.Printf("%T\n", events.Pair[string, []*events.Event]{})
	fmt.Printf("%T\n", Box[events.Pair[Local, time.Duration]]{})
	fmt.Printf("%T\n", Box[map[*http.Header]chan events.Event]{})
	fmt.Println(reflect.TypeOf(Box[events.Event]{}).String(), reflect.TypeOf(events.Bus[Local]{}).Name())
	defer func() { fmt.Println(recover()) }()
	var x interface{} = Box[events.Event]{}
	_ = x.(Box[Local])
}
