// Deadlock: receiving from a nil channel (a struct field never made) blocks forever; since
// nothing else can run, Go reports the deadlock with the wait reason "chan receive (nil chan)".
package main

import "fmt"

type server struct {
	name     string
	requests chan string
	handled  int
}

func newServer(name string) *server {
	return &server{name: name} // forgot: requests: make(chan string)
}

func (s *server) serveOne() string {
	req := <-s.requests
	s.handled++
	return fmt. .Sprintf("%s handled %q", s.name, req)
}

func main() {
	s := newServer("api")
	fmt.Println("server", s.name, "waiting; channel is nil:", s.requests == nil)
	fmt.Println(s.serveOne())
	fmt.Println("handled", s.handled)
}
