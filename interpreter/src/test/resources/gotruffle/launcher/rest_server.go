// A REST service of the kind tutorials end with: an in-memory store behind a mutex, served
// by net/http on a loopback port (written to the file named by the first argument).
//
//	POST   /items        form name=..&price=..   201, Location: /items/ID, body: the item
//	GET    /items                                200, one item per line, by id
//	GET    /items/ID                             200 the item | 404
//	PUT    /items/ID     form name=..&price=..   200 the item | 404
//	DELETE /items/ID                             204 | 404
//	POST   /shutdown                             202; the server shuts down gracefully
//
// An item is written as "id=ID name=NAME price=PRICE".
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type item struct {
	ID    int
	Name  string
	Price int
}

func (it item) String() string { return fmt.Sprintf("id=%d name=%s price=%d", it.ID, it.Name, it.Price) }

type store struct {
	mu     sync.Mutex
	nextID int
	items  map[int]item
}

func (s *store) parse(r *http.Request) (string, int, error) {
	name := r.PostFormValue("name")
	price, err := strconv.Atoi(r.PostFormValue("price"))
	if name == "" || err != nil {
		return "", 0, fmt.Errorf("want name and a numeric price")
	}
	return name, price, nil
}

func (s *store) collection(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		s.mu.Lock()
		ids := make([]int, 0, len(s.items))
		for id := range s.items {
			ids = append(ids, id)
		}
		sort.Ints(ids)
		var b strings.Builder
		for _, id := range ids {
			b.WriteString(s.items[id].String() + "\n")
		}
		s.mu.Unlock()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, b.String())
	case http.MethodPost:
		name, price, err := s.parse(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		s.nextID++
		it := item{s.nextID, name, price}
		s.items[it.ID] = it
		s.mu.Unlock()
		w.Header().Set("Location", "/items/"+strconv.Itoa(it.ID))
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, it)
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func (s *store) one(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/items/"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	it, ok := s.items[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch r.Method {
	case http.MethodGet:
		fmt.Fprint(w, it)
	case http.MethodPut:
		name, price, err := s.parse(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		it.Name, it.Price = name, price
		s.items[id] = it
		fmt.Fprint(w, it)
	case http.MethodDelete:
		delete(s.items, id)
		w.WriteHeader(http.StatusNoContent)
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func main() {
	s := &store{items: map[int]item{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/items", s.collection)
	mux.HandleFunc("/items/", s.one)
	srv := &http.Server{Handler: mux}
	mux.HandleFunc("/shutdown", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
		go srv.Shutdown(context.Background())
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	if err := os.WriteFile(os.Args[1], []byte(ln.Addr().String()), 0644); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	err = srv.Serve(ln)
	s.mu.Lock()
	fmt.Printf("served; %d items left; %v\n", len(s.items), err)
	s.mu.Unlock()
}
