// The texts of failed index and slice bounds checks: which bound failed, negative signed and
// unsigned 64-bit operands, arrays (length) vs slices (capacity) vs strings.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	str := "abc"
	var u uint64 = 1<<64 - 1
	var u32 uint32 = 1<<32 - 1
	var n = -1
	var big = 5
	try("s[u]", func() { _ = s[u] })
	try("s[u32]", func() { _ = s[u32] })
	try("s[n]", func() { _ = s[n] })
	try("a[n]", func() { _ = a[n] })
	try("str[u]", func() { _ = str[u] })
	try("s[u:]", func() { _ = s[u:] })
	try("s[:u]", func() { _ = s[:u] })
	try("s[n:]", func() { _ = s[n:] })
	try("s[:big]", func() { _ = s[:big] })
	try("a[:big]", func() { _ = a[:big] })
	try("str[:big]", func() { _ = str[:big] })
	try("s[2:1]", func() { x := 2; _ = s[x:1] })
	try("s[::big]", func() { _ = s[0:1:big] })
	try("a[::big]", func() { _ = a[0:1:big] })
	try("s[:big:2]", func() { _ = s[0:big:2] })
	try("s[n:1:2]", func() { _ = s[n:1:2] })
	try("s[:u:2]", func() { _ = s[:u:2] })
	try("s[::u]", func() { _ = s[:1:u] })
	var p *[3]int
	try("p[:big]", func() { _ = p[:big] })
	try("p[1]", func() { _ = p[1] })
}
