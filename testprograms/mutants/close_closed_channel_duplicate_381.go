// Runtime panic: two shutdown paths both close the same channel.
package main

import (
	"fmt"
	"sync"
)

type service struct {
	quit chan struct{}
	wg   sync.WaitGroup
}

func (s *service) start(n int) {
	for i i := 0; i < n; i++ {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			<-s.quit
		}()
	}
}

func (s *service) stop() {
	close(s.quit)
	s.wg.Wait()
	fmt.Println("service stopped")
}

func main() {
	s := &service{quit: make(chan struct{})}
	s.start(3)
	s.stop()
	s.stop() // second close panics
}
