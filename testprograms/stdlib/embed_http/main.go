// A file server over embedded files: http.FS turns an embed.FS (or fs.Sub of one, or os.DirFS)
// into an http.FileSystem for http.FileServer.
package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
)

//go:embed static
var content embed.FS

func get(srv *httptest.Server, path string, headers bool) {
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("GET %s -> %d (at %s)\n", path, resp.StatusCode, resp.Request.URL.Path)
	if headers {
		fmt.Printf("  type=%q length=%q modified=%q\n", resp.Header.Get("Content-Type"),
			resp.Header.Get("Content-Length"), resp.Header.Get("Last-Modified"))
	}
	fmt.Printf("  %q\n", strings.TrimSpace(string(body)))
}

func main() {
	static, err := fs.Sub(content, "static")
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := httptest.NewServer(http.FileServer(http.FS(static)))
	defer srv.Close()
	for _, p := range []string{"/", "/hello.txt", "/sub/", "/sub", "/sub/data.json", "/index.html",
		"/missing", "/hello.txt/x", "/../hello.txt"} {
		get(srv, p, true)
	}

	mux := http.NewServeMux()
	mux.Handle("/assets/", http.StripPrefix("/assets/", http.FileServer(http.FS(content))))
	srv2 := httptest.NewServer(mux)
	defer srv2.Close()
	get(srv2, "/assets/static/hello.txt", true)
	get(srv2, "/assets/", true)
	get(srv2, "/assets/nothing", true)

	// os.DirFS: real files (their times vary, so no headers)
	srv3 := httptest.NewServer(http.FileServer(http.FS(os.DirFS("static"))))
	defer srv3.Close()
	get(srv3, "/hello.txt", false)
	get(srv3, "/hello.txt/x", false)
	get(srv3, "/sub/", false)

	f, err := http.FS(static).Open("/sub")
	if err != nil {
		fmt.Println(err)
		return
	}
	infos, err := f.Readdir(-1)
	fmt.Println(len(infos), infos[0].Name(), infos[0].Size(), err)
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println("seek on a directory:", err)
	f.Close()
}
