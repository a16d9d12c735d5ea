package main

import "fmt"

// Methods named _ are checked but belong to no method set, so several may be declared on one
// type, beside a blank field, and they never clash with each other or satisfy an interface.

type Counter struct {
	_ int
	n int
}

func (Counter) _()           {}
func (*Counter) _(x int) int { return x }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Box[E any] struct {
	_ E
	v E
}

func (Box[E]) _()       {}
func (*Box[E]) _()      {}
func (b Box[E]) Get() E { return b. }

type Valuer interface{ Value() int }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	var v Valuer = c
	fmt.Println(v.Value())
	_, hasIncValue := any(&c).(interface {
		Inc()
		Value() int
	})
	fmt.Println("*Counter has Inc and Value:", hasIncValue)
	b := Box[string]{v: "ok"}
	fmt.Println(b.Get())
}
