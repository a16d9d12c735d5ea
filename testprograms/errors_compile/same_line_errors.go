package main

// Go's compiler drops an error only when it repeats the previous one on the same line; the same
// message at other columns, with other errors between, is printed each time. An elided
// composite literal type is named by its underlying type in types2's messages.

type P struct{ base int }

func main() {
	_ = []P{{"a", 1}, {"b", 2}, {"c", 3}}
	var x, y int = "s", "t"
	_, _ = x, y
	_ = []P{{bas: 1}, {}}
	_ = P{1, 2}
}
