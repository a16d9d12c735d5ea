package main

import (
	"fmt"
	"sort"

	"concurrency/patterns/fanin"
	"concurrency/patterns/generator"
)

func main() {
	jobs := generator.Jobs(9, "alpha", "beta", "gamma")
	stats := fanin.NewStats()
	var workers []<-chan fanin.Result
	for w := 1; w <= 3; w++ {
		workers = append(workers, fanin.Worker(w, jobs, stats))
	}
	var results []fanin.Result
	for r := range fanin.Merge(workers...) {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].JobID < results[j].JobID })
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Printf("%T %T %d results, total %d\n", results[0], stats, len(results), stats.Total())
	fmt.Printf("%+v\n", fanin.Result{JobID: 42, Output: "x"})
	fmt.Printf("%#v\n", generator.Job{ID: 1, Input: "in"})
	var s fmt.Stringer = results[0]
	fmt.Println(s.String())
}
