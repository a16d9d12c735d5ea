// Multipart forms at their edges: MaxBytesReader over an upload (MaxBytesError, connection closed),
// ParseMultipartForm after a failing ParseForm (bad query), repeated, FormFile on a body that is
// not one, nil bodies, an empty boundary, and NewWriter's random boundaries.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 300)
		err := r.ParseMultipartForm(10)
		var mbe *http.MaxBytesError
		fmt.Fprintln(w, "parse:", err, errors.As(err, &mbe), r.MultipartForm == nil, r.FormValue("a"))
		fmt.Fprintf(w, "%q %q\n", r.PostFormValue("a"), r.Form)
	}))
	defer srv.Close()
	for _, size := range []int{10, 500} {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		mw.WriteField("a", strings.Repeat("v", size))
		mw.Close()
		resp, err := http.Post(srv.URL+"?a=q", mw.FormDataContentType(), &buf)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %q close=%v\n", resp.Status, b, resp.Close)
	}
	// A request built by hand with a multipart body and a broken ParseForm (bad query).
	r := httptest.NewRequest("POST", "/x?a=%zz", strings.NewReader("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbody\r\n--b--\r\n"))
	r.Header.Set("Content-Type", "multipart/form-data; boundary=b")
	fmt.Println(r.ParseMultipartForm(100), r.Form, r.PostForm)
	fmt.Println(r.ParseMultipartForm(100))
	r2 := httptest.NewRequest("POST", "/", strings.NewReader("x"))
	r2.Header.Set("Content-Type", "multipart/form-data; boundary=b")
	_, _, err := r2.FormFile("a")
	fmt.Println(err, r2.MultipartForm == nil, r2.Form)
	r3 := httptest.NewRequest("POST", "/", nil)
	r3.Body = nil
	r3.Header.Set("Content-Type", "multipart/form-data; boundary=b")
	fmt.Println(r3.ParseMultipartForm(1))
	_, err = r3.MultipartReader()
	fmt.Println(err)
	r4 := httptest.NewRequest("POST", "/", strings.NewReader("--b--"))
	r4.Header.Set("Content-Type", "multipart/form-data; boundary=\"\"")
	fmt.Println(r4.ParseMultipartForm(1))
	var mw *multipart.Writer = multipart.NewWriter(io.Discard)
	fmt.Println(len(mw.Boundary()), mw.Boundary() != multipart.NewWriter(io.Discard).Boundary())
}
