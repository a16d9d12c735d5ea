// Fatal error (not a recoverable panic): unlocking a mutex that is not locked.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data map[string]string
}

func (s *store) put(k, v string) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func (s *store) get(k string) string {
	defer s.mu.Unlock() // bug: never locked
	return s.data[k]

func main() {
	s := &store{data: map[string]string{}}
	s.put("lang", "go")
	defer func() { fmt.Println("recover cannot catch fatal errors:", recover()) }()
	fmt.Println(s.get("lang"))
}
