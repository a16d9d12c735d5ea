// fmt's use of the Stringer and error interfaces: which verbs call String or Error, Error
// winning over String, pointer-receiver String only used for pointers, nested values, and
// custom Format/GoString are not needed for these rules.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Both struct{ msg string }

func (b Both) Error() string  { return "error:" + b.msg }
func (b Both) String() string { return "string:" + b.msg }

type NotFound struct {
	Key  string
	Code int
}

func (e *NotFound) Error() string { return fmt.Sprintf("key %q not found (code %d)", e.Key, e.Code) }

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, &NotFound{k, 404}
}

type Palette struct {
	Main   Color
	Others []Color
}

func main() {
	c := Blue
	fmt.Println(c, Color(7))
	fmt.Printf("%v %s %d %q %x %+v %#v\n", c, c, c, c, c, c, c)
	fmt.Println([]Color{Red, Green}, map[Color]int{Blue: 3, Red: 1})
	fmt.Printf("%v\n%+v\n", Palette{Green, []Color{Red, Blue}, map[string]Color{"sky": Blue}},
		Palette{Main: Red})

	v := Vec{1, 2}
	fmt.Println(v, &v)           // String has a pointer receiver: only &v uses it
	fmt.Printf("%v %v\n", v, &v) // same
	fmt.Println([]*Vec{{3, 4}})  // elements are pointers: String is used

	b := Both{"x"}
	fmt.Println(b)
	fmt.Printf("%s %v %q\n", b, b, b)
	var err error = b
	fmt.Println(err, err.Error())

	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "zz"} {
		val, err := lookup(m, k)
		if err != nil {
			fmt.Println("lookup failed:", err)
			var nf *NotFound
			if errors.As(err, &nf) {
				fmt.Println("  code:", nf.Code, "key:", nf.Key)
			}
			continue
		}
		fmt.Println("found", val)
	}

	wrapped := fmt.Errorf("handler: %w", &NotFound{"id", 410})
	fmt.Println(wrapped)
	fmt.Printf("%v|%s|%q\n", wrapped, wrapped, wrapped)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint(Red, "x", Green), fmt.Sprintln(Blue, 1))
	fmt.Printf("%5s|%-7v|%.2s\n", Green, Red, Blue)
	var nilErr error
	fmt.Println(nilErr, fmt.Sprintf("%v", nilErr))
}
