// mime/multipart's Writer: SetBoundary's rules, FormDataContentType's quoting, the exact bytes of
// fields, files (escaped names), parts with sorted headers, a quoted-printable part, writes to a
// finished part, Close without parts; then the body read back with NextPart and NextRawPart.
package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
)

func main() {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	fmt.Println(len(w.Boundary()))
	for _, b := range []string{"", strings.Repeat("a", 71), strings.Repeat("a", 70), "abc ", "ab c", "a\"b", "ä", "x;y", "'()+_,-./:=?"} {
		fmt.Printf("%q %v\n", b, w.SetBoundary(b))
	}
	fmt.Println(w.SetBoundary("my boundary"))
	fmt.Println(w.FormDataContentType())
	fmt.Println(w.SetBoundary("plain-bound"))
	fmt.Println(w.FormDataContentType())
	fmt.Println(w.WriteField("name", "Gopher"))
	fmt.Println(w.WriteField(`we"ird\name`, "v"))
	fw, err := w.CreateFormFile("upload", `C:\dir\a "b".txt`)
	fmt.Println(err)
	fw.Write([]byte("file content\r\n--plain-boun not it\n"))
	h := textproto.MIMEHeader{}
	h.Set("Content-Type", "text/plain")
	h.Add("X-B", "2")
	h.Add("X-A", "1")
	h.Add("X-A", "0")
	h.Set("Content-Transfer-Encoding", "quoted-printable")
	pw, _ := w.CreatePart(h)
	qw := quotedprintable.NewWriter(pw)
	qw.Write([]byte("caf\xc3\xa9 = ok \nline two\t\r\n" + strings.Repeat("x", 80)))
	qw.Close()
	_, err = fw.Write([]byte("late"))
	fmt.Println(err)
	fmt.Println(w.SetBoundary("other"))
	fmt.Println(w.Close())
	fmt.Println(w.SetBoundary("other"))
	fmt.Printf("%q\n", buf.String())

	r := multipart.NewReader(bytes.NewReader(buf.Bytes()), "plain-bound")
	for {
		p, err := r.NextPart()
		if err != nil {
			fmt.Println("end:", err, err == io.EOF)
			break
		}
		data, err := io.ReadAll(p)
		fmt.Printf("form=%q file=%q header=%v data=%q err=%v\n", p.FormName(), p.FileName(), p.Header, data, err)
	}
	r = multipart.NewReader(bytes.NewReader(buf.Bytes()), "plain-bound")
	r.NextPart()
	r.NextPart()
	r.NextPart()
	p, _ := r.NextRawPart()
	data, _ := io.ReadAll(p)
	fmt.Printf("raw %v %q\n", p.Header, data)
	var empty bytes.Buffer
	ew := multipart.NewWriter(&empty)
	ew.SetBoundary("e")
	ew.Close()
	ew.Close()
	fmt.Printf("%q\n", empty.String())
}
