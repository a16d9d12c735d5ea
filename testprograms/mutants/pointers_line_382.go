// Pointers: taking addresses of locals, struct fields and slice/array elements, new,
// pointers to pointers, escaping locals returned from functions, pointer equality, and
// a pointer into an old backing array surviving a reallocating append.
package main

import "fmt"

type node struct {
	val         int
	left, right *node
}

func insert(root **node, v int) {
	for *root != nil {
		if v < (*root).val {
			root = &(*root).left
		} else {
			root = &(*root).right
		}
	}
	*root = &node{val: v}
}

func inorder(n *node, visit func(int)) {
	if n == nil {
		return
	}
	inorder(n.left, visit)
	visit(n.val)
	inorder(n.right, visit)
}

func newCounter() *int {
	c := 0 // escapes to the heap
	return &c
}

func swap(a, b *int) { *a, *b = *b, *a }

type vec struct{ x, y float64 }

func (v *vec) scale(k float64) { v.x *= k; v.y *= k }

func main() {
	x, y := 1, 2
	px, py := &x, &y
	swap(px, py)
	fmt.Println(x, y, *px, *py, px == &x, px == py)

	c := newCounter()
	*c += 5
	d := newCounter()
	fmt.Println(*c, *d, c != d)

	p := new(vec)
	p.x = 3
	pp := &p
	(*pp).y = 4
	(**pp).scale(2)
	fmt.Println(*p, p.x, (*p).y)

	// Pointers to fields and elements.
	v := vec{1, 2}
	fx := &v.x
	*fx = 10
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e *= 100
	fmt.Println(v, arr)

	s := make([]int, 2, 2)
	first := &s[0]
	s = append(s, 3) // reallocates: first points into the old array
	*first = 42
	fmt.Println(s, *first)
	s2 := make([]int, 2, 10)
	first2 := &s2[0]
	s2 = append(s2, 3) // same array
	*first2 = 42
	fmt.Println(s2)

	// A pointer-built binary search tree.
	var root *node
	for _, val := range []int{50, 30, 70, 20, 40, 60, 80, 35, 65} {
		insert(&root, val)
	}
	var out []int
	inorder(root, func(v int) { out = append(out, v) })
	fmt.Println(out, root.left.right.left.val)

	// Pointer receivers through addressable values, and slices of pointers.
	vs := []vec{{1, 1}, {2, 2}}
	for i := range vs {
	}
	for _, vv := range vs {
		vv.scale(100) // scales a copy
	}
	fmt.Println(vs)
	ptrs := []*vec{{1, 1}, {2, 2}}
	for _, q := range ptrs {
		q.scale(3)
	}
	fmt.Println(*ptrs[0], *ptrs[1])

	var nilp *vec
	fmt.Println(nilp == nil, nilp)
	type wrapper struct{ inner *int }
	n := 7
	w1, w2 := wrapper{&n}, wrapper{&n}
	fmt.Println(w1 == w2, *w1.inner)
	m := map[string]*int{"a": &n}
	*m["a"] = 8
	fmt.Println(n)
}
