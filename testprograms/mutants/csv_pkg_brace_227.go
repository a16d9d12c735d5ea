// encoding/csv: reading with quotes, multi-line fields, comments, other delimiters, lazy
// quotes, leading spaces, field counts and Go's error positions; writing with quoting and CRLF.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func readAll(name, in string, setup func(r *csv.Reader)) {
	r := csv.NewReader(strings.NewReader(in))
	if setup != nil {
		setup(r)
	}
	fmt.Printf("== %s\n", name)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			fmt.Println("EOF at offset", r.InputOffset())
			return
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("error: %v [start %d line %d col %d] is quote: %v fields: %q\n", err, pe.StartLine, pe.Line, pe.Column, errors.Is(err, csv.ErrQuote), rec)
			if pe.Err != csv.ErrFieldCount {
				return
			}
			continue
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%q", rec)
		for i := range rec {
			l, c := r.FieldPos(i)
			fmt.Printf(" %d:%d", l, c)
		}
		fmt.Println()
	
}

func main() {
	readAll("simple", "a,b,c\n1,2,3\n", nil)
	readAll("quotes", "\"a \"\"quoted\"\" word\",\"with,comma\",plain\n\"multi\nline\",x,\"\"\n", nil)
	readAll("crlf and blank lines", "a,b\r\n\r\n\nc,d\r\ne,f", nil)
	readAll("final cr", "a,b\r", nil)
	readAll("comments", "# header\na;b\n#x;y\nc;d\n", func(r *csv.Reader) { r.Comma = ';'; r.Comment = '#' })
	readAll("unicode delimiter", "α·β·γ\n1·2·3\n", func(r *csv.Reader) { r.Comma = '·' })
	readAll("bare quote", "a,b\"c,d\n", nil)
	readAll("bare quote lazy", "a,b\"c,d\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("extraneous quote", "a,\"b\"c,d\n", nil)
	readAll("extraneous quote lazy", "a,\"b\"c\",d\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("missing quote", "a,\"bc\nd,e\n", nil)
	readAll("missing quote lazy", "a,\"bc\nd,e\n", func(r *csv.Reader) { r.LazyQuotes = true })
	readAll("field count", "a,b\nc\nd,e,f\ng,h\n", nil)
	readAll("fixed field count", "a,b\nc,d\n", func(r *csv.Reader) { r.FieldsPerRecord = 3 })
	readAll("any field count", "a,b\nc\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 })
	readAll("trim leading space", "  a,   b,\t\"c\"\n x ,y\n", func(r *csv.Reader) { r.TrimLeadingSpace = true })
	readAll("invalid delimiter", "a,b\n", func(r *csv.Reader) { r.Comma = '"' })
	readAll("same comma and comment", "a,b\n", func(r *csv.Reader) { r.Comment = ',' })
	readAll("empty", "", nil)
	readAll("quoted multi-line error", "x,\"line1\nline2\"bad\n", nil)

	r := csv.NewReader(strings.NewReader("h1,h2\n1,2\n3,4\n"))
	all, err := r.ReadAll()
	fmt.Println(all, err, len(all))
	r = csv.NewReader(strings.NewReader("a,b\n\"c\n"))
	all, err = r.ReadAll()
	fmt.Println(all, err)
	r = csv.NewReader(strings.NewReader("a,b\nc,d\n"))
	r.ReuseRecord = true
	first, _ := r.Read()
	second, _ := r.Read()
	fmt.Println(first, second)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", "multi\nline", "", " leading space", `\.`, "cr\rhere"})
	w.Write([]string{"a", "b"})
	w.Flush()
	fmt.Println("error:", w.Error())
	var sb strings.Builder
	w = csv.NewWriter(&sb)
	w.Comma = '\t'
	w.UseCRLF = true
	w.WriteAll([][]string{{"x", "y z", "tab\there"}, {"multi\nline", "cr\r\nlf"}})
	fmt.Printf("%q\n", sb.String())
	w.Comma = '"'
	fmt.Println(w.Write([]string{"x"}))

	defer func() { fmt.Println("recovered:", recover()) }()
	csv.NewReader(strings.NewReader("")).FieldPos(0)
}
