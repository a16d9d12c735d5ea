// mime/multipart's ReadForm: values and files in memory, files over maxMemory in one temporary
// file "multipart-*" (in $TMPDIR) shared by all, or one each with GODEBUG=multipartfiles=distinct;
// FileHeader.Open on each kind, Form.RemoveAll, and ErrMessageTooLarge for values over the
// budget, too many parts and too large headers.
package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/textproto"
	"os"
	"sort"
	"strings"
)

func build(files map[string]string, values ...string) (string, []byte) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.SetBoundary("BOUNDARY")
	for i := 0; i+1 < len(values); i += 2 {
		w.WriteField(values[i], values[i+1])
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fw, _ := w.CreateFormFile("upload", n)
		io.WriteString(fw, files[n])
	}
	w.Close()
	return w.Boundary(), buf.Bytes()
}

func tmpFiles(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var sizes []int
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "multipart-") {
			return []string{"unexpected " + e.Name()}
		}
		info, _ := e.Info()
		sizes = append(sizes, int(info.Size()))
	}
	sort.Ints(sizes)
	var names []string
	for _, n := range sizes {
		names = append(names, fmt.Sprintf("multipart-*(%d)", n))
	}
	return names
}

func show(form *multipart.Form) {
	keys := make([]string, 0)
	for k := range form.Value {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  value %s=%q\n", k, form.Value[k])
	}
	for _, fh := range form.File["upload"] {
		f, err := fh.Open()
		if err != nil {
			fmt.Println("  open:", err)
			continue
		}
		head := make([]byte, 5)
		n, _ := f.ReadAt(head, 2)
		f.Seek(0, io.SeekStart)
		all, _ := io.ReadAll(f)
		_, isFile := f.(*os.File)
		fmt.Printf("  file %q size=%d os.File=%v at2=%q len=%d ok=%v ctype=%q\n", fh.Filename, fh.Size, isFile,
			head[:n], len(all), string(all) == strings.Repeat(string(all[:1]), len(all)), fh.Header.Get("Content-Type"))
		fmt.Println("  close:", f.Close())
	}
}

func main() {
	dir, err := os.MkdirTemp("", "readform")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Setenv("TMPDIR", dir)

	files := map[string]string{
		"small.txt": strings.Repeat("s", 10),
		"big.bin":   strings.Repeat("b", 3000),
		"huge.bin":  strings.Repeat("h", 70000),
		"mid.txt":   strings.Repeat("m", 900),
		"zero.txt":  "",
	}
	for _, mem := range []int64{1 << 20, 5000, 1000, 0, -1} {
		b, body := build(files, "title", "hello", "title", "again", "note", strings.Repeat("n", 500))
		form, err := multipart.NewReader(bytes.NewReader(body), b).ReadForm(mem)
		fmt.Printf("== maxMemory %d: err=%v temp=%v\n", mem, err, tmpFiles(dir))
		if err == nil {
			show(form)
			fmt.Println("  removeall:", form.RemoveAll(), tmpFiles(dir), form.RemoveAll())
		}
	}

	os.Setenv("GODEBUG", "multipartfiles=distinct")
	b, body := build(files)
	form, err := multipart.NewReader(bytes.NewReader(body), b).ReadForm(100)
	fmt.Println("== distinct:", err, tmpFiles(dir))
	show(form)
	fmt.Println("  removeall:", form.RemoveAll(), tmpFiles(dir))
	os.Setenv("GODEBUG", "")

	// The budget: maxMemory + 10 MB for values and headers (here pushed down by a negative maxMemory).
	for _, mem := range []int64{-(10 << 20), -(10 << 20) + 202, -(10 << 20) + 1000, -(10 << 20) + 1700, -(10 << 20) + 5000} {
		b, body := build(map[string]string{"f.txt": "content"}, "k", "v")
		form, err := multipart.NewReader(bytes.NewReader(body), b).ReadForm(mem)
		fmt.Printf("== maxMemory 10MB%+d: %v %v temp=%v\n", mem+(10<<20), form != nil, err, tmpFiles(dir))
		if form != nil {
			show(form)
			form.RemoveAll()
		}
	}
	// More than 1000 parts, or than GODEBUG's multipartmaxparts.
	var many bytes.Buffer
	mw := multipart.NewWriter(&many)
	for i := 0; i < 1001; i++ {
		mw.WriteField(fmt.Sprint("f", i%7), "x")
	}
	mw.Close()
	for _, debug := range []string{"", "multipartmaxparts=2000", "multipartmaxparts=5"} {
		os.Setenv("GODEBUG", debug)
		form, err := multipart.NewReader(bytes.NewReader(many.Bytes()), mw.Boundary()).ReadForm(1 << 20)
		n := 0
		if form != nil {
			n = len(form.Value["f0"])
		}
		fmt.Printf("== parts with GODEBUG=%q: %d %v\n", debug, n, err)
	}
	// Header fields: at most multipartmaxheaders in all file headers.
	var hb bytes.Buffer
	hw := multipart.NewWriter(&hb)
	for i := 0; i < 4; i++ {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="f%d"; filename="f%d"`, i, i))
		h.Set("X-One", "1")
		h.Set("X-Two", "2")
		p, _ := hw.CreatePart(h)
		io.WriteString(p, "data")
	}
	hw.Close()
	for _, debug := range []string{"multipartmaxheaders=12", "multipartmaxheaders=11", "multipartmaxheaders=2"} {
		os.Setenv("GODEBUG", debug)
		form, err := multipart.NewReader(bytes.NewReader(hb.Bytes()), hw.Boundary()).ReadForm(1 << 20)
		fmt.Printf("== headers with GODEBUG=%q: %v %v\n", debug, form != nil, err)
		r := multipart.NewReader(bytes.NewReader(hb.Bytes()), hw.Boundary())
		_, err = r.NextPart()
		fmt.Println("   nextpart:", err)
	}
	os.Setenv("GODEBUG", "")
	fmt.Println("left:", tmpFiles(dir))
}
