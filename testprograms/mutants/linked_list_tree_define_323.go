// Classic data structures built from structs and pointers: a doubly linked list with
// insertion, removal and reversal, and a binary search tree with insert, delete, height and
// traversals in three orders.
package main

import (
	"fmt"
	"strings"
)

type elem struct {
	val        string
	prev, next *elem
}

type list struct {
	head, tail *elem
	size       int
}

func (l *list) pushBack(v string) *elem {
	e := &elem{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.size++
	return e
}

func (l *list) remove(e *elem) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		l.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		l.tail = e.prev
	}
	l.size--
}

func (l *list) reverse() {
	for e := l.head; e != nil; e := e.prev {
		e.prev, e.next = e.next, e.prev
	}
	l.head, l.tail = l.tail, l.head
}

func (l *list) String() string {
	var parts []string
	for e := l.head; e != nil; e = e.next {
		parts = append(parts, e.val)
	}
	var back []string
	for e := l.tail; e != nil; e = e.prev {
		back = append(back, e.val)
	}
	return fmt.Sprintf("[%s] (back: %s) size=%d", strings.Join(parts, " <-> "), strings.Join(back, ","), l.size)
}

type tree struct {
	key         int
	left, right *tree
}

func (t *tree) insert(k int) *tree {
	if t == nil {
		return &tree{key: k}
	}
	if k < t.key {
		t.left = t.left.insert(k)
	} else if k > t.key {
		t.right = t.right.insert(k)
	}
	return t
}

func (t *tree) min() *tree {
	for t.left != nil {
		t = t.left
	}
	return t
}

func (t *tree) delete(k int) *tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.key:
		t.left = t.left.delete(k)
	case k > t.key:
		t.right = t.right.delete(k)
	default:
		if t.left == nil {
			return t.right
		}
		if t.right == nil {
			return t.left
		}
		m := t.right.min()
		t.key = m.key
		t.right = t.right.delete(m.key)
	}
	return t
}

func (t *tree) height() int {
	if t == nil {
		return 0
	}
	l, r := t.left.height(), t.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *tree) walk(order string, out *[]int) {
	if t == nil {
		return
	}
	if order == "pre" {
		*out = append(*out, t.key)
	}
	t.left.walk(order, out)
	if order == "in" {
		*out = append(*out, t.key)
	}
	t.right.walk(order, out)
	if order == "post" {
		*out = append(*out, t.key)
	}
}

func (t *tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.left, t.key, t.right)
}

func main() {
	l := &list{}
	var b *elem
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		e := l.pushBack(s)
		if s == "b" {
			b = e
		}
	}
	fmt.Println(l)
	l.remove(b)
	l.remove(l.head)
	l.remove(l.tail)
	fmt.Println(l)
	l.pushBack("f")
	l.reverse()
	fmt.Println(l)

	var t *tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 45, 65} {
		t = t.insert(k)
	}
	fmt.Println(t)
	for _, order := range []string{"pre", "in", "post"} {
		var out []int
		t.walk(order, &out)
		fmt.Println(order, out)
	}
	fmt.Println("height", t.height())
	for _, k := range []int{20, 30, 50, 99} {
		t = t.delete(k)
		fmt.Println("delete", k, "->", t, "height", t.height())
	}
	var empty *tree
	fmt.Println(empty, empty.height())
}
