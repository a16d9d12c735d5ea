package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Node[T any] struct {
	val  T
	next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) Push(v T) {
	l.head = &Node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[U]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	l.Each(func(v U) { fmt.Fprint(&sb, v, " ") })
	sb.WriteString("]")
	return sb.String()
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.$Walk(f)
}

type Queue[T any] []T

func (q *Queue[T]) Enqueue(v T) { *q = append(*q, v) }
func (q *Queue[T]) Dequeue() T  { v := (*q)[0]; *q = (*q)[1:]; return v }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	s.Pop()
	_, err = s.Pop()
	fmt.Println(err)

	l := &List[int]{}
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.size)
	var st fmt.Stringer = l
	fmt.Println(st.String())
	fmt.Printf("%T %T\n", l, l.head)

	p := MakePair("x", 3.5)
	fmt.Println(p)
	fmt.Printf("%T %v %+v\n", p, p, []Pair[string, float64]{p})

	set := NewSet[int]()
	set.Add(3)
	fmt.Println(set.Has(3), set.Has(4), len(set))

	var t *Tree[int]
	for _, x := range []int{5, 3, 8, 1} {
		t = t.Insert(x)
	}
	t.Walk(func(i int) { fmt.Print(i, " ") })
	fmt.Println()

	var q Queue[string]
	q.Enqueue("x")
	q.Enqueue("y")
	fmt.Println(q.Dequeue(), len(q))
	fmt.Printf("%T\n", q)
	var x interface{} = Pair[int, bool]{1, true}
	switch y := x.(type) {
	case Pair[int, string]:
		fmt.Println("wrong", y)
	case Pair[int, bool]:
		fmt.Println("right", y.Key)
	}
}
