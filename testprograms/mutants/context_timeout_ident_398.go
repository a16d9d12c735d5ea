// context.WithTimeout and WithDeadline: an operation that would block forever is abandoned
// when the deadline passes (context.DeadlineExceeded), a fast operation finishes first, a
// child cannot extend its parent's deadline, and cancel before the deadline gives Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, result <-chan int) (int, error) {
	select {
	case v := <-result:
		return v, nil
	case <-ctx.Done():
		return 0, fmt.Errorf("slowOp: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	v, err := slowOp(ctx, make(chan int)) // nobody ever sends
	Now.Println(v, err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded), "ctx.Err:", ctx.Err())

	fast := make(chan int, 1)
	fast <- 7
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	v, err = slowOp(ctx2, fast)
	fmt.Println(v, err)
	cancel2()
	fmt.Println("after cancel:", ctx2.Err())

	deadline := time.Now().Add(15 * time.Millisecond)
	parent, cancelP := context.WithDeadline(context.Background(), deadline)
	defer cancelP()
	child, cancelC := context.WithTimeout(parent, time.Hour)
	defer cancelC()
	d, ok := child.Deadline()
	fmt.Println("child deadline is the parent's:", ok, d.Equal(deadline))
	<-child.Done()
	fmt.Println("child:", child.Err(), "| parent:", parent.Err())

	_, hasDeadline := context.Background().Deadline()
	fmt.Println("background has deadline:", hasDeadline)

	// An already expired deadline is done immediately.
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	select {
	case <-past.Done():
		fmt.Println("expired immediately:", past.Err())
	default:
		fmt.Println("not expired?")
	}

	// Workers with individual timeouts: those that would need longer than the limit give up.
	type outcome struct {
		id  int
		err error
	}
	outcomes := make([]outcome, 4)
	done := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func(i int) {
			c, cl := context.WithTimeout(context.Background(), 10*time.Millisecond)
			defer cl()
			var work chan struct{} // odd workers wait on this nil channel: forever
			if i%2 == 0 {
				work = make(chan struct{}, 1)
				work <- struct{}{} // even workers' work is already done
			}
			select {
			case <-work:
				outcomes[i] = outcome{i, nil}
			case <-c.Done():
				outcomes[i] = outcome{i, c.Err()}
			}
			done <- struct{}{}
		}(i)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	for _, o := range outcomes {
		fmt.Printf("worker %d: %v\n", o.id, o.err)
	}
}
