package main

import (
	"errors"
	"fmt"

	nums "example.com/samename/numbers/util"
	"example.com/samename/text/util"
)

type lener interface{ Len() int }

func kind(x interface{}) string {
	switch x.(type) {
	case util.Value:
		return "text"
	case nums.Value:
		return "numbers"
	}
	return "other"
}

func main() {
	t, _ := util.Upper("go")
	n, _ := nums.Parse("42")
	fmt.Printf("%T %v %T %v\n", t, t, n, n)
	fmt.Println(kind(t), kind(n), kind(struct{ S string }{"x"}))

	var x interface{} = t
	_, isNums := x.(nums.Value)
	_, isText := x.(util.Value)
	fmt.Println(isNums, isText)

	seen := map[interface{}]string{t: "text", n: "numbers"}
	seen[util.Value{"GO"}] = "text again"
	seen[nums.Value{"GO"}] = "numbers again"
	fmt.Println(len(seen), seen[util.Value{"GO"}], seen[nums.Value{"GO"}])

	for _, l := range []lener{t, n} {
		fmt.Printf("%T.Len() = %d\n", l, l.Len())
	}

	_, err1 := util.Upper("")
	_, err2 := nums.Parse("")
	fmt.Println(err1, err2, err1 == err2, errors.Is(err1, util.ErrEmpty), errors.Is(err2, util.ErrEmpty))
	fmt.Println(t == util.Value{"GO"})

	defer func() { fmt.Println("recovered:", recover()) }()
	var y interface{} = n
	_ = y.(util.Value)
}
