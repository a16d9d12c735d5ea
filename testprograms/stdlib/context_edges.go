// context beyond the happy path: String forms of every kind (custom parents with and without
// String), Value lookups through chains, cancellation through our own parents and foreign ones
// (a custom Context), parents already done, deadlines already past or later than the parent's,
// cancel functions called twice, the error values, and the panics of nil parents and keys.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type num int

func (n num) String() string { return fmt.Sprintf("num(%d)", int(n)) }

// foreign is a Context that is not one of context's own, with a Done channel of its own.
type foreign struct {
	done chan struct{}
	err  error
}

func (f *foreign) Deadline() (time.Time, bool) { return time.Time{}, false }
func (f *foreign) Done() <-chan struct{}       { return f.done }
func (f *foreign) Err() error {
	select {
	case <-f.done:
		return f.err
	default:
		return nil
	}
}
func (f *foreign) Value(k any) any {
	if k == key("foreign") {
		return "from foreign"
	}
	return nil
}

type named struct{ context.Context }

func (named) String() string { return "named!" }

func try(label string, f func()) {
	defer func() {
		fmt.Println(label, "panic:", recover())
	}()
	f()
}

func main() {
	bg, todo := context.Background(), context.TODO()
	fmt.Println(bg, todo)
	fmt.Printf("%v %s %T %T\n", bg, todo, bg, todo)
	c1, cancel1 := context.WithCancel(bg)
	v1 := context.WithValue(c1, key("k"), "v")
	v2 := context.WithValue(v1, 7, num(3))
	v3 := context.WithValue(v2, key("n"), struct{ A int }{1})
	v4 := context.WithValue(v3, num(1), nil)
	fmt.Println(c1)
	fmt.Println(v4)
	fmt.Printf("%T %T\n", c1, v4)
	fmt.Println(v4.Value(key("k")), v4.Value(7), v4.Value(key("n")), v4.Value(num(1)), v4.Value(key("missing")), v4.Value(num(7)))
	c2, cancel2 := context.WithCancel(v4)
	fmt.Println(c2.Value(key("k")), c2.Err(), c2.Done() == c2.Done())
	d1, dcancel1 := context.WithDeadline(c2, time.Now().Add(time.Hour))
	d2, dcancel2 := context.WithTimeout(d1, 2*time.Hour) // later than the parent's: a plain cancel
	fmt.Printf("%T %T\n", d1, d2)
	dl1, ok1 := d1.Deadline()
	dl2, ok2 := d2.Deadline()
	fmt.Println(ok1, ok2, dl1.Equal(dl2))

	cancel1()
	<-d2.Done()
	fmt.Println(c1.Err(), c2.Err(), d1.Err(), d2.Err(), v4.Err())
	cancel1()
	cancel2()
	dcancel1()
	dcancel2()
	fmt.Println(c1.Err() == context.Canceled, d1.Err())

	// A child of an already cancelled parent is cancelled at once.
	c3, cancel3 := context.WithCancel(c1)
	fmt.Println(c3.Err())
	cancel3()
	d3, dcancel3 := context.WithTimeout(c1, time.Hour)
	fmt.Println(d3.Err())
	dcancel3()

	// A deadline already past.
	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err(), errors.Is(past.Err(), context.DeadlineExceeded))
	select {
	case <-past.Done():
		fmt.Println("past is done")
	default:
		fmt.Println("past is not done")
	}
	pcancel()
	fmt.Println(past.Err())
	zero, zcancel := context.WithTimeout(bg, 0)
	fmt.Println(zero.Err())
	zcancel()

	// The child is cancelled first; the parent goes on.
	parent, pc := context.WithCancel(bg)
	child, cc := context.WithCancel(parent)
	cc()
	fmt.Println(parent.Err(), child.Err())
	grand, gc := context.WithCancel(child)
	fmt.Println(grand.Err())
	gc()
	pc()

	// Foreign parents: cancellation reaches our children through a watcher.
	f := &foreign{done: make(chan struct{}), err: errors.New("foreign stop")}
	fc, fcancel := context.WithCancel(f)
	fv := context.WithValue(fc, key("x"), "y")
	fd, fdcancel := context.WithTimeout(fv, time.Hour)
	fmt.Println(fc.Err(), fd.Value(key("foreign")), fd.Value(key("x")))
	fmt.Printf("%v | %v\n", fc, fv)
	close(f.done)
	<-fd.Done()
	<-fc.Done()
	fmt.Println(fc.Err(), fd.Err())
	fcancel()
	fdcancel()
	f2 := &foreign{done: make(chan struct{}), err: context.Canceled}
	close(f2.done)
	fc2, fcancel2 := context.WithCancel(f2)
	fmt.Println(fc2.Err())
	fcancel2()
	f3 := &foreign{}
	fc3, fcancel3 := context.WithCancel(f3) // a nil Done never cancels
	fcancel3()
	fmt.Println(fc3.Err())
	nm, nmcancel := context.WithCancel(named{bg})
	fmt.Println(nm, context.WithValue(named{bg}, key("a"), 1))
	nmcancel()

	fmt.Println(context.Canceled, context.DeadlineExceeded)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout())
	fmt.Println(context.DeadlineExceeded.(interface{ Temporary() bool }).Temporary())

	try("nil parent cancel", func() { context.WithCancel(nil) })
	try("nil parent deadline", func() { context.WithDeadline(nil, time.Now()) })
	try("nil parent timeout", func() { context.WithTimeout(nil, time.Second) })
	try("nil parent value", func() { context.WithValue(nil, 1, 2) })
	try("nil key", func() { context.WithValue(bg, nil, 2) })
	try("slice key", func() { context.WithValue(bg, []int{1}, 2) })
	try("map key", func() { context.WithValue(bg, map[int]int{}, 2) })
	try("ok key", func() { fmt.Println(context.WithValue(bg, [2]string{"a"}, 2)) })
}
