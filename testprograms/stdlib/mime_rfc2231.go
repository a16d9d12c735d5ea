// mime.ParseMediaType's RFC 2231 parameters (name*=charset'lang'text, continuations name*0, name*1*),
// with Go's leniencies and errors, and FormatMediaType writing non-ASCII values as utf-8 extended
// values; multipart's FileName and FormName over such Content-Disposition headers.
package main

import (
	"fmt"
	"mime"
	"mime/multipart"
	"sort"
	"strings"
)

func show(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := ""
	for _, k := range keys {
		s += fmt.Sprintf("%s=%q ", k, m[k])
	}
	return s
}

func main() {
	for _, v := range []string{
		`form-data; name="n"; filename*=UTF-8''%e2%82%ac%20rates.txt`,
		`form-data; filename*=us-ascii'en'a%20b; filename="fallback"`,
		`form-data; filename*=iso-8859-1''%e9`,
		`form-data; filename*=''abc`,
		`form-data; filename*=utf-8'abc`,
		`form-data; filename*=utf-8''bad%zz`,
		`form-data; filename*=utf-8''bad%4`,
		`message/external-body; access-type=URL; URL*0="ftp://"; URL*1="cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar"`,
		`application/x-stuff; title*0*=us-ascii'en'This%20is%20even%20more%20; title*1*=%2A%2A%2Afun%2A%2A%2A%20; title*2="isn't it!"`,
		`a/b; t*0=x; t*2=z`,
		`a/b; t*1=y; t*0=x`,
		`a/b; t*0*=utf-8''%41; t*1*=%zz; t*2=end`,
		`a/b; t*0*=bad; t*1=x`,
		`a/b; name="n"; name="n"`,
		`a/b; name="n"; name="m"`,
		`a/b; t*=utf-8''x; t*=utf-8''x`,
		`a/b; t*=utf-8''x; t*=utf-8''y`,
		`a/b;  	 c=d`,
		`a/b; c*0=x; c=plain`,
		"a/b;\u00a0c=d",
	} {
		m, p, err := mime.ParseMediaType(v)
		fmt.Printf("%q -> %q %s%v\n", v, m, show(p), err)
	}
	for _, p := range []map[string]string{
		{"filename": "€ rates.txt"}, {"title": "plain ascii with space"}, {"t": "a\"b\\c"}, {"k": "caf\xc3\xa9"}, {"k": "\x7f"}, {"k": "tab\there"},
	} {
		fmt.Printf("%q\n", mime.FormatMediaType("form-data", p))
	}
	for _, d := range []string{
		`Form-Data; NAME="x"; FileName="a/b/c.txt"`,
		`form-data; name="n"; filename*=UTF-8''%e2%82%ac%20rates.txt`,
		`form-data; name="n"; filename="."`,
		`form-data; name="n"; filename="/"`,
		`form-data; name="n"; filename="a\\b"`,
		`form-data; name=""; filename="x"`,
		`inline; name="n"`,
		`form-data; name="n"; name="m"`,
		`form-data; name="n"; filename=""`,
		`form-data;name=plain;filename=f.go`,
		`form-data; name="n" filename="x"`,
	} {
		body := "--b\r\nContent-Disposition: " + d + "\r\n\r\nx\r\n--b--\r\n"
		p, err := multipart.NewReader(strings.NewReader(body), "b").NextPart()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q %q\n", p.FormName(), p.FileName())
	}
}
