// Package fmt: formatted I/O. Formatting itself is native (GoPrinter, Go's print.go rules);
// the Print/Fprint families are written here on top of io.
package fmt

import (
	"errors"
	"io"
	"os"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Print(a ...any) (n int, err error)                 { return io.WriteString(os.Stdout, Sprint(a...)) }
func Println(a ...any) (n int, err error)               { return io.WriteString(os.Stdout, Sprintln(a...)) }
func Printf(format string, a ...any) (n int, err error) { return io.WriteString(os.Stdout, Sprintf(format, a...)) }

func Fprint(w io.Writer, a ...any) (n int, err error)   { return io.WriteString(w, Sprint(a...)) }
func Fprintln(w io.Writer, a ...any) (n int, err error) { return io.WriteString(w, Sprintln(a...)) }
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintf(format, a...))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

// Errorf formats an error; a %w verb (at most one) makes the result wrap that operand.
func Errorf(format string, a ...any) error {
	s, w := sprintfWrap(format, a...)
	if w != nil {
		return &wrapError{s, w}
	}
	return errors.New(s)
}

func sprintfWrap(format string, a ...any) (string, error)
