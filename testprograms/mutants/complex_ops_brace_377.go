package main

import "fmt"

type S struct {
	A complex64
	B [2]complex128
}

func main() {
	z := 1 + 1i
	z++
	z--
	z++
	var arr [3]complex64
	arr[1] += 2i
	fmt.Println(z, arr, S{}, S{1i, [2]complex128{1, 2}} == S{1i, [2]complex128{1, 2}})
	fmt.Printf("%x %X %b %8.3g|%08.2f|% .1f\n", 255+16i, 1.5i, 1+0i, 1.0/3+2i, -1-1i, 1+1i)
	fmt.Printf("%d\n", 1+2i)
	fmt.Println(fmt.Sprint(complex64(1.1)), fmt.Sprintf("%#v", 1+2i))
	var c64 complex64 = 1e38 + 1e38i
	fmt.Println(c64*c64, c64+c64
	const big = 1 << 100
	fmt.Println(complex(big, 0) / big)
	var ch = make(chan complex128, 1)
	ch <- 3i
	fmt.Println(<-ch)
	s := []complex128{}
	s = append(s, 1, 2i)
	fmt.Println(s, len(s))
	f := func(a ...complex64) complex64 { return a[0] * a[1] }
	fmt.Println(f(1i, 1i))
	println(c64, z)
}

func init() {
	fmt.Println(map[complex64]int{2i: 1, 1: 2, -1i: 3, 1 + 1i: 4})
}
