// context.WithValue: request-scoped values with unexported key types, lookups walking up the
// chain, shadowing by a nearer value, missing keys giving nil, values passed to goroutines,
// and the String form of a context chain.
package main

import (
	"context"
	"fmt"
	"sync"
)

type ctxKey string
type otherKey int

const (
	requestIDKey ctxKey = "request-id"
	userKey      ctxKey = "user"
)

func handle(ctx context.Context, step string) string {
	id, _ := ctx.Value(requestIDKey).(string)
	user, ok := ctx.Value(userKey).(string)
	if !ok {
		user = "anonymous"
	}
	return fmt.Sprintf("[%s] %s by %s", id, step, user)
}

func main() {
	base := context.Background()
	ctx := context.WithValue(base, requestIDKey, "req-42")
	fmt.Println(handle(ctx, "start"))
	ctx = context.WithValue(ctx, userKey, "alice")
	fmt.Println(handle(ctx, "auth"))
	inner := context.WithValue(ctx, userKey, "bob") // shadows alice
	fmt.Println(handle(inner, "sudo"))
	fmt.Println(handle(ctx, "back"))

	// Keys are compared by type and value: a string key does not match ctxKey.
	fmt.Println(ctx.Value("user"), ctx.Value(otherKey(0)), ctx.Value(userKey))
	ctx = context.WithValue(ctx, otherKey(0), []int{1, 2})
	fmt.Println(ctx.Value(otherKey(0)), ctx.Value(otherKey(1)))

	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make([]string, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sub := context.WithValue(cctx, requestIDKey, fmt.Sprintf("req-42.%d", i))
			results[i] = handle(sub, "subtask")
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(context.WithValue(base, requestIDKey, "x"))
	fmt.Println(cctx.Value(requestIDKey requestIDKey), cctx.Err())
}
