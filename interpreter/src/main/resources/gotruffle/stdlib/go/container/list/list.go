// Package list: a doubly linked list. Each List owns a sentinel Element, root, closing its
// nodes into a ring: root.next is the first node, root.prev the last, and the sentinel is
// never handed out. A zero List gets its ring on first use (ready).
package list

// Element is one node of a doubly linked List.
type Element struct {
	next, prev *Element
	list       *List
	Value      any
}

// Next is the element after e, or nil at the end.
func (e *Element) Next() *Element {
	if e.list == nil || e.next == &e.list.root {
		return nil
	}
	return e.next
}

// Prev is the element before e, or nil at the start.
func (e *Element) Prev() *Element {
	if e.list == nil || e.prev == &e.list.root {
		return nil
	}
	return e.prev
}

// List is a doubly linked list; its zero value is an empty list, ready to use.
type List struct {
	root Element
	len  int
}

// Init empties l (also makes a zero List ready).
func (l *List) Init() *List {
	l.root.next, l.root.prev = &l.root, &l.root
	l.len = 0
	return l
}

// New makes an empty list.
func New() *List { return new(List).Init() }

// Len is the element count, kept up to date on every change.
func (l *List) Len() int { return l.len }

// Front is l's first element; nil when l is empty.
func (l *List) Front() *Element {
	if l.len > 0 {
		return l.root.next
	}
	return nil
}

// Back is l's last element; nil when l is empty.
func (l *List) Back() *Element {
	if l.len > 0 {
		return l.root.prev
	}
	return nil
}

// ready gives a zero List its ring before the first insertion.
func (l *List) ready() {
	if l.root.next == nil {
		l.Init()
	}
}

// splice links e into the ring between at and at's successor.
func splice(e, at *Element) {
	after := at.next
	e.prev, e.next = at, after
	at.next, after.prev = e, e
}

// unsplice closes the ring over e; e's own links are left as they were.
func unsplice(e *Element) {
	e.prev.next, e.next.prev = e.next, e.prev
}

// add makes a node for v, links it after at and counts it.
func (l *List) add(v any, at *Element) *Element {
	e := &Element{Value: v, list: l}
	splice(e, at)
	l.len++
	return e
}

// relink moves e, already in l, to just after at.
func (l *List) relink(e, at *Element) {
	if e != at {
		unsplice(e)
		splice(e, at)
	}
}

// Remove unlinks e if it belongs to l, and returns its value either way.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		unsplice(e)
		e.next, e.prev, e.list = nil, nil, nil // no stale links to l's nodes
		l.len--
	}
	return e.Value
}

// PushFront adds v as l's new first element and returns its node.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.add(v, &l.root)
}

// PushBack adds v as l's new last element and returns its node.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.add(v, l.root.prev)
}

// InsertBefore adds v just ahead of mark; nil (and no change) when mark is not in l.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list == l {
		return l.add(v, mark.prev)
	}
	return nil
}

// InsertAfter adds v just behind mark; nil (and no change) when mark is not in l.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list == l {
		return l.add(v, mark)
	}
	return nil
}

// MoveToFront makes e the first element (no-op unless e belongs to l).
func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relink(e, &l.root)
	}
}

// MoveToBack makes e the last element (no-op unless e belongs to l).
func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relink(e, l.root.prev)
	}
}

// MoveBefore relinks e just ahead of mark (no-op unless both belong to l).
func (l *List) MoveBefore(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark.prev)
	}
}

// MoveAfter relinks e just behind mark (no-op unless both belong to l).
func (l *List) MoveAfter(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark)
	}
}

// PushBackList appends copies of other's values to l. The count is taken first, so
// other may be l itself.
func (l *List) PushBackList(other *List) {
	l.ready()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.add(e.Value, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of other's values to l, keeping their order; other may be l.
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.add(e.Value, &l.root)
		e = e.Prev()
	}
}
