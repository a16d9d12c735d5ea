// An HTTP server and its client in one program: ServeMux patterns (exact, subtree, redirects
// for a subtree's root and unclean paths), query values, request bodies and forms, status
// codes, headers, Content-Type sniffing, Content-Length versus chunked responses, HEAD,
// redirects followed by the client, cookies, and keep-alive connection reuse.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
)

type store struct {
	mu    sync.Mutex
	items map[string]string
}

func (s *store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := strings.TrimPrefix(r.URL.Path, "/items/")
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Method {
	case http.MethodGet:
		if key == "" {
			keys := make([]string, 0, len(s.items))
			for k := range s.items {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			fmt.Fprintln(w, strings.Join(keys, ","))
			return
		}
		v, ok := s.items[key]
		if !ok {
			http.Error(w, "no item "+key, http.StatusNotFound)
			return
		}
		fmt.Fprint(w, v)
	case http.MethodPut:
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_, existed := s.items[key]
		s.items[key] = string(b)
		if existed {
			w.WriteHeader(http.StatusNoContent)
		} else {
			w.WriteHeader(http.StatusCreated)
		}
	case http.MethodDelete:
		delete(s.items, key)
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, PUT, DELETE")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
	}
}

func main() {
	var mu sync.Mutex
	remotes := map[string]bool{}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, "<!DOCTYPE html><html><body>home</body></html>")
	})
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		remotes[r.RemoteAddr] = true
		mu.Unlock()
		name := r.URL.Query().Get("name")
		if name == "" {
			name = "world"
		}
		fmt.Fprintf(w, "Hello, %s! %s %s ua=%s\n", name, r.Method, r.Proto, r.UserAgent())
	})
	mux.HandleFunc("/form", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "a=%q b=%q post-a=%q form=%v\n", r.FormValue("a"), r.FormValue("b"), r.PostFormValue("a"), r.Form)
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		keys := make([]string, 0)
		for k := range r.Header {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s=%v\n", k, r.Header[k])
		}
		fmt.Fprintf(w, "host-is-loopback=%v content-length=%d\n", strings.HasPrefix(r.Host, "127.0.0.1:"), r.ContentLength)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 100; i++ {
			fmt.Fprintf(w, "line %03d of a long chunked response\n", i)
		}
	})
	mux.HandleFunc("/flush", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "first part\n")
		w.(http.Flusher).Flush()
		io.WriteString(w, "second part\n")
	})
	mux.HandleFunc("/status", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Custom", "yes")
		w.Header().Add("X-Multi", "1")
		w.Header().Add("X-Multi", "2")
		w.WriteHeader(http.StatusTeapot)
		io.WriteString(w, "short and stout")
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/hello?name=redirected", http.StatusFound)
	})
	mux.HandleFunc("/cookie", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("session"); err == nil {
			fmt.Fprintln(w, "cookie:", c.Value)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc123", Path: "/", HttpOnly: true, MaxAge: 60})
		fmt.Fprintln(w, "cookie set")
	})
	mux.Handle("/items/", &store{items: map[string]string{}})
	mux.HandleFunc("/docs/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "docs subtree:", r.URL.Path)
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	srv := &http.Server{Handler: mux}
	done := make(chan error)
	go func() { done <- srv.Serve(ln) }()
	base := "http://" + ln.Addr().String()

	show := func(resp *http.Response, err error) {
		if err != nil {
			fmt.Println("  error:", strings.Replace(err.Error(), base, "BASE", 1))
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		fmt.Printf("  %s | %s | len=%d te=%v | %q", resp.Status, resp.Header.Get("Content-Type"), resp.ContentLength, resp.TransferEncoding, b)
		if err != nil {
			fmt.Print(" read error: ", err)
		}
		fmt.Println()
	}
	for _, p := range []string{"/", "/hello", "/hello?name=Gopher", "/nothing", "/docs", "/docs/intro", "/docs/../hello", "//hello", "/status", "/old", "/big"} {
		fmt.Println("GET", p)
		resp, err := http.Get(base + p)
		if err == nil && p == "/status" {
			fmt.Println("  X-Custom:", resp.Header.Get("X-Custom"), "X-Multi:", resp.Header.Values("X-Multi"))
		}
		if err == nil && p == "/big" {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			fmt.Println("  ", resp.Status, resp.ContentLength, resp.TransferEncoding, len(b), strings.Count(string(b), "\n"))
			continue
		}
		show(resp, err)
	}

	fmt.Println("HEAD /hello")
	resp, err := http.Head(base + "/hello")
	show(resp, err)

	fmt.Println("GET /flush")
	resp, err = http.Get(base + "/flush")
	show(resp, err)

	fmt.Println("POST /form")
	resp, err = http.PostForm(base+"/form?a=query&b=2", url.Values{"a": {"body"}, "c": {"x y"}})
	show(resp, err)

	fmt.Println("POST /headers")
	req, _ := http.NewRequest("POST", base+"/headers", strings.NewReader("12345"))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("X-Request-Id", "42")
	resp, err = http.DefaultClient.Do(req)
	show(resp, err)

	fmt.Println("cookies")
	resp, err = http.Get(base + "/cookie")
	if err == nil {
		for _, c := range resp.Cookies() {
			fmt.Println("  Set-Cookie:", c.Name, c.Value, c.Path, c.HttpOnly, c.MaxAge)
		}
	}
	show(resp, err)
	req, _ = http.NewRequest("GET", base+"/cookie", nil)
	req.AddCookie(&http.Cookie{Name: "session", Value: "abc123"})
	resp, err = http.DefaultClient.Do(req)
	show(resp, err)

	fmt.Println("items")
	put := func(key, value string) {
		req, _ := http.NewRequest(http.MethodPut, base+"/items/"+key, strings.NewReader(value))
		resp, err := http.DefaultClient.Do(req)
		fmt.Print("PUT ", key, ":")
		show(resp, err)
	}
	put("apple", "red")
	put("banana", "yellow")
	put("apple", "green")
	resp, err = http.Get(base + "/items/")
	show(resp, err)
	resp, err = http.Get(base + "/items/apple")
	show(resp, err)
	req, _ = http.NewRequest(http.MethodDelete, base+"/items/apple", nil)
	resp, err = http.DefaultClient.Do(req)
	show(resp, err)
	resp, err = http.Get(base + "/items/apple")
	show(resp, err)
	req, _ = http.NewRequest(http.MethodPatch, base+"/items/banana", nil)
	resp, err = http.DefaultClient.Do(req)
	if err == nil {
		fmt.Println("  Allow:", resp.Header.Get("Allow"))
	}
	show(resp, err)

	// Keep-alive: sequential requests on the default client reuse one connection.
	mu.Lock()
	remotes = map[string]bool{}
	mu.Unlock()
	for i := 0; i < 5; i++ {
		resp, err := http.Get(base + "/hello?name=again")
		if err != nil {
			fmt.Println(err)
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	mu.Lock()
	fmt.Println("connections used by 5 sequential requests:", len(remotes))
	mu.Unlock()

	_, err = http.Get("http://127.0.0.1:1/")
	fmt.Println(err)
	_, err = http.Get("ftp://example.com/")
	fmt.Println(err)
	_, err = http.NewRequest("BAD METHOD", base, nil)
	fmt.Println(err)

	srv.Close()
	fmt.Println("Serve returned:", <-done
}
