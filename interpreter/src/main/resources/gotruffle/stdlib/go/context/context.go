// Package context: deadlines, cancellation signals and request-scoped values, written in Go on
// channels, sync.Mutex and time.AfterFunc. A context of ours is cancelled directly by its
// nearest ancestor of ours; under a foreign parent a goroutine watches that parent's Done.
package context

import (
	"errors"
	"reflect"
	"sync"
	"time"
)

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is what Err reports once a context's cancel function ran.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is what Err reports once a context's deadline has passed.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// emptyCtx is Background and TODO: never done, no deadline, no values.
type emptyCtx int

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (*emptyCtx) Done() <-chan struct{}                   { return nil }
func (*emptyCtx) Err() error                              { return nil }
func (*emptyCtx) Value(key any) any                       { return nil }

func (e *emptyCtx) String() string {
	if e == background {
		return "context.Background"
	}
	return "context.TODO"
}

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

func Background() Context { return background }
func TODO() Context       { return todo }

// CancelFunc cancels its context; calling it again does nothing.
type CancelFunc func()

func mustHaveParent(parent Context) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
}

// canceler is a context of ours that an ancestor cancels: detach also takes it out of that
// ancestor's children.
type canceler interface {
	cancel(detach bool, err error)
	Done() <-chan struct{}
}

// closedDone is the Done of a context cancelled before anyone asked for its Done.
var closedDone = make(chan struct{})

func init() { close(closedDone) }

// cancelCtx is WithCancel's context; timerCtx builds on it.
type cancelCtx struct {
	Context  // the parent
	mu       sync.Mutex
	done     chan struct{} // made on demand
	children map[canceler]struct{}
	err      error
}

// selfKey is the Value key under which a cancelCtx (or timerCtx) answers with itself.
var selfKey int

func (c *cancelCtx) Value(key any) any { return lookup(c, key) }

func (c *cancelCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done == nil {
		c.done = make(chan struct{})
	}
	return c.done
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelCtx) String() string {
	return contextName(c.Context) + ".WithCancel"
}

// cancel closes Done, records err and cancels the children, all under c's lock, so that no
// one sees c cancelled while a child is not yet; the first call wins.
func (c *cancelCtx) cancel(detach bool, err error) {
	c.mu.Lock()
	if c.err == nil {
		c.err = err
		if c.done != nil {
			close(c.done)
		} else {
			c.done = closedDone
		}
		for child := range c.children {
			child.cancel(false, err)
		}
		c.children = nil
	} else {
		detach = false
	}
	c.mu.Unlock()
	if detach {
		detachFrom(c.Context, c)
	}
}

// adopt makes child one of c's children, or cancels it at once when c is cancelled already.
func (c *cancelCtx) adopt(child canceler) {
	c.mu.Lock()
	err := c.err
	if err == nil {
		if c.children == nil {
			c.children = map[canceler]struct{}{}
		}
		c.children[child] = struct{}{}
	}
	c.mu.Unlock()
	if err != nil {
		child.cancel(false, err)
	}
}

// nearestOwn is the cancelCtx of ours whose cancellation is parent's Done, nil when parent
// is never done, done already, or done through something else (a foreign context, or one
// that wraps ours with a Done of its own).
func nearestOwn(parent Context) *cancelCtx {
	done := parent.Done()
	if done == nil || done == closedDone {
		return nil
	}
	own, _ := parent.Value(&selfKey).(*cancelCtx)
	if own == nil || own.Done() != done {
		return nil
	}
	return own
}

// detachFrom takes child out of the children of parent's nearest own cancelCtx.
func detachFrom(parent Context, child canceler) {
	if own := nearestOwn(parent); own != nil {
		own.mu.Lock()
		delete(own.children, child)
		own.mu.Unlock()
	}
}

// attach arranges for child to be cancelled with parent.
func attach(parent Context, child canceler) {
	done := parent.Done()
	if done == nil {
		return
	}
	select {
	case <-done:
		child.cancel(false, parent.Err())
		return
	default:
	}
	if own := nearestOwn(parent); own != nil {
		own.adopt(child)
		return
	}
	go watch(parent, child)
}

// watch waits on a foreign parent for as long as child lives.
func watch(parent Context, child canceler) {
	select {
	case <-parent.Done():
		child.cancel(false, parent.Err())
	case <-child.Done():
	}
}

// WithCancel derives a context whose Done closes when cancel runs or parent is done.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	mustHaveParent(parent)
	c := &cancelCtx{Context: parent}
	attach(parent, c)
	return c, func() { c.cancel(true, Canceled) }
}

// timerCtx is WithDeadline's context: a cancelCtx that a timer cancels.
type timerCtx struct {
	cancelCtx
	timer    *time.Timer // guarded by cancelCtx.mu
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) {
	return c.deadline, true
}

func (c *timerCtx) String() string {
	left := time.Until(c.deadline)
	return contextName(c.cancelCtx.Context) + ".WithDeadline(" + c.deadline.String() + " [" + left.String() + "])"
}

func (c *timerCtx) cancel(detach bool, err error) {
	c.cancelCtx.cancel(false, err)
	if detach {
		detachFrom(c.cancelCtx.Context, c)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
}

// WithDeadline derives a context that is done at d at the latest (or when parent is).
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	mustHaveParent(parent)
	if first, ok := parent.Deadline(); ok && first.Before(d) {
		return WithCancel(parent) // the parent's deadline comes first anyway
	}
	c := &timerCtx{cancelCtx: cancelCtx{Context: parent}, deadline: d}
	attach(parent, c)
	left := time.Until(d)
	if left <= 0 {
		c.cancel(true, DeadlineExceeded)
		return c, func() { c.cancel(false, Canceled) }
	}
	c.mu.Lock()
	if c.err == nil { // attach may have cancelled it
		c.timer = time.AfterFunc(left, func() { c.cancel(true, DeadlineExceeded) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled) }
}

// WithTimeout is WithDeadline with a deadline of now plus timeout.
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// valueCtx is WithValue's context: one key and its value over the parent.
type valueCtx struct {
	Context
	key, val any
}

// WithValue derives a context in which Value(key) is val.
func WithValue(parent Context, key, val any) Context {
	mustHaveParent(parent)
	switch {
	case key == nil:
		panic("nil key")
	case !reflect.TypeOf(key).Comparable():
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

func (c *valueCtx) Value(key any) any { return lookup(c, key) }

func (c *valueCtx) String() string {
	return contextName(c.Context) + ".WithValue(type " + typeName(c.key) + ", val " + stringify(c.val) + ")"
}

// link is what the contexts of ours share for Value: their own answer for key, if they
// have one, and the parent to ask next.
type link interface {
	answer(key any) (any, bool)
	parentContext() Context
}

func (c *cancelCtx) answer(key any) (any, bool) { return c, key == &selfKey }
func (c *cancelCtx) parentContext() Context     { return c.Context }
func (c *valueCtx) answer(key any) (any, bool)  { return c.val, c.key == key }
func (c *valueCtx) parentContext() Context      { return c.Context }

// lookup walks up through our own contexts in a loop (deep chains need no deep recursion);
// the first context that is not ours answers for itself and its ancestors.
func lookup(c Context, key any) any {
	for {
		l, ours := c.(link)
		if !ours {
			return c.Value(key)
		}
		if v, found := l.answer(key); found {
			return v
		}
		c = l.parentContext()
	}
}

func stringify(v any) string {
	if s, ok := v.(stringer); ok {
		return s.String()
	}
	if s, ok := v.(string); ok {
		return s
	}
	return "<not Stringer>"
}

// typeName is the dynamic type's name as reflect prints it.
func typeName(v any) string

type stringer interface {
	String() string
}

// contextName names a parent in String: its own String, or else its type.
func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return typeName(c)
}
