// encoding/csv's Reader at its corners: field positions of quoted fields over several lines
// (LF and CRLF), space-only lines with TrimLeadingSpace, input ending inside quotes (lazy or
// not), a failing reader in the middle of a record, comments and blank lines between records,
// ParseError texts, FieldsPerRecord, ReuseRecord and InputOffset.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

type failAfter struct {
	r io.Reader
}

func (f *failAfter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("connection reset")
	}
	return n, err
}

func dump(name string, r *csv.Reader) {
	fmt.Printf("== %s\n", name)
	for i := 0; i < 10; i++ {
		rec, err := r.Read()
		fmt.Printf("%q %v", rec, err)
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Printf(" {%d %d %d}", pe.StartLine, pe.Line, pe.Column)
		}
		if err == nil {
			for f := range rec {
				l, c := r.FieldPos(f)
				fmt.Printf(" %d:%d", l, c)
			}
		}
		fmt.Printf(" @%d\n", r.InputOffset())
		if err != nil && (pe == nil || pe.Err != csv.ErrFieldCount) {
			return
		}
	}
}

func reader(in string, set func(*csv.Reader)) *csv.Reader {
	r := csv.NewReader(strings.NewReader(in))
	if set != nil {
		set(r)
	}
	return r
}

func main() {
	dump("multi-line", reader("a,\"b\nc\nd\",e\r\n\"x\r\ny\",\"\"\"q\"\"\"\n", nil))
	dump("space lines", reader("  \n\t, \n \"a\" , b\n", func(r *csv.Reader) { r.TrimLeadingSpace = true }))
	dump("eof in quotes", reader("a,\"bc", nil))
	dump("eof in quotes lazy", reader("a,\"bc", func(r *csv.Reader) { r.LazyQuotes = true }))
	dump("eof after quote lines", reader("a,\"b\nc", nil))
	dump("eof after newline in quotes", reader("a,\"b\n", nil))
	dump("quote then eof", reader("a,\"b\"", nil))
	dump("lazy quote mix", reader("a\"b,\"c\"d\"\ne", func(r *csv.Reader) { r.LazyQuotes = true }))
	dump("bad quote later line", reader("x\n1,\"two\nthree\"x,4\n", nil))
	dump("comments and blanks", reader("#c1\n\n\na,b\n#c2\r\n\r\nc,d\n#last", func(r *csv.Reader) { r.Comment = '#' }))
	dump("unicode comment and comma", reader("→ skip\nα⇥β\n", func(r *csv.Reader) { r.Comment = '→'; r.Comma = '⇥' }))
	dump("fixed count", reader("a,b,c\nd,e\n\"f\ng\",h,i\nj\"k,l,m\n", func(r *csv.Reader) { r.FieldsPerRecord = 3 }))
	dump("failing reader", csv.NewReader(&failAfter{strings.NewReader("a,b\nc,\"d\ne")}))
	dump("failing reader unquoted", csv.NewReader(&failAfter{strings.NewReader("a,b\nc,d")}))
	dump("cr only", reader("a\rb,c\r\rd\r", nil))
	dump("trailing cr in quotes", reader("\"a\r\",b\n", nil))
	r := reader("a,b\nc,d\ne,f\n", func(r *csv.Reader) { r.ReuseRecord = true })
	one, _ := r.Read()
	first := one[0]
	two, _ := r.Read()
	fmt.Println(first, one, two, &one[0] == &two[0])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.FieldPos(2)
	}()
	for _, e := range []*csv.ParseError{{StartLine: 1, Line: 1, Column: 2, Err: csv.ErrQuote}, {StartLine: 1, Line: 3, Column: 4, Err: csv.ErrBareQuote}, {StartLine: 2, Line: 5, Column: 1, Err: csv.ErrFieldCount}, {Line: 1, Err: io.EOF}} {
		fmt.Println(e.Error(), errors.Unwrap(e) == e.Err)
	}
}
