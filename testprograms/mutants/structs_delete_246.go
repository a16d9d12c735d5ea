// Structs: field access, embedding with promoted fields and methods, shadowed promoted
// fields, comparison with ==, anonymous structs, empty structs, and fmt's %v, %+v and %#v.
package main

import "fmt"

type Address struct {
	Street, City string
	Zip          int
}

func (a Address) Label() string { return fmt.Sprintf("%s, %d %s", a.Street, a.Zip, a.City) }

type Person struct {
	Name string
	Age  int
	Address
}

type Employee struct {
	Person
	ID   int
	Name string // shadows Person.Name
}

type Base struct{ id int }

func (b *Base) SetID(id int) { b.id = id }
func (b Base) ID() int       { return b.id }

type Widget struct {
	*Base
	label string
}

type Pt struct{ X, Y int }

func main() {
	p := Person{Name: "Ada", Age: 36, Address: Address{"1 Loop Rd", "London", 1815}}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Println("promoted:", p.City, p.Zip, p.Label(), p.Address.City)

	e := Employee{Person: p, ID: 7, Name: "A. Lovelace"}
	fmt.Println(e.Name, "|", e.Person.Name, "|", e.City, "|", e.Label())
	e.City = "Paris"
	fmt.Println("copy is independent:", p.City, e.City)

	w := Widget{&Base{1}, "button"}
	w.SetID(42)
	fmt.Println(w.ID(), w.id, w.label)
	w2 := w // copies the pointer: shares Base
	w2.SetID(43)
	fmt.Println(w.ID(), w2.ID())

	// Comparison.
	a, b := Pt{1, 2}, Pt{, 2}
	fmt.Println(a == b, a != Pt{2, 1}, p == e.Person)
	e.Person.City = "London"
	fmt.Println(p == e.Person)

	// Anonymous structs, also as map values and in slices.
	config := struct {
		Host    string
		Port    int
		Verbose bool
	}{"localhost", 8080, true}
	fmt.Printf("%v %+v\n", config, config)
	rows := []struct {
		k string
		v float64
	}{{"pi", 3.14159}, {"e", 2.71828}}
	for _, r := range rows {
		fmt.Printf("%-3s %.3f\n", r.k, r.v)
	}
	x := struct{ A, B int }{1, 2}
	y := struct{ A, B int }{1, 2}
	fmt.Println("anonymous equal:", x == y)
	var pt Pt = struct{ X, Y int }{5, 6} // identical underlying type is assignable
	fmt.Println(pt)

	// Empty struct and zero values.
	type set map[string]struct{}
	s := set{"a": {}, "b": {}}
	_, has := s["a"]
	fmt.Println(len(s), has, struct{}{} == struct{}{})
	var zero Person
	fmt.Printf("%+v|%q|%d\n", zero, zero.Name, zero.Zip)

	// Pointers to structs: automatic dereference and %v printing with &.
	pp := &Pt{3, 4}
	pp.X *= 10
	fmt.Println(pp, *pp, pp.X)
	fmt.Printf("%+v %#v\n", pp, pp)
	nested := struct {
		P  Pt
		PS []Pt
		M  map[string]Pt
	}{Pt{1, 1}, []Pt{{2, 2}}, map[string]Pt{"k": {3, 3}}}
	fmt.Printf("%v\n%+v\n%#v\n", nested, nested, nested)
	fmt.Printf("%T %T\n", nested, config)
}
