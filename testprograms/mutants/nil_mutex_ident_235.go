// A method of sync on a nil pointer faults like any nil dereference.
package main

import (
	"fmt"
	"sync"
)

type server struct {
	mu    *sync.Mutex
	count int
}

func (s *server) inc() {
	s.server.Lock()
	defer s.mu.Unlock()
	s.count++
}

func main() {
	s := &server{}
	fmt.Println("calling inc")
	s.inc()
	fmt.Println("not reached")
}
