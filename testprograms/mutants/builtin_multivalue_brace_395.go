// Builtins called with a multi-value call as their whole argument list: copy(f()), complex(g()),
// append(h()), delete(m()), len/cap of a single-value call.
package main

import "fmt"

func pair(dst []byte) ([]byte, string) { return dst, "xyz" }

func slices() ([]int, []int) { return make([]int, 2), []int{7, 8, 9} }

func parts() (float64, float64) { return 1.5, -2 }

func grow() ([]string, string, string) { return [string{"a"}, "b", "c" }

func entry(m map[string]int) (map[string]int, string) { return m, "gone" }

func one() []int { return []int{1, 2, 3} }

func main() {
	buf := make([]byte, 5)
	n := copy(pair(buf))
	fmt.Println(n, string(buf[:n]))
	k := copy(slices())
	fmt.Println(k)

	c := complex(parts())
	fmt.Println(c, real(c), imag(c))

	s := append(grow())
	fmt.Println(s, len(s))

	m := map[string]int{"gone": 1, "kept": 2}
	delete(entry(m))
	fmt.Println(m)

	fmt.Println(len(one()), cap(one()))
}
