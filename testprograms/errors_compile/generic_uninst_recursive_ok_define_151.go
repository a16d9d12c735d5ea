package main

import (
	"fmt"
	"sort"
	"sync/atomic"
)

// Types that refer to themselves only through pointers, slices, maps, channels, functions or
// method signatures are valid, generic or not, also when an instance of a generic type takes
// the type being declared as its argument.

type List[T any] struct {
	val  T
	next *List[T]
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{v, l} }

func (l *List[T]) Slice() []T {
	var out []T
	for ; l != nil; l = l.next {
		out = append(out, l.val)
	}
	return out
}

type Tree[K any, V any] struct {
	left, right *Tree[K, V]
	key         K
	val         V
	kids        []Tree[K, V]
	index       map[string]Tree[K, V]
	events      chan Tree[K, V]
	visit       func(Tree[K, V]) Tree[K, V]
}

type Ord[T any] interface{ Less(T) bool }

type Age int

func (a Age) Less(b Age) bool { return a < b }

func Min[T interface{ Less(T) bool }](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m := x
		}
	}
	return m
}

func SortOrd[T Ord[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Less(xs[j]) })
}

type Box[T any] struct{ v T }

// S is an argument of Box, but through a pointer or a slice
type S struct {
	b    *Box[S]
	bs   Box[[]S]
	name string
}

type Graph struct {
	nodes map[string]*GNode
}

type GNode struct {
	g     *Graph
	edges []*GNode
}

type Expr interface {
	Eval(env map[string]int) int
	Children() []Expr
}

type Visitor interface {
	Visit(Expr) Visitor
}

type Num int

func (n Num) Eval(map[string]int) int { return int(n) }
func (n Num) Children() []Expr       { return nil }

type Add struct{ x, y Expr }

func (a Add) Eval(env map[string]int) int { return a.x.Eval(env) + a.y.Eval(env) }
func (a Add) Children() []Expr            { return []Expr{a.x, a.y} }

type Chain struct {
	next atomic.Pointer[Chain]
	n    int
}

type Matrix[T any] [2][2]T

type Self[T any] struct {
	ptr  *Self[T]
	self func() Self[T]
}

func main() {
}
