// container/heap's calls to the user's Less and Swap, logged one by one (their order is
// observable) through Init, Push, Pop, Remove and Fix; and container/list's edge cases:
// a zero List, pushing a list onto itself, moves between neighbours, elements of another
// list, and Next/Prev at both ends and after Remove.
package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"strings"
)

type logHeap struct {
	a   []int
	log []string
}

func (h *logHeap) Len() int { return len(h.a) }
func (h *logHeap) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *logHeap) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d%d", i, j))
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *logHeap) Push(x any) { h.a = append(h.a, x.(int)) }
func (h *logHeap) Pop() any {
	x := h.a[len(h.a)-1]
	h.a = h.a[:len(h.a)-1]
	return x
}

func (h *logHeap) flush(what string) {
	fmt.Printf("%-10s %v %s\n", what, h.a, strings.Join(h.log, " "))
	h.log = nil
}

func show(l *list.List) string {
	var b strings.Builder
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Fprint(&b, e.Value, " ")
	}
	b.WriteString("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Fprint(&b, e.Value, " ")
	}
	return fmt.Sprintf("%s(len %d)", b.String(), l.Len())
}

func main() {
	h := &logHeap{a: []int{9, 4, 7, 1, 8, 2, 6, 3, 5, 5}}
	heap.Init(h)
	h.flush("init")
	for _, x := range []int{0, 10, 4} {
		heap.Push(h, x)
		h.flush(fmt.Sprint("push ", x))
	}
	fmt.Println("pop", heap.Pop(h))
	h.flush("")
	fmt.Println("remove 3:", heap.Remove(h, 3))
	h.flush("")
	fmt.Println("remove last:", heap.Remove(h, h.Len()-1))
	h.flush("")
	h.a[1] = 100
	heap.Fix(h, 1)
	h.flush("fix 1")
	h.a[5] = -1
	heap.Fix(h, 5)
	h.flush("fix 5")
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	h.log = nil
	heap.Init(h)
	heap.Push(h, 1)
	h.flush("empty")

	var l list.List // zero value
	fmt.Println("zero:", show(&l), l.Front() == nil, l.Back() == nil)
	a := l.PushBack(1)
	b := l.PushBack(2)
	c := l.PushFront(0)
	fmt.Println(show(&l))
	l.PushBackList(&l)
	fmt.Println("self back:", show(&l))
	l.PushFrontList(&l)
	fmt.Println("self front:", show(&l))
	l.Init()
	a, b, c = l.PushBack("a"), l.PushBack("b"), l.PushBack("c")
	l.MoveBefore(b, c)
	l.MoveAfter(b, a)
	l.MoveBefore(a, a)
	fmt.Println("no-op moves:", show(&l))
	l.MoveBefore(c, a)
	l.MoveAfter(a, b)
	l.MoveToFront(b)
	l.MoveToBack(c)
	fmt.Println("moves:", show(&l))
	other := list.New()
	x := other.PushBack("x")
	fmt.Println(l.InsertBefore("no", x) == nil, l.InsertAfter("no", x) == nil)
	l.MoveToFront(x)
	l.MoveAfter(a, x)
	fmt.Println(l.Remove(x), show(&l), show(other))
	l.InsertAfter("b2", b)
	l.InsertBefore("a0", a)
	fmt.Println(show(&l))
	fmt.Println("remove:", l.Remove(b), b.Next() == nil, b.Prev() == nil, l.Remove(b), show(&l))
	fmt.Println(l.Front().Prev() == nil, l.Back().Next() == nil)
	n := list.New()
	n.PushFrontList(&l)
	n.PushBackList(other)
	fmt.Println(show(n))
	var e list.Element
	fmt.Println(e.Next() == nil, e.Prev() == nil, e.Value)
}
