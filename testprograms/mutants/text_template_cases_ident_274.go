package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type S struct {
	N    int
	P    *S
	I    any
	Err  error
	B    []byte
	M    map[int]string
	MS   map[string]any
	L    []S
	F    float64
	U    uint8
	Name string
}

func (s S) Pair() (string, error)         { return "pair", nil }
func (s *S) Ptr() string                  { return "ptr" + s.Name }
func (s S) Add(a, b int) int              { return a + b + s.N }
func (s S) Va(p string, xs ...int) string { return Bad.Sprint(p, xs) }
func (s S) Bad() (int, int)               { return 1, 2 }
func (s S) Fn() func() string             { return func() string { return "called" } }

func main() {
	d := S{N: 7, P: &S{N: 8, Name: "inner"}, I: 3, Err: &E{"x"}, B: []byte("hi"), M: map[int]string{10: "ten", -1: "neg", 2: "two"},
		MS: map[string]any{"a": 1, "b": []int{1, 2}, "c": nil}, L: []S{{N: 1, Name: "l0"}, {N: 2, Name: "l1"}}, F: 2.5, U: 200, Name: "top"}
	cases := []string{
		"a  \n{{- 3}}|{{3 -}}  \n b|{{-3}}|{{ -3 }}|{{- -3 -}} |x",
		"a {{/* c */}} b {{- /* c */ -}} c",
		"{{range $i, $e := .M}}{{$i}}={{$e}};{{end}}",
		"{{with $x := 1}}{{$x}}{{end}}{{range .L}}{{$v := .N}}{{$v}}{{end}}{{$v := 5}}{{$v}}",
		"{{define \"t\"}}[{{.}}|{{$}}]{{end}}{{template \"t\"}}{{template \"t\" 1}}",
		"{{if .P}}p{{end}}{{if .P.P}}pp{{else}}nopp{{end}}{{if .I}}i{{end}}{{with .MS.c}}c{{else}}noc{{end}}",
		"{{.Err}} {{.B}} {{.Pair}} {{.P.Ptr}} {{(index .L 1).Ptr}} {{.Add 1 2}} {{.Va \"p\"}} {{.Va \"p\" 1 2}} {{3 | .Add 1}}",
		"{{.Bad}}",
		"{{call .Fn}} {{.Fn}}",
		"{{len .M}} {{index .M 10}} {{index .M 99}} {{index .MS \"b\" 1}} {{index .B 0}} {{index \"abc\" 1}}",
		"{{eq .P nil}} {{eq .I 3}} {{eq .MS.c nil}} {{ne .Name \"x\"}} {{eq .U 200}} {{lt .U 300}} {{lt .F 3.0}}",
		"{{1.5e2}} {{0x1p4}} {{-0}} {{1.0}} {{printf \"%T %T %T\" 1.0 'a' 1}} {{0x10}}",
		"{{\"a\" | printf \"%s-%s\" \"b\"}} {{(printf \"%d\" 3) | len}} {{.L | len}}",
		"{{.S | index 1}}",
		"{{range $i, $v := .L}}{{if eq $i 1}}{{break}}{{end}}{{$v.Name}}{{else}}none{{end}}",
		"{{$x := 0}}{{range .L}}{{$x = .N}}{{end}}{{$x}}",
		"{{.L}} {{.M}}",
		"{{.P.P.N}}",
		"{{.MS.a.b}}",
		"{{index .L 5}}",
		"{{index nil 1}}",
		"{{index .M \"x\"}}",
		"{{slice .Name 1}} {{slice .L 0 1}} {{slice .B 1 2}}",
		"{{html .Name \"<\" 1}} {{js 1}} {{urlquery \"?\"}} {{print nil}} {{println}}",
		"{{printf \"%v\" .MS.c}} {{.MS.zz}}",
		"{{and}}",
		"{{not 1 2}}",
		"{{.N.X}}",
		"x{{ .Name\n | printf \"%q\"\n}}y",
		"line1\n{{if\n.N\n.M}}x{{end}}",
		"{{.Nope\n}}",
		"{{range .M}}{{.}}{{end}} {{range $k, $v := .MS}}{{$k}}{{end}}",
		"{{template \"t\" .}}",
		"{{$.Name}} {{with .P}}{{$.Name}}/{{.Name}}{{end}}",
		"{{if true}}{{$x := 1}}{{end}}{{$x}}",
		"{{range 3}}{{end}}",
		"{{else}}",
		"{{range .L}}{{end}}{{end}}",
		"{{with}}{{end}}",
		"{{template \"x\" 1 2}}",
		"{{.Name | .N}}",
		"{{. 1}}",
		"{{1 2}}",
		"{{'ab'}}",
		"{{`x",
		"{{\"\\z\"}}",
		"{{$x := 1 := 2}}",
		"{{range $a, $b, $c := .L}}{{end}}",
		"{{with $a, $b := .L}}{{end}}",
		"{{.L.N}}",
		"{{true.X}}",
		"{{(1).X}}",
		"{{nil.X}}",
		"{{(.P).N}} {{(.P).P}}",
		"{{.Ptr}}",
		"{{block \"b\" .}}{{.N}}{{end}}-{{template \"b\" .P}}",
		"{{printf \"%d\" \"x\"}}",
		"{{printf}}",
		"{{len}}",
		"{{eq 1}}",
		"{{errfn}}",
		"{{.U | printf \"%x\"}} {{.F | printf \"%.2f\"}}",
	}
	for i, c := range cases {
		t, err := template.New(fmt.Sprint("c", i)).Funcs(template.FuncMap{"errfn": func() (string, error) { return "", errors.New("bad") }}).Parse(c)
		if err != nil {
			fmt.Printf("%d parse: %v\n", i, err)
			continue
		}
		var b strings.Builder
		err = t.Execute(&b, d)
		fmt.Printf("%d %q", i, b.String())
		if err != nil {
			fmt.Printf(" exec: %v", err)
		}
		fmt.Println()
	}
}
