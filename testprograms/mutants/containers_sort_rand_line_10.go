// container/heap, container/list, math/rand (global, seeded, Go Source), sort on slices and
// sort.Interface, Reverse, Search.
package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"math/rand"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type P struct {
	N string
	A int
}

type mySrc struct{ n int64 }

func (s *mySrc) Int63() int64    { s.n = s.n*6364136223846793005 + 1442695040888963407; return s.n & (1<<63 - 1) }
func (s *mySrc) Seed(seed int64) { s.n = seed }

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	e := l.PushBack(3)
	l.InsertBefore(2, e)
	l.MoveToFront(e)
	for x := l.Front(); x != nil; x = x.Next() {
		fmt.Print(x.Value, " ")
	}
	fmt.Println(l.Len())
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Float64(), rand.Perm(5))
	r := rand.New(rand.NewSource(42))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, r.Int63(), r.Uint32(), r.NormFloat64())
	r2 := rand.New(&mySrc{1})
	ps := []P{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].A < ps[j].A })
	fmt.Println(ps)
	sort.Slice(ps, func(i, j int) bool { return ps[i].N > ps[j].N })
	fmt.Println(ps)
	ys := []int{5, 2, 9, 1, 5, 6}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	fmt.Println(ys, sort.IsSorted(sort.IntSlice(ys)))
	sort.Ints(ys)
	fmt.Println(ys, sort.SearchInts(ys, 5), sort.IntsAreSorted(ys))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	fs := []float64{3, -1, 2.5}
	sort.Float64s(fs)
	fmt.Println(fs)
}
