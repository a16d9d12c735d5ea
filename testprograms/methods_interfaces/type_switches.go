// Type assertions (single-value and comma-ok) and type switches: multiple types per case,
// nil cases, interface cases, default, and the bound variable's type in each case.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Temperature float64
type Celsius struct{ Deg float64 }

func (c Celsius) String() string { return strconv.FormatFloat(c.Deg, 'f', 1, 64) + "C" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v of type %T", x, x) // x is interface{} here
	case string:
		return "string of length " + strconv.Itoa(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice with %d ints, first %d", len(x), x[0])
	case Temperature:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case func(int) int:
		return "func giving " + strconv.Itoa(x(20))
	case map[string]int:
		return fmt.Sprint("map with ", len(x), " keys")
	case *int:
		return fmt.Sprint("pointer to ", *x)
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func sum(vals ...interface{}) (float64, []string) {
	total := 0.0
	var skipped []string
	for _, v := range vals {
		switch n := v.(type) {
		case int:
			total += float64(n)
		case float64:
			total += n
		case string:
			f, err := strconv.ParseFloat(n, 64)
			if err != nil {
				skipped = append(skipped, n)
				continue
			}
			total += f
		default:
			skipped = append(skipped, fmt.Sprint(n))
		}
	}
	return total, skipped
}

func main() {
	seven := 7
	values := []interface{}{nil, 42, int64(-1), "hello", true, false, []int{9, 8}, Temperature(21.5),
		errors.New("oops"), Celsius{36.6}, func(x int) int { return x * 2 }, map[string]int{"a": 1},
		&seven, 3.14, []string{"x"}, struct{}{}}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, describe(v))
	}

	var any interface{} = "text"
	s := any.(string)
	fmt.Println(s, len(s))
	n, ok := any.(int)
	fmt.Println(n, ok)
	st, ok := any.(fmt.Stringer)
	fmt.Println(st, ok)
	any = Celsius{-5}
	st, ok = any.(fmt.Stringer)
	fmt.Println(st, ok)

	total, skipped := sum(1, 2.5, "3.25", "four", nil, 10, []int{})
	fmt.Println(total, skipped)

	// A failed single-value assertion panics; recover to show the message.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v interface{} = 3.5
		_ = v.(int)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v interface{} = Temperature(1)
		_ = v.(fmt.Stringer)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v interface{}
		_ = v.(string)
	}()
}
