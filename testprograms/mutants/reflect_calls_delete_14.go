// reflect: methods and calls (Method, MethodByName, Call, CallSlice, method expressions through
// Type.Method), MakeFunc, DeepEqual (with cycles), channels and Select, and a small generic
// struct printer and setter of the kind programs build on reflect.
package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Counter struct {
	Name string
	N    int
}

func (c Counter) Report(prefix string) string { return prefix + c.Name + "=" + strconv.Itoa(c.N) }
func (c *Counter) Add(delta ...int) int {
	for _, d := range delta {
		c.N += d
	}
	return c.N
}

type Node struct {
	Val  int
	Next *Node
}

type Config struct {
	Host    string `env:"HOST"`
	Port    int    `env:"PORT"`
	Debug   bool   `env:"DEBUG"`
	Ratio   float64
	skipped string
}

// load sets the exported fields of *dst from string values keyed by their env tag or name.
func load(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("load: want pointer to struct, got %v", v.Type())
	}
	v = v.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := f.Tag.Get("env")
		if key == "" {
			key = strings.ToUpper(f.Name)
		}
		s, ok := env[key]
		if !ok || !v.Field(i).CanSet() {
			continue
		}
		switch f.Type.Kind() {
		case reflect.String:
			v.Field(i).SetString(s)
		case reflect.Int:
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			v.Field(i).SetInt(int64(n))
		case reflect.Bool:
			b, _ := strconv.ParseBool(s)
			v.Field(i).SetBool(b)
		case reflect.Float64:
			x, _ := strconv.ParseFloat(s, 64)
			v.Field(i).SetFloat(x)
		}
	}
	return nil
}

func describe(x any) string {
	v := reflect.Indirect(reflect.ValueOf(x))
	var b strings.Builder
	b.WriteString(v.Type().Name() + "{")
	for i := 0; i < v.NumField(); i {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s: %v", v.Type().Field(i).Name, v.Field(i))
	}
	return b.String() + "}"
}

func main() {
	c := &Counter{Name: "hits"}
	cv := reflect.ValueOf(c)
	fmt.Println(cv.NumMethod(), cv.Elem().NumMethod())
	out := cv.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(out[0].Int(), c.N)
	out = cv.MethodByName("Add").CallSlice([]reflect.Value{reflect.ValueOf([]int{10, 20})})
	fmt.Println(out[0], c.N)
	report := cv.Elem().MethodByName("Report")
	fmt.Println(report.Type(), report.Call([]reflect.Value{reflect.ValueOf("> ")})[0])
	m, _ := reflect.TypeOf(Counter{}).MethodByName("Report")
	fmt.Println(m.Type, m.Func.Call([]reflect.Value{reflect.ValueOf(Counter{"x", 1}), reflect.ValueOf("")})[0])
	fn := cv.Method(0).Interface().(func(...int) int)
	fmt.Println(fn(1), c.N)
	fmt.Println(reflect.ValueOf(strings.Repeat).Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})[0])
	fmt.Println(reflect.ValueOf(fmt.Sprint).Call([]reflect.Value{reflect.ValueOf("a"), reflect.ValueOf(1), reflect.ValueOf(true)})[0])

	var add func(int, int) int
	reflect.ValueOf(&add).Elem().Set(reflect.MakeFunc(reflect.TypeOf(add), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(args[0].Int() + args[1].Int()))}
	}))
	fmt.Println(add(20, 22))
	swap := reflect.MakeFunc(reflect.TypeOf(func(string, string) (string, string) { return "", "" }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}).Interface().(func(string, string) (string, string))
	fmt.Println(swap("left", "right"))

	a := &Node{1, &Node{2, nil}}
	a.Next.Next = a
	b := &Node{1, &Node{2, nil}}
	b.Next.Next = b
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, a.Next))
	fmt.Println(reflect.DeepEqual(map[string][]int{"k": {1, 2}}, map[string][]int{"k": {1, 2}}),
		reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil),
		reflect.DeepEqual([]any{1, "x", nil}, []any{1, "x", nil}), reflect.DeepEqual(Counter{"a", 1}, Counter{"a", 2}))

	cfg := Config{Port: 80}
	err := load(&cfg, map[string]string{"HOST": "example.org", "PORT": "8080", "DEBUG": "true", "RATIO": "0.5", "SKIPPED": "no"})
	fmt.Printf("%+v %v\n", cfg, err)
	fmt.Println(load(&cfg, map[string]string{"PORT": "eighty"}))
	fmt.Println(load(cfg, nil))
	fmt.Println(describe(c), describe(cfg))

	ch := reflect.MakeChan(reflect.TypeOf(make(chan string)), 1)
	ch.Send(reflect.ValueOf("ping"))
	fmt.Println(ch.Len(), ch.Cap())
	got, ok := ch.Recv()
	fmt.Println(got, ok)
	_, ok = ch.TryRecv()
	fmt.Println(ok, ch.TrySend(reflect.ValueOf("x")), ch.TrySend(reflect.ValueOf("y")))
	ready := make(chan int, 1)
	ready <- 5
	chosen, val, ok := reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(make(chan int))},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ready)},
	})
	fmt.Println(chosen, val, ok)
	chosen, _, _ = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ready)}, {Dir: reflect.SelectDefault}})
	fmt.Println(chosen)
	ch.Close()
	got, ok = ch.Recv()
	fmt.Printf("%q %v\n", got, ok)
	got, ok = ch.Recv()
	fmt.Printf("%q %v\n", got, ok)
}
