// Package ring implements circular lists: every element is a *Ring, and any element stands for
// the whole ring. The zero Ring is a ring of one element whose Value is nil.
package ring

// Ring is one element of a circular list. A zero Ring is a ring of one: its links are
// made on first use.
type Ring struct {
	next, prev *Ring
	Value      any
}

// lazy links an unused element to itself.
func (r *Ring) lazy() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next returns the element after r; r must not be empty.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.lazy()
	}
	return r.next
}

// Prev returns the element before r; r must not be empty.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.lazy()
	}
	return r.prev
}

// Move goes n elements forward (n >= 0) or back (n < 0), modulo the ring's length.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.lazy()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New returns a ring of n elements (nil for n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Link joins ring s after r: r.Next() becomes s, and the element after s's last becomes the old
// r.Next(). If r and s are the same ring, the elements between them are cut out as a ring of
// their own. It returns the old r.Next(), which is the cut ring in that case.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		sLast := s.Prev()
		r.next = s
		s.prev = r
		after.prev = sLast
		sLast.next = after
	}
	return after
}

// Unlink removes n % r.Len() elements after r and returns them as a ring (nil if none).
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len counts the elements of the ring (0 for a nil ring); it takes time proportional to it.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

// Do calls f with each element's Value, forward from r. f must not change the ring.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
