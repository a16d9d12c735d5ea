// Runtime panic: writing to a nil map (reading from it was fine).
package main

import "fmt"

type registry struct {
	byName map[string]int
}

func (r *registry) lookup(name string) (int, bool) {
	v, ok := r.byName[name]
	return v, ok
}

func (r *registry) register(name string, id int) {
	r.byName[name] = id
}

func main() {
	var r registry
	v, ok := r.lookup("alpha")
	fmt.Println("lookup on nil map:", v, ok, len(r.byName))
	for k := range r.byName {
		fmt.Println("never", k)
	}
	delete(r.byName, "alpha")
	fmt.Println("delete on nil map is fine")
	r.register("alpha", 1)
	fmt.Println("unreachable")
}
