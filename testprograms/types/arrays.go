// Arrays are values: assignment, parameters and range copy them, they compare with ==, and
// they can be map keys. Pointers to arrays index and range without copying.
package main

import "fmt"

type Grid [3][3]int

func (g Grid) withCenter(v int) Grid {
	g[1][1] = v // modifies the copy
	return g
}

func (g *Grid) setCorner(v int) { g[0][0] = v }

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println("a:", a, "b:", b)
	fmt.Println("double:", double(a), "a still:", a)
	doubleInPlace(&a)
	fmt.Println("in place:", a, len(a), cap(a))

	var g Grid
	g2 := g.withCenter(5)
	g.setCorner(9)
	fmt.Println(g, g2)
	fmt.Println("equal:", g == g2, g == Grid{{9}}, [2]string{"a", "b"} == [2]string{"a", "b"})

	// range over an array evaluates a copy; range over a pointer does not.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 30
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 30
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)

	// Arrays as map keys.
	visits := map[[2]int]int{}
	path := [][2]int{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 1}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)

	// Arrays of structs copied by value.
	type cell struct {
		alive bool
		n     int
	}
	cells := [2]cell{{true, 1}, {false, 2}}
	cp := cells
	cp[0].n = 99
	fmt.Printf("%+v %+v\n", cells, cp)

	// Slicing an array shares its storage.
	s := a[1:3]
	s[0] = -1
	fmt.Println("a after slice write:", a, "slice:", s, len(s), cap(s))

	// Array length is part of the type; [...] counts the literal.
	days := [...]string{"mon", "tue", "wed"}
	fmt.Printf("%T %d %q\n", days, len(days), days)
	var zero [5]float64
	fmt.Println(zero, len(zero))
	matrix := [2][2]int{{1, 2}, {3, 4}}
	row := matrix[0]
	row[0] = 7
	fmt.Println(matrix, row)
	pa := &matrix
	pa[1][1] = 40
	fmt.Println(matrix, (*pa)[1])
	var empty [0]int
	fmt.Println(empty, len(empty))
}
