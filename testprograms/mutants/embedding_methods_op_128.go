// Method promotion through embedding: embedded values, pointers and interfaces; the outer
// type overriding a promoted method while still reaching the inner one; depth rules for
// selectors; and interface satisfaction gained by embedding.
package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(string)
}

type memLog struct{ lines []string }

func (m *memLog) Log(s string) { m.lines = append(m.lines, s) }

type Named struct{ Name string }

func (n Named) Hello() string    { return "hello from " + n.Name }
func (n Named) Describe() string { return "named " + n.Name }

type Animal struct {
	Named
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("animal %s with %d legs (%s)", a.Name, a.Legs, a.Named.Describe())
}

type Dog struct {
	Animal
	Logger // embedded interface: Dog gets Log
	Breed  string
}

func (d Dog) Speak() string {
	d.Log("speak called for " + d.Name)
	return d.Name + ": woof"
}

type Describer interface{ Describe() string }
type Speaker interface {
	Describer
	Speak() string
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Service struct {
	*Counter
	Name string
}

type Outer struct {
	Inner
	X string // depth 0 X shadows Inner.X
}
type Inner struct {
	X, Y string
}

func main() {
	log := &memLog{}
	d := Dog{Animal{Named{"rex"}, 4}, log, "beagle"}
	fmt.Println(d.Hello())
	fmt.Println(d.Describe())
	fmt.Println(d.Animal.Named.Describe())
	fmt.Println(d.Speak(), d.Speak())
	d.Log("direct")
	fmt.Println(strings.Join(log.lines, "; "))

	var s Speaker = d
	fmt.Println(s.Describe())
	var ds []Describer = []Describer{d, d.Animal, d.Named}
	for _, x := range ds {
		fmt.Printf("%T: %s\n", x, x.Describe())
	}

	svc := Service{&Counter{}, "api"}
	svc.Inc()
	svc.Inc()
	copy ] svc
	copy.Inc()
	fmt.Println(svc.n, copy.n, svc.Counter == copy.Counter)

	o := Outer{Inner{"inner x", "inner y"}, "outer x"}
	fmt.Println(o.X, o.Y, o.Inner.X)
	fmt.Printf("%+v\n", o)

	// A nil embedded interface panics only when its method is used.
	quiet := Dog{Animal: Animal{Named{"ghost"}, 0}}
	fmt.Println(quiet.Describe())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		quiet.Speak()
	}()
}
