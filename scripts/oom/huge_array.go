// An array longer than the heap (1 TiB): Go allocates it whole and fails with its fatal error, exit 2
// (scripts/oom-check); here a store cannot even hold that many elements, and it must not wrap around.
package main

import "fmt"

type big struct {
	a [1 << 33]int64
}

func main() {
	var a [1 << 40]byte
	a[5] = 1
	fmt.Println(a[5], len(a))
	p := new(big)
	fmt.Println(len(p.a))
}
