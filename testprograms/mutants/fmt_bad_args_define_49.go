// fmt's error reporting inside the output: wrong verb for a type, missing and extra
// arguments, bad argument indexes, bad widths, unknown verbs, nil values and panicking
// String methods, all of which Printf reports inline instead of failing.
package main

import (
	"errors"
	"fmt"
)

type exploder struct{}

func (exploder) String() string { panic("boom in String") }

type nilStringer struct{ name string }

func (n *nilStringer) String() string { return "name=" + n.name }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%z %!\n", 5)
	fmt.Printf("%t %t\n", 1, "yes")
	fmt.Printf("%x %X\n", true, 3.5)
	fmt.Printf("%c %U\n", "str", 2.5)
	fmt.Printf("%e %f\n", 7, "f")
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%[3]d %[0]d %[x]d\n", 1, 2)
	fmt.Printf("%[2]d\n", 1)
	fmt.Printf("%*d|\n", "w", 5)
	fmt.Printf("%.*d|\n", -1, 5)
	fmt.Printf("%-*d|\n", 4, 5)
	fmt.Printf("%d %s %v\n", nil, nil, nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%d\n", map[string]int{"a": 1})
	fmt.Printf("%s %d\n", errors.New("an error"), errors.New("as number"))
	fmt.Printf("%v|%s|%d\n", exploder{}, exploder{}, exploder{})
	var ns *nilStringer
	fmt.Printf("%v|%s\n", ns, ns)
	fmt.Println(ns)
	fmt.Printf("%v %d\n", &nilStringer{"x"}, &nilStringer{"y"})
	fmt.Printf("%!d\n", 1)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	s = fmt.Sprintf("%d items cost %.2f", 3)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%s", "a", "b"))
	fmt.Println(fmt.Errorf("no wrap verb: %v", errors.New("inner")))
	err := fmt.Errorf("two verbs: %w and %w", errors.New("a"), errors.New("b"))
	fmt.Println(err, errors.Unwrap(err) == nil)
	err = fmt.Errorf("bad w: %w", "not an error")
	fmt.Println(err, errors.Unwrap(err) == nil)
}
