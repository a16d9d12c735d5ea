// mime/multipart's Reader on hand-made bodies: preamble and epilogue, LF line ends, blanks after
// delimiters, delimiter look-alikes inside bodies, empty bodies, one-byte reads (the delimiter
// split across reads), parts closed half read, FormName/FileName rules, quoted-printable
// decoding, headers with continuation lines.
package main

import (
	"fmt"
	"io"
	"mime/multipart"
	"sort"
	"strings"
)

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func headerString(h map[string][]string) string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%q ", k, h[k])
	}
	return b.String()
}

func dump(title, body, boundary string, slow bool) {
	fmt.Println("==", title)
	var src io.Reader = strings.NewReader(body)
	if slow {
		src = oneByte{src}
	}
	r := multipart.NewReader(src, boundary)
	for i := 0; i < 10; i++ {
		p, err := r.NextPart()
		if err != nil {
			fmt.Printf("  next: %v (EOF=%v)\n", err, err == io.EOF)
			return
		}
		data, err := io.ReadAll(p)
		fmt.Printf("  part %d: form=%q file=%q %s\n    body=%q err=%v\n", i, p.FormName(), p.FileName(), headerString(p.Header), data, err)
		n, err := p.Read(make([]byte, 4))
		fmt.Printf("    again: %d %v\n", n, err)
	}
}

func main() {
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	body := crlf(`This is the preamble.
It is ignored.
--XyZ
Content-Disposition: form-data; name="field1"

value one
--XyZ
Content-Disposition: form-data; name="file"; filename="../../etc/dir/photo.png"
Content-Type: image/png

PNG bytes
with --XyZ inside a line and --XyZa and
--XyZz lines
--XyZ	  
Content-Disposition: attachment; name="notform"; filename="/abs/x.txt"
X-Long: first
  continued
	again

--XyZ
Content-Disposition: form-data; name="empty"

--XyZ
Content-Disposition: form-data; name="qp"
Content-Transfer-Encoding: Quoted-Printable

caf=C3=A9 soft=
break =3D
--XyZ
Content-Disposition: form-data; name=noquote; filename=C:\\x\\y.txt

last
--XyZ--
epilogue, also ignored
`)
	dump("crlf", body, "XyZ", false)
	dump("crlf one byte at a time", body, "XyZ", true)
	lf := "--b\nContent-Type: text/plain\n\nline1\nline2\n--b\nA: 1\n\nsecond\n--b--\n"
	dump("lf", lf, "b", false)
	dump("lf slow", lf, "b", true)
	dump("final delimiter without line end", "--b\r\n\r\nx\r\n--b--", "b", false)
	dump("final delimiter with blanks", "--b\r\n\r\nx\r\n--b-- \t\r\n", "b", false)
	dump("no parts", "--b--\r\n", "b", false)
	dump("spaces in boundary", "--a b\r\nK: v\r\n\r\nbody\r\n--a b--\r\n", "a b", false)
	dump("empty input", "", "b", false)
	dump("bad disposition", "--b\r\nContent-Disposition: form-data; name\r\n\r\nx\r\n--b--\r\n", "b", false)

	// Parts left half read are skipped by NextPart.
	r := multipart.NewReader(strings.NewReader(body), "XyZ")
	for {
		p, err := r.NextPart()
		if err != nil {
			fmt.Println("skip:", err)
			break
		}
		buf := make([]byte, 3)
		n, _ := p.Read(buf)
		fmt.Printf("skip: %q first %q\n", p.FormName(), buf[:n])
		if p.FormName() == "file" {
			p.Close()
			n, err := p.Read(buf)
			fmt.Println("after close:", n, err)
		}
	}
	// Raw parts keep the transfer encoding.
	r = multipart.NewReader(strings.NewReader(body), "XyZ")
	for {
		p, err := r.NextRawPart()
		if err != nil {
			fmt.Println("raw:", err)
			break
		}
		if p.FormName() == "qp" {
			data, _ := io.ReadAll(p)
			fmt.Printf("raw qp: %s%q\n", headerString(p.Header), data)
		}
	}
	// A big body with the delimiter at every buffer position.
	var b strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "--zz\r\nN: %d\r\n\r\n%s\r\n", i, strings.Repeat("ab\r\n-", i*37))
	}
	b.WriteString("--zz--\r\n")
	r = multipart.NewReader(strings.NewReader(b.String()), "zz")
	total := 0
	for {
		p, err := r.NextPart()
		if err != nil {
			fmt.Println("big:", err, total)
			break
		}
		data, _ := io.ReadAll(p)
		var i int
		fmt.Sscan(p.Header.Get("N"), &i)
		if string(data) != strings.Repeat("ab\r\n-", i*37) {
			fmt.Println("bad part", i)
		}
		total += len(data)
	}
}
