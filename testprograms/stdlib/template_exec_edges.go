// text/template's executor at its edges: break/continue and else in range over slices, maps,
// channels and pointers; truth of every kind; variables; how arguments are fitted to
// parameters (interfaces, pointers, addresses, nil, constants, variadic, the pipeline's final
// value, reflect.Value); and/or; missing keys; method lookup; what cannot be printed; panics
// and errors of called functions, with the exact error texts.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"text/template"
)

type Inner struct{ N int }

func (i *Inner) String() string { return fmt.Sprintf("inner#%d", i.N) }
func (i Inner) Twice() int      { return 2 * i.N }

type Data struct {
	S     []string
	Empty []int
	M     map[string]int
	IM    map[int]string
	AM    map[any]int
	Nil   map[string]int
	P     *Inner
	NilP  *Inner
	In    Inner
	Arr   [2]Inner
	Ch    chan int
	Send  chan<- int
	Fn    func() int
	Any   any
	AnyP  any
	C     complex128
	F     float32
	U     uint8
	B     bool
	St    struct{}
	hid   int
}

func (d Data) Add(a, b int) int                     { return a + b }
func (d Data) Join(sep string, xs ...string) string { return strings.Join(xs, sep) }
func (d Data) Three() (int, int, int)               { return 1, 2, 3 }
func (d Data) Fail() (int, error)                   { return 0, errors.New("fail method") }
func (d Data) Boom() int                            { panic("boom text") }
func (d Data) BoomErr() int                         { panic(errors.New("boom error")) }
func (d Data) Ptr(i *Inner) int                     { return i.N }
func (d Data) Val(i Inner) int                      { return i.N }
func (d Data) Iface(x fmt.Stringer) string          { return "S:" + x.String() }
func (d Data) Refl(v reflect.Value) string          { return v.Kind().String() }
func (d Data) U8(u uint8) uint8                     { return u + 1 }
func (d Data) F64(f float64) float64                { return f / 2 }
func (d Data) Cx(c complex64) complex64             { return c * 2 }
func (d Data) Bool(b bool) bool                     { return !b }
func (d Data) Str(s string) string                  { return "<" + s + ">" }
func (d Data) Slice(s []int) int                    { return len(s) }
func (d Data) Anything(x any) string                { return fmt.Sprintf("%T", x) }

func main() {
	ch := make(chan int, 4)
	ch <- 10
	ch <- 20
	ch <- 30
	close(ch)
	d := Data{
		S:    []string{"a", "b", "c", "d"},
		M:    map[string]int{"z": 26, "a": 1, "m": 13},
		IM:   map[int]string{3: "c", -1: "neg", 10: "ten"},
		AM:   map[any]int{"s": 1, 2: 2, 1.5: 3, false: 4},
		P:    &Inner{7},
		Arr:  [2]Inner{{1}, {2}},
		Ch:   ch,
		Send: make(chan int),
		Fn:   func() int { return 42 },
		Any:  Inner{5},
		AnyP: &Inner{6},
		C:    1i,
		F:    0.5,
		U:    200,
		B:    true,
	}
	funcs := template.FuncMap{
		"list":   func(xs ...int) []int { return xs },
		"pair":   func(a string, b ...int) string { return fmt.Sprint(a, b) },
		"nilerr": func() (string, error) { return "ok", nil },
		"pan":    func() int { panic(fmt.Sprintf("panic %d", 1)) },
		"refl":   func(v reflect.Value) reflect.Value { return v },
		"mkch": func(n int) chan int {
			c := make(chan int, n)
			for i := 0; i < n; i++ {
				c <- i * i
			}
			close(c)
			return c
		},
	}
	cases := []string{
		// range: break, continue, else, index and element variables
		`{{range $i, $s := .S}}{{if eq $s "c"}}{{break}}{{end}}{{$i}}={{$s}} {{end}}`,
		`{{range .S}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}`,
		`{{range .Empty}}x{{else}}empty{{end}}|{{range .Nil}}x{{else}}nil map{{end}}|{{range .NilP}}x{{else}}nil ptr{{end}}`,
		`{{range $k, $v := .M}}{{$k}}{{$v}},{{end}} {{range $k, $v := .IM}}{{$k}}:{{$v}},{{end}}`,
		`{{range $k, $v := .M}}{{if eq $k "m"}}{{break}}{{end}}{{$k}}{{end}}`,
		`{{range $i, $v := .Ch}}{{$i}}:{{$v}} {{end}}`,
		`{{range mkch 0}}x{{else}}closed empty{{end}} {{range $i, $e := mkch 4}}{{if eq $i 2}}{{break}}{{end}}{{$e}},{{end}}`,
		`{{range .Arr}}{{.N}}{{.Twice}}{{end}} {{range .P}}{{end}}`,
		`{{range 3}}{{.}}{{end}}`,
		`{{range .S}}{{range .}}{{end}}{{end}}`,
		`{{$x := 0}}{{range .S}}{{$x = .}}{{end}}{{$x}} {{range $i, $e := .S}}{{end}}{{$x}}`,
		`{{range $e := .S}}{{$e}}{{end}}`,
		// truth
		`{{if .C}}c{{end}}{{if .F}}f{{end}}{{if .U}}u{{end}}{{if .St}}st{{end}}{{if .Fn}}fn{{end}}{{if .NilP}}np{{else}}!np{{end}}{{if .Any}}any{{end}}{{if .Ch}}ch{{end}}`,
		`{{if 0.0}}a{{else if ""}}b{{else if .Empty}}c{{else}}none{{end}}`,
		`{{with .NilP}}x{{else}}no{{end}} {{with .P}}{{.N}}{{end}} {{with .Any}}{{.N}}{{end}} {{with $v := .M.a}}{{$v}}{{.}}{{end}}`,
		`{{if .Fn}}{{end}}{{with .St}}struct{{end}}`,
		`{{if $}}dollar{{end}}`,
		// printing
		`{{.P}} {{.In}} {{.NilP}} {{.AnyP}} {{.Arr}} {{.M}} {{.hid}}`,
		`{{.Ch}}`,
		`{{.Fn}}`,
		`{{.Nil.x}} {{.M.nope}} {{.Any.N}} {{.AnyP.N}}`,
		`{{.NilP.N}}`,
		`{{.NilP.Twice}}`,
		`{{.Any.Nope}}`,
		`{{.M.a 1}}`,
		`{{.In.N 1}}`,
		`{{.P.N.X}}`,
		`{{$.S}} {{$x := .P}}{{$x.N}} {{$x.Twice}}`,
		`{{$y}}`,
		// calls and arguments
		`{{.Add 1 2}} {{3 | .Add 4}} {{.Join "-" "a" "b"}} {{.Join "-"}} {{"z" | .Join "+" "y"}}`,
		`{{.Add 1}}`,
		`{{.Add 1 2 3}}`,
		`{{.Join}}`,
		`{{.Three}}`,
		`{{nilerr}} {{list 1 2 3}} {{list}} {{pair "a"}} {{5 | pair "b" 1}} {{"c" | pair}}`,
		`{{.Fail}}`,
		`{{.Boom}}`,
		`{{.BoomErr}}`,
		`{{pan}}`,
		`{{.Ptr .P}} {{.Val .P}} {{.Ptr .In}}`,
		`{{.Val .NilP}}`,
		`{{.Iface .P}} {{.Iface .AnyP}}`,
		`{{.Iface .In}}`,
		`{{.Refl 3}} {{.Refl .S}} {{.Refl nil}} {{refl 3}} {{.Refl .Nope}}`,
		`{{.U8 255}} {{.F64 3}} {{.F64 1.5}} {{.Bool true}} {{.Str "s"}}`,
		`{{.U8 -1}}`,
		`{{.U8 "x"}}`,
		`{{.F64 "x"}}`,
		`{{.Bool 1}}`,
		`{{.Str 1}}`,
		`{{.Add 1.5 1}}`,
		`{{.Add true 1}}`,
		`{{.Slice nil}} {{.Anything nil}} {{.Anything 1}} {{.Anything .S}}`,
		`{{.Add nil 1}}`,
		`{{.Slice 3}}`,
		`{{.Str .U}}`,
		`{{.Str .Nope}}`,
		`{{.Add .Any 1}}`,
		`{{.Anything $}}`,
		`{{and 1 2}} {{and 0 (pan)}} {{or "" "x" (pan)}} {{1 | and 2}} {{0 | or 0}} {{and .NilP 1}} {{or}}`,
		`{{not 0}} {{not .S}} {{not}}`,
		`{{.Nope 1}}`,
		`{{1 | 2}}`,
		`{{nil | print}}`,
		`{{"x" | .S}}`,
		`{{(1).X}}`,
		`{{(.P).N}} {{(.In).Twice}}`,
	}
	for i, c := range cases {
		t, err := template.New(fmt.Sprint("c", i)).Funcs(funcs).Parse(c)
		if err != nil {
			fmt.Printf("%d parse: %v\n", i, err)
			continue
		}
		var b strings.Builder
		err = t.Execute(&b, d)
		fmt.Printf("%d %q", i, b.String())
		if err != nil {
			fmt.Printf(" err: %v", err)
			var ee template.ExecError
			if errors.As(err, &ee) {
				fmt.Printf(" [ExecError %s]", ee.Name)
			}
		}
		fmt.Println()
	}
	// Execute with missing data, ExecuteTemplate, IsTrue
	t := template.Must(template.New("root").Parse(`{{define "sub"}}[{{.}}]{{end}}root`))
	var b strings.Builder
	fmt.Println(t.ExecuteTemplate(&b, "sub", 3), b.String())
	fmt.Println(t.ExecuteTemplate(&b, "none", 3))
	fmt.Println(template.New("empty").Execute(&b, nil))
	for _, v := range []any{nil, 0, 1, "", "x", []int{}, map[int]int{1: 1}, (*int)(nil), struct{}{}, 0i, make(chan int), func() {}} {
		tr, ok := template.IsTrue(v)
		fmt.Print(tr, ok, " ")
	}
	fmt.Println()
	for _, opt := range []string{"missingkey=default", "missingkey=invalid", "missingkey=zero", "missingkey=error"} {
		t := template.Must(template.New(opt).Option(opt).Parse(`{{.a}} {{.b}}|{{with .b}}x{{else}}y{{end}}`))
		var b strings.Builder
		err := t.Execute(&b, map[string]int{"a": 1})
		fmt.Printf("%s %q %v\n", opt, b.String(), err)
		b.Reset()
		err = t.Execute(&b, map[string]any{"a": 1})
		fmt.Printf("%s any %q %v\n", opt, b.String(), err)
	}
}
