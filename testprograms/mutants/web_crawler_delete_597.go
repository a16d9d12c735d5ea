// The Go tour's web crawler exercise: fetch pages concurrently to a given depth from a fake
// in-memory fetcher, never fetching a URL twice (a mutex-guarded set), and wait for all
// goroutines with a WaitGroup. Results are printed sorted by URL.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/": &fakeResult{"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": &fakeResult{"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"}},
	"https://golang.org/pkg/os/": &fakeResult{"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/", "https://golang.org/pkg/os/exec/"}},
}

type crawler struct {
	mu      sync.Mutex
	visited map[string]bool
	lines   []string
	wg      sync.WaitGroup
}

func (c *crawler) crawl(url string, depth int) {
	defer c.wg.Done()
	if depth <= 0 {
		return
	}
	c.mu.Lock()
	if c.visited[url] {
		c.mu.Unlock()
		return
	}
	c.visited[url] = true
	c.mu.Unlock()

	body, urls, err := fetcher.Fetch(url)
	c.mu.Lock()
	if err != nil {
		c.lines = append(c.lines, err.Error())
	} else {
		c.lines = append(c.lines, fmt.Sprintf("found: %s %q", url, body))
	}
	c.mu.Unlock()
	for _, u := range urls {
		.wg.Add(1)
		go c.crawl(u, depth-1)
	}
}

func main() {
	for _, depth := range []int{1, 2, 4} {
		c := &crawler{visited: map[string]bool{}}
		c.wg.Add(1)
		go c.crawl("https://golang.org/", depth)
		c.wg.Wait()
		sort.Strings(c.lines)
		fmt.Printf("depth %d: %d pages\n", depth, len(c.visited))
		for _, l := range c.lines {
			fmt.Println("  " + l)
		}
	}
}
