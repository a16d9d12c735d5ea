// Uploads over net/http: an httptest server whose handlers use ParseMultipartForm, FormFile,
// FormValue/PostFormValue (query and body values merged) and MultipartReader, receiving bodies
// that http.Post and http.NewRequest build with multipart.Writer; Go's errors for bodies that are
// not multipart, without a boundary, or read both ways; temporary files of large uploads removed
// after the handler; and httptest.NewRequest with ParseMultipartForm directly.
package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
)

var tmpDir string

func tempCount() int {
	entries, _ := os.ReadDir(tmpDir)
	return len(entries)
}

func upload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1024); err != nil {
		http.Error(w, "parse: "+err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "title=%q post=%q query=%q form=%q\n", r.FormValue("title"), r.PostFormValue("title"),
		r.URL.Query().Get("title"), r.Form["title"])
	keys := make([]string, 0)
	for k := range r.MultipartForm.File {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, fh := range r.MultipartForm.File[k] {
			fmt.Fprintf(w, "file %s: %q %d bytes %s\n", k, fh.Filename, fh.Size, fh.Header.Get("Content-Type"))
		}
	}
	f, fh, err := r.FormFile("doc")
	if err != nil {
		fmt.Fprintln(w, "formfile:", err)
	} else {
		data, _ := io.ReadAll(f)
		f.Close()
		fmt.Fprintf(w, "doc %q: %d bytes, starts %q\n", fh.Filename, len(data), data[:min(8, len(data))])
	}
	_, _, err = r.FormFile("nothing")
	fmt.Fprintln(w, "missing:", err, err == http.ErrMissingFile)
	fmt.Fprintln(w, "temp files during handler:", tempCount())
	fmt.Fprintln(w, "again:", r.ParseMultipartForm(1), "reader:", second(r.MultipartReader()))
}

func second(_ *multipart.Reader, err error) error { return err }

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func stream(w http.ResponseWriter, r *http.Request) {
	mr, err := r.MultipartReader()
	if err != nil {
		http.Error(w, "reader: "+err.Error(), http.StatusBadRequest)
		return
	}
	_, err = r.MultipartReader()
	fmt.Fprintln(w, "twice:", err)
	fmt.Fprintln(w, "parse:", r.ParseMultipartForm(1<<20))
	_, _, err = r.FormFile("x")
	fmt.Fprintln(w, "formfile:", err)
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(w, "next:", err)
			return
		}
		data, _ := io.ReadAll(p)
		fmt.Fprintf(w, "part %q %q: %d bytes\n", p.FormName(), p.FileName(), len(data))
	}
	fmt.Fprintln(w, "form value after streaming:", r.FormValue("a") == "")
}

func value(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "FormValue(a)=%q PostFormValue(b)=%q\n", r.FormValue("a"), r.PostFormValue("b"))
	f, _, err := r.FormFile("f")
	fmt.Fprintln(w, "formfile:", f != nil, err)
}

func show(resp *http.Response, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s\n%s", resp.Status, body)
}

func main() {
	var err error
	tmpDir, err = os.MkdirTemp("", "uploads")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmpDir)
	os.Setenv("TMPDIR", tmpDir)

	mux := http.NewServeMux()
	mux.HandleFunc("/upload", upload)
	mux.HandleFunc("/stream", stream)
	mux.HandleFunc("/value", value)
	mux.HandleFunc("/count", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "temp files after the upload's handler:", tempCount())
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("title", "from body")
	mw.WriteField("title", "second")
	fw, _ := mw.CreateFormFile("doc", "report.txt")
	io.WriteString(fw, strings.Repeat("0123456789", 300))
	fw, _ = mw.CreateFormFile("doc", "dir/small.txt")
	io.WriteString(fw, "tiny")
	fw, _ = mw.CreateFormFile("pic", "p.bin")
	fw.Write(bytes.Repeat([]byte{0, 1, 2}, 1000))
	mw.Close()
	fmt.Println("== upload")
	show(http.Post(srv.URL+"/upload?title=from+query", mw.FormDataContentType(), bytes.NewReader(body.Bytes())))
	// The next request on the same (kept-alive) connection runs after the server finished the first.
	show(http.Get(srv.URL + "/count"))

	fmt.Println("== stream")
	show(http.Post(srv.URL+"/stream", mw.FormDataContentType(), bytes.NewReader(body.Bytes())))
	fmt.Println("== stream multipart/mixed")
	show(http.Post(srv.URL+"/stream", "multipart/mixed; boundary="+mw.Boundary(), bytes.NewReader(body.Bytes())))

	fmt.Println("== errors")
	show(http.Post(srv.URL+"/upload", "text/plain", strings.NewReader("x")))
	show(http.Post(srv.URL+"/upload", "multipart/form-data", strings.NewReader("x")))
	show(http.Post(srv.URL+"/upload", "multipart/mixed; boundary=x", strings.NewReader("x")))
	show(http.Post(srv.URL+"/upload", "multipart/form-data; boundary=zz", strings.NewReader("--zz\r\nbad header\r\n\r\n")))
	show(http.Post(srv.URL+"/upload", "multipart/form-data; boundary=zz", strings.NewReader("--zz\r\n\r\nunfinished")))
	show(http.Post(srv.URL+"/stream", "text/plain", strings.NewReader("x")))
	show(http.Post(srv.URL+"/stream", "multipart/form-data; boundary=\"unterminated", strings.NewReader("x")))

	fmt.Println("== FormValue and PostFormValue on a multipart PUT")
	var small bytes.Buffer
	sw := multipart.NewWriter(&small)
	sw.SetBoundary("simple")
	sw.WriteField("a", "A")
	sw.WriteField("b", "B")
	fw, _ = sw.CreateFormFile("f", "f.txt")
	io.WriteString(fw, "content")
	sw.Close()
	req, _ := http.NewRequest("PUT", srv.URL+"/value?a=query", bytes.NewReader(small.Bytes()))
	req.Header.Set("Content-Type", sw.FormDataContentType())
	show(http.DefaultClient.Do(req))

	fmt.Println("== httptest.NewRequest")
	r := httptest.NewRequest("POST", "/x?q=1", bytes.NewReader(small.Bytes()))
	r.Header.Set("Content-Type", sw.FormDataContentType())
	fmt.Println(r.ParseMultipartForm(2), r.Form, r.PostForm, r.MultipartForm.Value)
	fh := r.MultipartForm.File["f"][0]
	fmt.Println(fh.Filename, fh.Size, tempCount())
	clone := r.Clone(r.Context())
	fmt.Println(clone.MultipartForm != r.MultipartForm, clone.MultipartForm.File["f"][0] != fh, clone.MultipartForm.File["f"][0].Size)
	fmt.Println(r.MultipartForm.RemoveAll(), tempCount())
	g := httptest.NewRequest("GET", "/x?q=1", nil)
	fmt.Println(g.ParseMultipartForm(10), g.FormValue("q"))
}
