package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Container[T any] interface {
	Add(T)
	All() []T
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Add(v T)  { b.items = append(b.items, v) }
func (b *Bag[T]) All() []T { return b.items }

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Add(v)
	}
	return c
}

type Keyed interface {
	comparable
	Key() string
}

type User struct{ Name string }

func (u User) Key() string { return strings.ToLower(u.Name) }

func Index[T Keyed](xs []T) map[string]T {
	m := map[string]T{}
	for _, x := range xs {
		if _, dup := m[x.Key()]; !dup && x != *new(T) {
			m[x.Key()] = x
		}
	}
	return m
}

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	v := q.items[n-1]
	q.items = q.items[:n-1]
	return v
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	continue out
}

func Double[T ~int | ~float64](x T) T { return 2 * x }

type Iter[T any] func() (T, bool)

func FromSlice[T any](xs []T) Iter[T] {
	i := 0
	return func() (T, bool) {
		if i >= len(xs) {
			var z T
			return z, false
		}
		i++
		return xs[i-1], true
	}
}

func (it Iter[T]) Collect() []T {
	var out []T
	for v, ok := it(); ok; v, ok = it() {
		out = append(out, v)
	}
	return out
}

type Graph[K comparable] struct {
	edges map[K][]K
}

func (g *Graph[K]) AddEdge(a, b K) {
	if g.edges == nil {
		g.edges = map[K][]K{}
	}
	g.edges[a] = append(g.edges[a], b)
}

func (g *Graph[K]) BFS(start K, visit func(K)) {
	seen := map[K]bool{start: true}
	queue := []K{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		visit(n)
		for _, m := range g.edges[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
}

func SortBy[T any, K int | string](xs []T, key func(T) K) {
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func main() {
}
