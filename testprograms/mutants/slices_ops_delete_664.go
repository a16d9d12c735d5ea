// Slice operations: copy (also overlapping, and from strings), 3-index slicing to cap a
// slice, aliasing through shared backing arrays, nil versus empty slices, and common idioms
// (insert, delete, filter in place, reverse, stack and queue).
package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s=%v len=%d cap=%d nil=%v\n", name, s, len(s), cap(s), s == nil)
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}

	// copy returns the number of elements copied.
	dst := make([]int, 4)
	n := copy(dst, base)
	fmt.Println("copied", n, dst)
	n = copy(base[2:], base) // overlapping, like memmove
	fmt.Println("overlap copied", n, base)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println("from string:", n, b, string(b))

	// Aliasing: sub-slices share storage; append may overwrite the parent.
	nums := []int{1, 2, 3, 4, 5}
	head := nums[:2]
	show("head", head)
	head = append(head, 100) // fits in cap: overwrites nums[2]
	show("nums", nums)
	capped := nums[:2:2] // 3-index slice limits cap
	show("capped", capped)
	capped = append(capped, 200) // must reallocate: nums untouched
	show("capped", capped)
	show("nums", nums)
	mid := nums[1:3:4]
	show("mid", mid)
	fmt.Println("mid[:cap]:", mid[:cap(mid)])

	// nil versus empty.
	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	show("nilS", nilS)
	show("empty", empty)
	show("made", made)
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	for range nilS {
		fmt.Println("never")
	}
	nilS = append(nilS, 1)
	show("nilS", nilS)
	fmt.Println(len(nilS[:0]), nilS[1:], len(nilS[1:]))

	// Idioms.
	s := []int{10, 20, 30, 40, 50}
	i := 2
	s = append(s[:i], s[i+1:]...) // delete index 2
	fmt.Println("delete:", s)
	s = append(s[:1], append([]int{15}, s[1:]...)...) // insert at 1
	fmt.Println("insert:", s)
	evens := s[:0]
	for _, v := range []int{1, 2, 3, 4, 5, 6} {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println("filter reused storage:", evens, s)
	r := []string{"a", "b", "c", "d"}
	for l, h := 0, len(r)-1; l < h; l, h = l+1, h-1 {
		r[l], r[h] = r[h], r[l]
	}
	fmt.Println("reversed:", r)

	var stack []string
	for _, w := range []string{"x", "y", "z"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	queue := []int{1, 2, 3}
	for len(queue) > 0 {
		front := queue[0]
		queue = queue[1:]
		if front < 3 {
			queue = append(queue, front*10)
		}
		fmt.Print(front, " ")
	}
	fmt.Println()

	// Slices of slices share rows; full copies need a loop.
	grid := make([][]rune, 3)
	for y := range grid {
		grid[y] = []rune("...")
	}
	alias := grid
	alias[1][1] = '#'
	deep := make([][]rune, len(grid))
	for y := range grid {
		[y] = append([]rune(nil), grid[y]...)
	}
	deep[0][0] = '@'
	for y := range grid {
		fmt.Println(string(grid[y]), string(deep[y]))
	}

	// Slicing strings and arrays, and a slice of an array pointer.
	str := "abcdef"
	fmt.Println(str[2:], str[:2], str[1:4], str[:])
	arr := [5]int{1, 2, 3, 4, 5}
	ap := &arr
	sl := ap[1:4]
	sl[0] = 20
	fmt.Println(arr, sl, cap(sl))
	fmt.Println(len(base[10:]), base[3:3], cap(base[3:3]))
}
