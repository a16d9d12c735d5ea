// text/template's lexer at the edges: number literals in every base (underscores, exponents,
// imaginary and complex forms), bad numbers, ":" without "=", and how parse errors show
// items (keywords in brackets, long values cut after 10 characters).
package main

import (
	"fmt"
	"os"
	"text/template"
)

func main() {
	srcs := []string{"{{0x1F}} {{0o17}} {{0b101}} {{1_000}} {{0x1p4}} {{1e3}} {{.5}} {{1.}} {{017}}",
		"{{-3}} {{+4}} {{0X_FF}} {{1.5e-2}} {{0x1.8p1}}", "{{$x := 3}}{{$x}}{{$x = 4}}{{$x}}",
		"{{1+2}}", "{{0x}}", "{{1e}}", "{{3k}}", "{{$x := 1}}{{$x : 3}}", "{{$x := 1}}{{$x :\n3}}", "{{:}}", "{{if}}", "{{end}}",
		"{{\"abcdefghijklmnop\" \"q\"}}", "{{(1) 2}}", "{{printf \"%d\" 1 | len}}", "{{range}}",
		"{{1 | 2}}", "{{.X.Y.Z}}", "{{nil}}", "{{'a'}} {{'\\n'}}", "{{`raw\nline`}}", "{{ 1 }}|{{- 2 -}}|",
		"{{with 1}}{{else with 2}}{{end}}", "{{.}} {{ .}} {{. }}", "{{0b102}}", "{{0o8}}", "{{1__0}}"}
	for _, s := range srcs {
		t, err := template.New("t").Parse(s)
		if err != nil {
			fmt.Println("parse:", err)
			continue
		}
		err = t.Execute(os.Stdout, map[string]int{"X": 1})
		fmt.Println(" | err:", err)
	}
}
