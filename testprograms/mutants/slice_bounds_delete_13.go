// Runtime panic: slicing beyond the capacity. Earlier, recovered slice errors show the
// other forms of Go's slice-bounds messages.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

 main() {
	s := make([]int, 3, 5)
	lo, hi, max := 4, 2, 6
	try("low > high", func() { _ = s[lo:hi] })
	try("high > cap", func() { _ = s[:max] })
	try("3-index max > cap", func() { _ = s[1:2:max] })
	try("string", func() { _ = "hello"[hi:max] })
	try("string index", func() { _ = "hello"[max] })
	try("negative make", func() { _ = make([]int, hi-max) })
	try("array pointer conversion", func() { _ = (*[4]int)(s) })
	fmt.Println("within cap is fine:", s[:5], len(s[2:5]))
	tail := s[hi:]
	fmt.Println(tail, len(tail), cap(tail))
	fmt.Println(tail[:max])
}
