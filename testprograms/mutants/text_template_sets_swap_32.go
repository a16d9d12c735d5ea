package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Inv struct {
	Items []Item
	Owner *User
}

type Item struct {
	Name  string
	Price Money
	Qty   int
}

func (i Item) Total() Money                  { return i.Price * Money(i.Qty) }
func (i Item) Scaled(f int, s string) string { return fmt.Sprint(int(i.Price)*f, s) }

type User struct{ First, Last string }

func (u *User) Full() string           { return u.First + " " + u.Last }
func (u *User) Self() *User            { return u }
func (u *User) Join(sep string) string { return u.First + sep + u.Last }

func main() {
	inv := Inv{Items: []Item{{"pen", 150, 3}, {"book", 1299, 1}}, Owner: &User{"Ada", "Lovelace"}}
	const text = `Invoice for {{.Owner.Full}} ({{.Owner.Self.Last}}, {{.Owner.Join "/"}}, {{"-" | .Owner.Join}})
{{range $i, $it := .Items -}}
  {{$i}}. {{printf "%-6s" $it.Name}} {{$it.Qty}} x {{$it.Price}} = {{$it.Total}} {{.Scaled 2 "c"}}
{{end -}}
{{with $o := .Owner}}{{$o.First}}{{end}}
{{- if .Items}} ({{len .Items}} items){{end}}
{{define "row"}}<{{.Name}}>{{end -}}
{{range .Items}}{{template "row" .}}{{end}}
{{ range $k, $v := .Missing }}{{ . }}{{ end }}
`
	t := template.Must(template.New("inv").Parse(text))
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("ERR:", err)
	}
	m := map[string]any{"Missing": map[int]string{3: "c", 1: "a", 2: "b"}, "Items": nil, "Owner": &User{"X", "Y"}}
	if err := t.Execute(os.Stdout, m); err != nil {
		fmt.Println("ERR:", err)
	}
	// Delims, Lookup, ExecuteTemplate, Templates, DefinedTemplates, Clone
	d := template.Must(template.New("d").Delims("<<", ">>").Parse(`<<define "x">>X=<<.>><<end>>[<<template "x" .>>] {{not}}` + "\n"))
	d.Execute(os.Stdout, 42)
	fmt.Println(d.Lookup("x").Name(), d.Lookup("nope") == nil)
	var names []string
	for _, tt := range t.Templates() {
		names = append(names, tt.Name())
	}
	sort.Strings(names)
	fmt.Println(names, template.New("solo").DefinedTemplates() == "", template.Must(template.New("one").Parse("x")).DefinedTemplates())
	fmt.Println(t.ExecuteTemplate(os.Stdout, "row", Item{Name: "solo"}))
	fmt.Println(t.ExecuteTemplate(os.Stdout, "zzz", nil))
	c := template.Must(t.Clone())
	template.Must(c.Parse(`{{define "row"}}({{.Name}}){{end}}`))
	c.ExecuteTemplate(os.Stdout, "row", Item{Name: "cl"})
	t.ExecuteTemplate(os.Stdout, "row", Item{Name: "orig"})
	fmt.Println()
	// files
	dir, err := os.MkdirTemp("", "tpl")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/a.tmpl", []byte(`{{define "header"}}<h1>{{.Title}}</h1>{{end}}`), 0o644)
	os.WriteFile(dir+"/b.tmpl", []byte("Page: {{template \"header\" .}}\n{{range .Items}}- {{.}}\n{{end}}"), 0o644)
	f, err := template.ParseFiles(dir+"/b.tmpl", dir+"/a.tmpl")
	fmt.Println(f.Name(), err)
	f.Execute(os.Stdout, map[string]any{"Title": "T", "Items": []int{1, 2}})
	g := template.Must(template.ParseGlob(dir + "/*.tmpl"))
	fmt.Println(g.Name(), len(g.Templates()))
	g.ExecuteTemplate(os.Stdout, "b.tmpl", map[string]any{"Title": "G", "Items": []string{"x"}})
	_, err = template.ParseGlob(dir + "/*.nope")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"))
	_, err = template.ParseFiles(dir + "/none.tmpl")
	fmt.Println(err != nil && strings.HasSuffix(err.Error(), "none.tmpl: no such file or directory"))
	_, err = template.ParseFiles()
	fmt.Println(err)
	// empty template, whitespace, channels, multi-line actions
	e := template.New("empty")
	fmt.Println(e.Execute(os.Stdout, nil))
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	var buf bytes.Buffer
	w := template.Must(template.New("w".)Parse("a  {{- 1 -}}  b {{2 -}}\n\n c {{- 3}}\n{{range $i, $v := .}}{{$i}}:{{$v}} {{end}}{{\n  printf\n  \"%s\"\n  \"multi\"\n}}"))
	fmt.Println(w.Execute(&buf, ch), strings.ReplaceAll(buf.String(), "\n", "|"))
	fmt.Println(template.HTMLEscapeString(`<a href="x">'&'</a>`), template.JSEscapeString("a'b\"c<d>\\\x01é="), template.URLQueryEscaper("a b", 3), template.HTMLEscaper("<", 1))
	fmt.Println(template.IsTrue(0))
	fmt.Println(template.IsTrue([]int{1}))
	err = template.Must(template.New("x").Parse("{{.A.B}}")).Execute(os.Stdout, map[string]any{"A": nil})
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	template.Must(template.New("bad").Parse("{{"))
}
