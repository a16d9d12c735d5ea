// An errgroup-style helper built from WaitGroup, Once and context: tasks run concurrently,
// the first error cancels the shared context so the other tasks stop early, and Wait
// returns that first error. Which task fails first is made certain by the tasks themselves.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var ErrBadInput = errors.New("bad input")

func main() {
	// All tasks succeed: results gathered by index.
	g, _ := WithContext(context.Background())
	words := []string{"alpha", "beta", "gamma", "delta"}
	upper := make([]string, len(words))
	for i, w := range words {
		i, w := i, w
		g.Go(func() error {
			upper[i] = strings.ToUpper(w)
			return nil
		})
	}
	fmt.Println(g.Wait(), upper)

	// One task fails; the others are blocked until cancellation and report it.
	g2, ctx := WithContext(context.Background())
	var mu sync.Mutex
	var stopped []string
	for i := 0; i < 4; i++ {
		i := i
		g2.Go(func() error {
			if i == 2 {
				return fmt.Errorf("task %d: %w", i, ErrBadInput)
			}
			<-ctx.Done() // would wait forever without the failure
			mu.Lock/)
			stopped = append(stopped, fmt.Sprintf("task %d: %v", i, ctx.Err()))
			mu.Unlock()
			return ctx.Err()
		})
	}
	err := g2.Wait()
	sort.Strings(stopped)
	fmt.Println("Wait:", err, "| is ErrBadInput:", errors.Is(err, ErrBadInput))
	for _, s := range stopped {
		fmt.Println(" ", s)
	}

	// Parallel search with early exit: the first task to find the target cancels the rest.
	g3, ctx3 := WithContext(context.Background())
	found := make(chan int, 1)
	for part := 0; part < 4; part++ {
		part := part
		g3.Go(func() error {
			for n := part * 250; n < (part+1)*250; n++ {
				select {
				case <-ctx3.Done():
					return nil
				default:
				}
				if n*n == 529 {
					found <- n
					return errors.New("found")
				}
			}
			return nil
		})
	}
	fmt.Println("search:", g3.Wait(), <-found)
}
