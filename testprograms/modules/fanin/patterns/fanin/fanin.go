// Package fanin runs workers over a job stream and merges their results into one channel.
package fanin

import (
	"fmt"
	"strings"
	"sync"

	"concurrency/patterns/generator"
)

// Result is what a worker produced for one job.
type Result struct {
	Worker int
	JobID  int
	Output string
}

func (r Result) String() string {
	return fmt.Sprintf("job %d -> %q", r.JobID, r.Output)
}

// Stats counts results per worker; safe for concurrent use.
type Stats struct {
	mu     sync.Mutex
	counts map[int]int
}

// NewStats returns empty statistics.
func NewStats() *Stats { return &Stats{counts: map[int]int{}} }

func (s *Stats) add(worker int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[worker]++
}

// Total is the number of results seen by all workers.
func (s *Stats) Total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.counts {
		n += c
	}
	return n
}

// Worker transforms jobs until the input closes.
func Worker(id int, jobs <-chan generator.Job, stats *Stats) <-chan Result {
	out := make(chan Result)
	go func() {
		defer close(out)
		for j := range jobs {
			stats.add(id)
			out <- Result{Worker: id, JobID: j.ID, Output: strings.ToUpper(j.Input)}
		}
	}()
	return out
}

// Merge fans several result channels into one, closed when all inputs are done.
func Merge(chans ...<-chan Result) <-chan Result {
	var wg sync.WaitGroup
	out := make(chan Result)
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan Result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}
