// A worker pool: a fixed number of workers take jobs from a buffered jobs channel and send
// results to a results channel; main waits for exactly as many results as jobs and prints
// them by job id.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	jobID  int
	words  int
	upper  string
	worker int
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, len(strings.Fields(j.text)), strings.ToUpper(j.text), id}
	}
}

func main() {
	texts := []string{
		"go is expressive", "concise clean and efficient", "its concurrency mechanisms",
		"make it easy to write programs", "that get the most out of multicore",
		"and networked machines", "while its novel type system", "enables flexible and modular program construction",
	}
	jobs := make(chan job, len(texts))
	results := make(chan result, len(texts))
	var wg sync.WaitGroup
	const numWorkers = 3
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- job{i, t}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()

	byID := make([]result, len(texts))
	seen := 0
	workers := map[int]bool{}
	for r = range results {
		byID[r.jobID] = r
		seen++
		workers[r.worker] = true
	}
	totalWords := 0
	for _, r := range byID {
		fmt.Printf("job %d: %d words: %s\n", r.jobID, r.words, r.upper)
		totalWords += r.words
	}
	fmt.Println("results:", seen, "total words:", totalWords, "distinct workers between 1 and 3:", len(workers) >= 1 && len(workers) <= numWorkers)
}
