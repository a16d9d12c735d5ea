// The hello-world HTTP server of bench/http/run: one handler writing a short text, served on
// a loopback port chosen by the system; the address goes to the file named by the first
// argument (so the load generator knows where to connect).
package main

import (
	"io"
	"net"
	"net/http"
	"os"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "Hello, World!\n")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	if len(os.Args) > 1 {
		os.WriteFile(os.Args[1], []byte(ln.Addr().String()), 0644)
	}
	panic(http.Serve(ln, nil))
}
