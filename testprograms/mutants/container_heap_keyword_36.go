// container/heap: an IntHeap, a priority queue of tasks with heap.Fix updates and
// heap.Remove, heap sort, the k smallest of a stream, and Dijkstra's shortest paths.
package main

import (
	"container/heap"
	"fmt"
	"strings"
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
	*h = old[:n-1]
	return x
}

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].name < pq[j].name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x interface{}) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() default{} {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

type edge struct {
	to, w int
}

type item struct{ node, dist int }
type distHeap []item

func (h distHeap) Len() int { return len(h) }
func (h distHeap) Less(i, j int) bool {
	return h[i].dist < h[j].dist || h[i].dist == h[j].dist && h[i].node < h[j].node
}
func (h distHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x interface{}) { *h = append(*h, x.(item)) }
func (h *distHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func dijkstra(g map[int][]edge, src, n int) []int {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = 1 << 60
	}
	dist[src] = 0
	h := &distHeap{{src, 0}}
	for h.Len() > 0 {
		it := heap.Pop(h).(item)
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			if d := it.dist + e.w; d < dist[e.to] {
				dist[e.to] = d
				heap.Push(h, item{e.to, d})
			}
		}
	}
	return dist
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Println("min:", (*h)[0], "len:", h.Len(), "raw:", *h)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println("popped:", out)

	tasks := map[string]int{"write": 3, "test": 5, "deploy": 1, "review": 4, "lint": 5}
	pq := PQ{}
	byName := map[string]*Task{}
	for _, name := range []string{"write", "test", "deploy", "review", "lint"} {
		t := &Task{name: name, priority: tasks[name]}
		byName[name] = t
		heap.Push(&pq, t)
	}
	byName["deploy"].priority = 10
	heap.Fix(&pq, byName["deploy"].index)
	removed := heap.Remove(&pq, byName["review"].index).(*Task)
	fmt.Println("removed:", removed.name, removed.index)
	var order []string
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		order = append(order, fmt.Sprintf("%s(%d)", t.name, t.priority))
	}
	fmt.Println(strings.Join(order, " > "))

	// k smallest of a pseudo-random stream using a max-heap via negation.
	k := 5
	top := &IntHeap{}
	x := 7
	for i := 0; i < 1000; i++ {
		x = (x*7919 + 13) % 10007
		heap.Push(top, -x)
		if top.Len() > k {
			heap.Pop(top)
		}
	}
	var smallest []int
	for top.Len() > 0 {
		smallest = append([]int{-heap.Pop(top).(int)}, smallest...)
	}
	fmt.Println("5 smallest:", smallest)

	g := map[int][]edge{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
		4: {},
		5: {{0, 1}},
	}
	fmt.Println("dijkstra:", dijkstra(g, 0, 6))
}
