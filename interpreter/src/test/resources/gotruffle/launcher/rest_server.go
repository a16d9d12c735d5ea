// A REST service of the kind tutorials end with: an in-memory store behind a mutex, JSON in
// and out, served by net/http on a loopback port (written to the file named by the first
// argument).
//
//	POST   /items        {"name":..,"price":..}   201, Location: /items/ID, the item
//	GET    /items                                 200, the items by id (a JSON array)
//	GET    /items/ID                              200 the item | 404
//	PUT    /items/ID     {"name":..,"price":..}   200 the item | 404
//	DELETE /items/ID                              204 | 404
//	POST   /shutdown                              202; the server shuts down gracefully
//
// Errors are {"error":"..."} with the status code.
package main

import (
	"context"
	"encoding/json"
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
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Price int    `json:"price"`
}

type store struct {
	mu     sync.Mutex
	nextID int
	items  map[int]item
}

func reply(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, code int, msg string) {
	reply(w, code, map[string]string{"error": msg})
}

// decode reads an item's fields from the request body.
func decode(r *http.Request) (item, error) {
	var in item
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return in, err
	}
	if in.Name == "" {
		return in, fmt.Errorf("name is required")
	}
	return in, nil
}

func (s *store) collection(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		s.mu.Lock()
		list := make([]item, 0, len(s.items))
		for _, it := range s.items {
			list = append(list, it)
		}
		s.mu.Unlock()
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		reply(w, http.StatusOK, list)
	case http.MethodPost:
		in, err := decode(r)
		if err != nil {
			fail(w, http.StatusBadRequest, err.Error())
			return
		}
		s.mu.Lock()
		s.nextID++
		in.ID = s.nextID
		s.items[in.ID] = in
		s.mu.Unlock()
		w.Header().Set("Location", "/items/"+strconv.Itoa(in.ID))
		reply(w, http.StatusCreated, in)
	default:
		fail(w, http.StatusMethodNotAllowed, "method not allowed")
	}
}

func (s *store) one(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/items/"))
	if err != nil {
		fail(w, http.StatusBadRequest, "bad id")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	it, ok := s.items[id]
	if !ok {
		fail(w, http.StatusNotFound, "no item "+strconv.Itoa(id))
		return
	}
	switch r.Method {
	case http.MethodGet:
		reply(w, http.StatusOK, it)
	case http.MethodPut:
		in, err := decode(r)
		if err != nil {
			fail(w, http.StatusBadRequest, err.Error())
			return
		}
		in.ID = id
		s.items[id] = in
		reply(w, http.StatusOK, in)
	case http.MethodDelete:
		delete(s.items, id)
		w.WriteHeader(http.StatusNoContent)
	default:
		fail(w, http.StatusMethodNotAllowed, "method not allowed")
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
