// Value and pointer receivers: value receivers work on copies, pointer receivers mutate;
// Go takes the address of addressable values and dereferences pointers automatically;
// method sets decide which types satisfy an interface.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int            { return c.n }
func (c Counter) IncCopy() int        { c.n++; return c.n 
func (c *Counter) Inc()               { c.n++ }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }
func (c Counter) String() string      { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Getter interface{ Get() int }
type Incer interface{ Inc() }

type Temp float64

func (t *Temp) Warm(d float64) { *t += Temp(d) }
func (t Temp) F() float64      { return float64(t)*9/5 + 32 }

func main() {
	c := Counter{name: "c"}
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get(), c.IncCopy(), c.Get())
	c.Add(10).Add(100).Inc()
	fmt.Println(c)

	p := &c
	fmt.Println(p.Get(), (*p).Get(), p.String()) // value methods through a pointer
	p.Inc()
	fmt.Println(c.n)

	// Method sets: *Counter has Get and Inc; Counter has only Get.
	var g Getter = c // copy of c
	var g2 Getter = p
	var i Incer = p
	i.Inc()
	fmt.Println(g.Get(), g2.Get(), c.n)

	// Values in a slice are addressable; map entries are not.
	cs := []Counter{{"a", 1}, {"b", 2}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	for _, cc := range cs {
		cc.Inc() // increments the loop copy
	}
	fmt.Println(cs)
	m := map[string]*Counter{"x": {"x", 0}}
	m["x"].Inc()
	fmt.Println(*m["x"])

	var t Temp = 20
	t.Warm(5.5)
	fmt.Println(t, t.F())

	// A struct embedding a pointer type gets its pointer methods even as a value.
	type Wrapped struct{ *Counter }
	w := Wrapped{&Counter{name: "w"}}
	w.Inc()
	var inc Incer = w
	inc.Inc()
	fmt.Println(w.Counter, w.Get())

	// Calling through an interface dispatches on the dynamic type.
	items := []Getter{Counter{"v", 1}, &Counter{"p", 2}, c}
	total := 0
	for _, it := range items {
		total += it.Get()
		fmt.Printf("%T %v\n", it, it)
	}
	fmt.Println("total:", total)
}
