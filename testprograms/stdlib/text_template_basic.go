package main

import (
	"os"
	"text/template"
)

type Person struct {
	Name string
	Age  int
	Tags []string
	M    map[string]int
}

func (p Person) Greet(s string) string { return s + ", " + p.Name }

func main() {
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}
	t1 = template.Must(t1.Parse("Value: {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})
	Create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}
	t2 := Create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})
	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")
	t4 := Create("t4", "Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})
	t5 := Create("t5", `{{$n := len .Tags}}{{.Greet "Hi"}} ({{.Age}}) has {{$n}} tags:{{range $i, $t := .Tags}} {{$i}}={{$t | printf "%q"}}{{end}}
{{with .Name}}name={{.}}{{end}} {{if and (gt .Age 18) (lt .Age 65)}}adult{{else if ge .Age 65}}senior{{else}}minor{{end}}
{{- /* a comment */ -}}
{{define "T"}}[{{.}}]{{end}}{{template "T" .Age}} {{index .Tags 1}} {{slice .Name 1 3}} {{eq .Name "Ann" "Bob"}} {{not true}} {{or 0 "" "x"}}
{{range $k, $v := .M}}{{$k}}:{{$v}},{{end}} {{html "<a&b>"}} {{js "it's"}} {{urlquery "a b&c"}} {{println 1 2}}{{print 1 2 "x" "y"}}
{{range .Tags}}{{if eq . "b"}}{{continue}}{{end}}{{if eq . "d"}}{{break}}{{end}}{{.}}{{end}} {{3.5}} {{0x10}} {{'a'}} {{printf "%v" nil}}
`)
	err = t5.Execute(os.Stdout, Person{Name: "Bob", Age: 30, Tags: []string{"a", "b", "c", "d", "e"}, M: map[string]int{"z": 1, "a": 2, "m": 3}})
	if err != nil {
		os.Stdout.WriteString("ERR " + err.Error() + "\n")
	}
}
