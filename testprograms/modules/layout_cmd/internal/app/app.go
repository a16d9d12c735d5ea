// Package app is the program; cmd/todo and the root main are thin wrappers around Run.
package app

import (
	"errors"
	"fmt"
	"io"

	"github.com/example/todo/internal/store"
	"github.com/example/todo/pkg/textfmt"
)

func Run(w io.Writer) int {
	s := store.NewMemory()
	for _, t := range []string{"write code", "test it", "ship it"} {
		s.Add(t)
	}
	if err := s.Complete(2); err != nil {
		fmt.Fprintln(w, "error:", err)
	}
	if err := s.Complete(7); errors.Is(err, store.ErrNotFound) {
		fmt.Fprintln(w, "complete 7:", err)
	}
	t := textfmt.NewTable("ID", "TASK", "DONE")
	for _, it := range s.All() {
		t.Add(it.ID, it.Text, it.Done)
	}
	fmt.Fprint(w, t)
	fmt.Fprintf(w, "%T %T\n", s, t)
	return 0
}
