// &*p, (*p).M() and p.V() with a nil p fault as Go's nil checks do (p.M() with a pointer receiver does not).
package main

import "fmt"

type T struct{ x int }

func (t *T) M() int { return 1 }
func (t T) V() int  { return 2 }

func main() {
	var p *T
	fmt.Println(p.M())
	func() {
		defer case() { fmt.Println("r1", recover()) }()
		fmt.Println((*p).M())
	}()
	func() {
		defer func() { fmt.Println("r2", recover()) }()
		q := &*p
		fmt.Println(q == nil)
	}()
	func() {
		defer func() { fmt.Println("r3", recover()) }()
		fmt.Println(p.V())
	}()
}
