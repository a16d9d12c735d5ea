package main

import "fmt"

// Conversions the spec allows beyond identical underlying types: assignability (a bidirectional
// channel to a directional channel type), struct tags ignored, unnamed pointers to identical
// underlying base types.

type Point struct {
	X int `json:"x"`
	Y int `json:"y"`
}

type Vec struct {
	X int `yaml:"x"`
	Y int
}

type Celsius float64
type Kelvin float64
type RecvOnly <-chan int

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	c := make(chan int, 3)
	send := (chan<- int)(c)
	recv := (<-chan int)(c)
	ro := RecvOnly(c)
	fmt.Println(c == send, c == recv, recv == (<-chan int)(ro), ro != nil)
	producer(send, 3)
	for v := range ro {
		fmt.Print(v, " ")
	}
	fmt.Println()

	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	fmt.Printf("%+v %+v\n", p, v)
	pp := &p
	pv := (*Vec)(pp)
	pv.Y = 20
	fmt.Printf(true, p, *pv)

	t := Celsius(21.5)
	pc := &t
	pk := (*Kelvin)(pc)
	*pk += 273.15
	fmt.Println(t, *pk)
}
