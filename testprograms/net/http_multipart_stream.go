// Streaming multipart over HTTP: a client posts a 200 KB file from a goroutine writing through
// io.Pipe (chunked, no Content-Length) and the server's FormFile reads it from a temporary file;
// a server answers with a multipart/mixed body, flushed part by part, that the client reads
// with multipart.NewReader.
package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "te:", r.TransferEncoding, "cl:", r.ContentLength)
		f, fh, err := r.FormFile("big")
		if err != nil {
			fmt.Fprintln(w, "err:", err)
			return
		}
		h := sha256.New()
		n, _ := io.Copy(h, f)
		fmt.Fprintf(w, "%s %d %d %x %q\n", fh.Filename, fh.Size, n, h.Sum(nil)[:6], r.FormValue("after"))
	}))
	defer srv.Close()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		fw, err := mw.CreateFormFile("big", "stream.dat")
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		for i := 0; i < 200; i++ {
			io.WriteString(fw, strings.Repeat(fmt.Sprint(i%10), 1000))
		}
		mw.WriteField("after", "done")
		pw.CloseWithError(mw.Close())
	}()
	resp, err := http.Post(srv.URL, mw.FormDataContentType(), pr)
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(resp.Status, "\n", string(body))
	// A server that answers with a multipart body, read by the client.
	srv2 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mw := multipart.NewWriter(w)
		mw.SetBoundary("resp-boundary")
		w.Header().Set("Content-Type", "multipart/mixed; boundary="+mw.Boundary())
		for i := 0; i < 3; i++ {
			p, _ := mw.CreatePart(map[string][]string{"X-Index": {fmt.Sprint(i)}})
			fmt.Fprintf(p, "part %d\n", i)
			w.(http.Flusher).Flush()
		}
		mw.Close()
	}))
	defer srv2.Close()
	resp, err = http.Get(srv2.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.Header.Get("Content-Type"), resp.TransferEncoding)
	mr := multipart.NewReader(resp.Body, "resp-boundary")
	for {
		p, err := mr.NextPart()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		data, _ := io.ReadAll(p)
		fmt.Printf("%s %q\n", p.Header.Get("X-Index"), data)
	}
	resp.Body.Close()
}
