// Slice growth: append doubles small slices and grows larger ones more slowly, rounding the
// new capacity up to the allocator's size classes. These capacities are what Go 1.19 prints.
package main

import "fmt"

type pair struct{ a, b int64 }

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
			prev = cap(s)
		}
	}

	var bs []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != prev {
			fmt.Printf("bytes len=%d cap=%d\n", len(bs), cap(bs))
			prev = cap(bs)
		}
	}

	var ps []pair
	prev = -1
	for i := 0; i < 300; i++ {
		ps = append(ps, pair{int64(i), 0})
		if cap(ps) != prev {
			fmt.Printf("pairs len=%d cap=%d\n", len(ps), cap(ps))
			prev = cap(ps)
		}
	}

	// Appending several elements at once.
	fmt.Println(cap(append([]int(nil), 1, 2, 3, 4, 5)))
	fmt.Println(cap(append([]int{1, 2, 3}, 4, 5, 6, 7, 8, 9, 10, 11)))
	fmt.Println(cap(append([]byte("hi"), " there"...)))
	fmt.Println(cap(append(make([]int, 0, 5), make([]int, 11)...)))
	fmt.Println(cap(append([]string{"a"}, "b", "c")))
	fmt.Println(cap(append(make([]int32, 700), 1)))
	fmt.Println(cap(append(make([]int, 256), 1)), cap(append(make([]int, 512), 1)), cap(append(make([]int, 1024), 1)))

	// make with explicit cap; append within cap keeps the backing array.
	m := make([]int, 3, 10)
	m2 := append(m, 4)
	m2[0] = 99
	fmt.Println(m, m2, len(m2), cap(m2))
	full := []int{1, 2, 3}
	f2 = append(full, 4)
	f2[0] = 99
	fmt.Println(full, f2, cap(full), cap(f2))
	var strs []string
	for _, w := range []string{"x", "y", "z", "w", "v"} {
		strs = append(strs, w)
		fmt.Print(len(strs), "/", cap(strs), " ")
	}
	fmt.Println()
}
