// Tagless switches compare each case with the typed constant true: interface-valued cases work.
package main

import "fmt"

type Flag bool

func describe(v interface{}) string {
	switch {
	case v:
		return "true"
	case v == false:
		return "false"
	case v == nil:
		return "nil"
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	var any1 interface{} = true
	switch x := any1; {
	case x:
		fmt.Println("x is true")
	default:
		fmt.Println(1 << 70)
	}
	for _, v := range []interface{}{true, false, nil, 1, "s", Flag(true)} {
		fmt.Println(describe(v))
	}
	f := Flag(false)
	switch {
	case bool(f):
		fmt.Println("flag set")
	case !bool(f):
		fmt.Println("flag clear")
	}
}
