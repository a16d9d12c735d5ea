// text/template's Option: each missingkey mode, and the panics for malformed options; also
// a zero Template used without New, and Templates of a set.
package main

import (
	"fmt"
	"os"
	"sort"
	"text/template"
)

func try(opt string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%q: panic %v\n", opt, r)
		}
	}()
	t := template.Must(template.New("t").Option(opt).Parse("[{{.a}}]"))
	err := t.Execute(os.Stdout, map[string]int{})
	fmt.Printf(" %q: %v\n", opt, err)
}

func main() {
	for _, o := range []string{"missingkey=default", "missingkey=invalid", "missingkey=zero",
		"missingkey=error", "missingkey=", "missingkey", "zero", "missingkey=zero=x",
		"MissingKey=zero", "", "missingkey=Zero", "x=y"} {
		try(o)
	}
	var z template.Template
	fmt.Println(z.Lookup("a") == nil, len(z.Templates()), z.Name() == "")
	s := template.Must(z.New("a").Parse(`{{define "b"}}B{{end}}{{define "c"}}C{{end}}A`))
	var names []string
	for _, t := range s.Templates() {
		names = append(names, t.Name())
	}
	sort.Strings(names)
	fmt.Println(names, z.Lookup("b") != nil)
	_, err := template.ParseFS(os.DirFS("."))
	fmt.Println(err)
}
