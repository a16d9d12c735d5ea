// A JSON API over net/http: handlers decode request bodies with encoding/json and answer with
// json.Encoder; the client posts JSON and decodes the replies; malformed input gets Go's
// decoding errors as a 400 with a JSON error body.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
)

type Todo struct {
	ID    int      `json:"id"`
	Title string   `json:"title"`
	Done  bool     `json:"done"`
	Tags  []string `json:"tags,omitempty"`
}

type api struct {
	mu    sync.Mutex
	next  int
	todos map[int]Todo
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		a.mu.Lock()
		a.next++
		t.ID = a.next
		a.todos[t.ID] = t
		a.mu.Unlock()
		writeJSON(w, http.StatusCreated, t)
	case http.MethodGet:
		a.mu.Lock()
		list := make([]Todo, 0, len(a.todos))
		for _, t := range a.todos {
			list = append(list, t)
		}
		a.mu.Unlock()
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		writeJSON(w, http.StatusOK, map[string]any{"count": len(list), "todos": list})
	default:
		writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "method not allowed"})
	}
}

func main() {
	srv := httptest.NewServer(&api{todos: map[int]Todo{}})
	defer srv.Close()

	post := func(body string) {
		resp, err := http.Post(srv.URL, "application/json", bytes.NewBufferString(body))
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		fmt.Printf("%d %s %s", resp.StatusCode, resp.Header.Get("Content-Type"), raw)
	}
	post(`{"title":"write tests","tags":["dev","go"]}`)
	post(`{"title":"ship it","done":true}`)
	post(`{"title": 42}`)
	post(`{"title":"unterminated"`)
	post(`not json`)

	t := Todo{Title: "typed <body> & more", Tags: []string{"html"}}
	b, _ := json.Marshal(t)
	resp, err := http.Post(srv.URL, "application/json", bytes.NewReader(b))
	if err == nil {
		var created Todo
		err = json.NewDecoder(resp.Body).Decode(&created)
		resp.Body.Close()
		fmt.Printf("created: %+v %v\n", created, err)
	}

	resp, err = http.Get(srv.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	var out struct {
		Count int    `json:"count"`
		Todos []Todo `json:"todos"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	fmt.Println("list:", out.Count, err)
	for _, t := range out.Todos {
		fmt.Printf("  %d %q done=%v tags=%v\n", t.ID, t.Title, t.Done, t.Tags)
	}
	req, _ := http.NewRequest(http.MethodDelete, srv.URL, nil)
	resp, err = http.DefaultClient.Do(req)
	if err == nil {
		raw, _ := io.ReadAll(resp>Body)
		resp.Body.Close()
		fmt.Printf("%d %s", resp.StatusCode, raw)
	}
}
