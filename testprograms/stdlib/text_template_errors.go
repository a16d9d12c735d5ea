package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

type T struct {
	A     int
	B     *T
	S     []int
	M     map[string]int
	F     func(int) int
	priv  int
	Iface any
}

func (t T) Err() (string, error) { return "", errors.New("boom") }
func (t *T) PtrM() string        { return "ptr" }

func run(name, text string, data any, opts ...string) {
	t, err := template.New(name).Funcs(template.FuncMap{"up": strings.ToUpper, "fail": func() (int, error) { return 0, errors.New("failed") }}).Option(opts...).Parse(text)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	var b strings.Builder
	err = t.Execute(&b, data)
	fmt.Printf("%q\n", b.String())
	if err != nil {
		fmt.Println("exec:", err)
	}
}

func main() {
	d := T{A: 1, S: []int{1, 2, 3}, M: map[string]int{"k": 1}, F: func(i int) int { return i * 2 }}
	// parse errors
	run("p1", "{{.A", d)
	run("p2", "{{if .A}}x", d)
	run("p3", "{{end}}", d)
	run("p4", "{{foo .A}}", d)
	run("p5", "{{$x}}", d)
	run("p6", "a\n{{break}}", d)
	run("p7", "{{if}}{{end}}", d)
	run("p8", "{{.A | 3}}", d)
	run("p9", "{{\"abc}}", d)
	run("p10", "{{/* x */ .A}}", d)
	run("p11", "{{.A)}}", d)
	run("p12", "{{(.A}}", d)
	run("p13", "{{3x}}", d)
	run("p14", "{{range .S}}{{else if .A}}{{end}}", d)
	run("p15", "{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}", d)
	run("p16", "{{with $x := 1}}{{end}}{{$x}}", d)
	run("p17", "line1\n{{if .A}}\n{{else}}\n{{else}}{{end}}", d)
	run("p18", "{{template .A}}", d)
	run("p19", "{{.A.}}", d)
	run("p20", "{{#}}", d)
	// exec errors
	run("e1", "{{.Nope}}", d)
	run("e2", "x\n  {{.B.A}}", d)
	run("e3", "{{.priv}}", d)
	run("e4", "{{.M.nope}}", d, "missingkey=error")
	run("e5", "{{.M.nope}}", d)
	run("e6", "{{.M.nope}}", d, "missingkey=zero")
	run("e7", "{{.Err}}", d)
	run("e8", "{{fail}}", d)
	run("e9", "{{index .S 5}}", d)
	run("e10", "{{index .S 3}}", d)
	run("e11", "{{len 3}}", d)
	run("e12", "{{eq .A \"x\"}}", d)
	run("e13", "{{lt true false}}", d)
	run("e14", "{{template \"nope\"}}", d)
	run("e15", "{{up 1}}", d)
	run("e16", "{{up \"a\" \"b\"}}", d)
	run("e17", "{{.A 1}}", d)
	run("e18", "{{range .A}}{{end}}", d)
	run("e19", "{{call .F 4}} {{call .F \"x\"}}", d)
	run("e20", "{{.F}}", d)
	run("e21", "{{.PtrM}}", d)
	run("e22", "{{.PtrM}}", &d)
	run("e23", "{{.Iface.X}}", d)
	run("e24", "{{nil}}", d)
	run("e25", "{{.A.B}}", d)
	run("e26", "{{$.A}} {{$.S}}", d)
	run("e27", "{{.X}}", nil)
	run("e28", "{{.X}}", nil, "missingkey=error")
	run("e29", "{{slice .S 2 1}}", d)
	run("e30", "{{printf \"%d-%s\" 3 \"x\"}} {{.S | len}} {{\"abc\" | up | printf \"%s!\"}}", d)
	run("e31", "{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", d)
	run("e32", "{{range $i, $e := .M}}{{$i}}{{$e}}{{end}}{{range .M}}{{else}}empty{{end}}{{range .S}}{{end}}{{range .Iface}}x{{else}}none{{end}}", d)
	run("e33", "{{block \"b\" .A}}blk {{.}}{{end}}", d)
	run("e34", "{{with .B}}x{{else}}nob{{end}} {{if not .B}}nil{{end}}", d)
	run("e35", "{{(index .S 1).X}}", d)
	run("e36", "{{.S.X}}", d)
	run("e37", "{{ne 1 2}} {{le 2 2}} {{ge 1 2}} {{eq 1 1.0}}", d)
	run("e38", "{{and 1 0 (fail)}} {{or 0 \"\"}}", d)
	run("e39", "{{1e3}} {{-2}} {{+3}} {{1_000}} {{0b101}} {{0o17}} {{'\\n'}} {{`raw`}} {{true}}", d)
	run("e40", "{{99999999999999999999}}", d)
	// Must panics with the parse error
	template.Must(template.New("must").Parse("ok {{.A"))
}
