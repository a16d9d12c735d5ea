// Function literals and type literals in messages: types2 prints them as written, with the
// body shortened to {…} ({} when empty).
package main

type S struct {
	a, b int
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	var x int = func(a, b int, c ...string) (n int, err error) { return 0, nil }
	func() {}
	var y string = func(int, string) bool { return true }(1, "a")
	_ = apply(func(s string) int { return len(s) }, 1)
	var w int = struct {
		a, b int
		c    string
		S
	}{}
	var u int = (func(int) bool)(nil)
	var t int = map[string]func() error{}
	_, _, _, _, _ = x, y, w, u, t
}
