// Package trace: GoTruffle cannot write Go's execution trace format (the one `go tool trace`
// reads), so Start fails with an error that says so and writes nothing. The user annotations
// (tasks, regions, logs) behave as in Go when tracing is off.
package trace

import (
	"context"
	"errors"
	"io"
)

var errUnsupported = errors.New("runtime/trace: unsupported: GoTruffle cannot write Go's execution trace format")

// Start would enable tracing into w; on GoTruffle it returns an error and writes nothing.
func Start(w io.Writer) error { return errUnsupported }

// Stop stops tracing (nothing to stop on GoTruffle).
func Stop() {}

// IsEnabled reports whether tracing is enabled: never on GoTruffle.
func IsEnabled() bool { return false }

// Task is a user-defined logical operation.
type Task struct {
	id uint64
}

// NewTask creates a task of the given type under ctx.
func NewTask(pctx context.Context, taskType string) (ctx context.Context, task *Task) {
	t := &Task{}
	return context.WithValue(pctx, traceContextKey{}, t), t
}

func (t *Task) End() {}

type traceContextKey struct{}

// Log emits a one-off event (recorded only while tracing).
func Log(ctx context.Context, category, message string) {}

// Logf is Log with formatting.
func Logf(ctx context.Context, category, format string, args ...any) {}

// Region is a time interval in a goroutine's execution.
type Region struct{}

// WithRegion runs fn inside a region.
func WithRegion(ctx context.Context, regionType string, fn func()) { fn() }

// StartRegion starts a region; End it from the same goroutine.
func StartRegion(ctx context.Context, regionType string) *Region { return &Region{} }

func (r *Region) End() {}
