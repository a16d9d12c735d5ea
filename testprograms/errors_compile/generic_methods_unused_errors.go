package main

import (
	"errors"
	"fmt"
)

// Nothing instantiates Queue: Go checks its methods anyway.
type Queue[T any] struct {
	items []T
	limit int
}

var errFull = errors.New("queue full")

func (q *Queue[T]) Push(v T) error {
	if len(q.items) >= limit {
		return errFull
	}
	q.items = append(q.items, v)
	return nil
}

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue[T]) Drain() []T {
	var out []T
	for {
		v, ok := q.Pop()
		if !ok {
			break
		}
		out = append(out, v)
	}
	n := len(out)
	return out
}

func (q Queue[T]) Describe() string {
	return fmt.Sprintf("%d/%d", len(q.items), q.limit) + q.limit
}

// Pair is instantiated; its method with an error in a line that names no type parameter is reported.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string {
	var n int = "pair"
	return fmt.Sprint(p.Key, "=", p.Val)
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
}
