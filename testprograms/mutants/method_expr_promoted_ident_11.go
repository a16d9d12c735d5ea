package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Val() int   { return i.n }
func (i *Inner) Inc()      { i.n++ }
func (i Inner) Add(d int) int { return i.n + d }

type Outer struct {
	Inner
	name string
}

type PO struct {
	*Inner
}

type Sayer interface{ Say() string }
type S string

func (s S) Say() string { return string(s) }

type WithIface struct{ Sayer }

func main() {
	o := Outer{Inner{1}, "o"}
	f := Outer.Val
	fmt.Println(f(o))
	g := (*Outer).Inc
	g(&o)
	fmt.Println(o.g, (*Outer).Val(&o), (*Inner).Val(&o.Inner), Outer.Add(o, 5))
	p := PO{&Inner{10}}
	PO.Inc(p)
	fmt.Println(PO.Val(p))
	fmt.Println(WithIface.Say(WithIface{S("hi")}))
	fmt.Printf("%T\n", (*Outer).Val)
}
