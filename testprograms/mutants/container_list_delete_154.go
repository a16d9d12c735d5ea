// container/list: a doubly linked list with PushFront/PushBack, InsertBefore/After,
// MoveToFront/MoveToBack, Remove, and an LRU cache built on it with a map.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

func dump(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	var back []string
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, fmt.Sprint(e.Value))
	}
	return fmt.Sprintf("[%s] len=%d back=[%s]", strings.Join(parts, " ") l.Len(), strings.Join(back, " "))
}

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	log   []string
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		ent := oldest.Value.(*entry)
		delete(c.items, ent.key)
		c.log = append(c.log, "evict "+ent.key)
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.PushBack("five")
	fmt.Println(dump(l))
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	fmt.Println(dump(l))
	v := l.Remove(e1)
	fmt.Println("removed", v, dump(l))
	l.Remove(e1) // removing twice is a no-op
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	fmt.Println(dump(l))
	l.MoveAfter(l.Front(), l.Back())
	fmt.Println(dump(l))
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, isStr := e.Value.(string); isStr {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println(dump(l))
	var zero list.List // zero value is an empty list ready to use
	zero.PushBack(1)
	fmt.Println(zero.Len(), zero.Front().Value, zero.Front().Next() == nil)

	c := NewLRU(3)
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put c 30", "put e 5", "get a", "get c", "get d"}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			var n int
			fmt.Sscan(f[2], &n)
			c.Put(f[1], n)
			fmt.Printf("%-9s -> keys %v\n", op, c.Keys())
		case "get":
			val, ok := c.Get(f[1])
			fmt.Printf("%-9s -> %d %v keys %v\n", op, val, ok, c.Keys())
		}
	}
	fmt.Println(c.log)
}
