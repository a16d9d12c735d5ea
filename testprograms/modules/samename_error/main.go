package main

import (
	"fmt"

	nums "example.com/samename/numbers/util"
	"example.com/samename/text/util"
)

// store keeps text values; a numbers value is another type, though both print as util.Value.
// (The two util packages are those of the sibling module ../samename, through a replace directive.)
func store(v util.Value) string { return v.S }

func main() {
	n, _ := nums.Parse("42")
	fmt.Println(store(n))
	var t util.Value = nums.Value{}
	fmt.Println(t, util.ErrEmpty == nums.ErrEmpty)
}
