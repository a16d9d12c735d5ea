// Package heap: a binary min-heap (by Less) kept in any heap.Interface, children of k at
// 2k+1 and 2k+2. The user's Len/Less/Swap/Push/Pop are called in the same order, with the
// same arguments, as Go 1.19 calls them: a Less or Swap with side effects sees the same calls.
package heap

import "sort"

// Interface: a sort.Interface that can also grow (Push appends at Len()) and shrink (Pop takes the last).
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init orders all of h, sifting down every inner node from the last one to the root.
func Init(h Interface) {
	n := h.Len()
	for k := n/2 - 1; k >= 0; k-- {
		down(h, k, n)
	}
}

// Push adds x to h and restores heap order.
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop takes the smallest element (by h.Less) out of h.
func Pop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// Remove takes the element at index i out of h.
func Remove(h Interface, i int) any {
	n := h.Len() - 1
	if n != i {
		h.Swap(i, n)
		if !down(h, i, n) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix restores heap order after the element at index i changed; cheaper than Remove then Push.
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves the element at k towards the root while it is less than its parent.
func up(h Interface, k int) {
	for k > 0 {
		parent := (k - 1) / 2
		if !h.Less(k, parent) {
			return
		}
		h.Swap(parent, k)
		k = parent
	}
}

// down moves the element at start towards the leaves of h[:n] while a child is less than
// it, taking the smaller child (the left one on a tie); it reports whether the element moved.
func down(h Interface, start, n int) bool {
	k := start
	for c := 2*k + 1; c > 0 && c < n; c = 2*k + 1 { // c <= 0: 2k+1 overflowed
		if c+1 < n && h.Less(c+1, c) {
			c++
		}
		if !h.Less(c, k) {
			break
		}
		h.Swap(k, c)
		k = c
	}
	return k > start
}
