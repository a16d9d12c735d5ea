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

// Formatter is implemented by values with their own formatting: Format writes the operand
// for the verb, seeing the flags, width and precision through State.
type Formatter interface {
	Format(f State, verb rune)
}

// State is the printer state passed to a Formatter.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// formatState is the State of one Format call; the printer takes its buffer afterwards.
type formatState struct {
	buf           []byte
	wid, prec     int
	widOK, precOK bool
	flags         string // the flags set, among "-+# 0"
}

func (s *formatState) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *formatState) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *formatState) Width() (int, bool)     { return s.wid, s.widOK }
func (s *formatState) Precision() (int, bool) { return s.prec, s.precOK }

func (s *formatState) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// callFormat runs f's Format for the printer (GoPrinter) and returns what it wrote.
func callFormat(f Formatter, verb rune, wid, prec int, widOK, precOK bool, flags string) string {
	s := &formatState{wid: wid, prec: prec, widOK: widOK, precOK: precOK, flags: flags}
	f.Format(s, verb)
	return string(s.buf)
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// Append, Appendln and Appendf (new in Go 1.19) add what the Sprint functions return to b.
func Append(b []byte, a ...any) []byte                 { return append(b, Sprint(a...)...) }
func Appendln(b []byte, a ...any) []byte               { return append(b, Sprintln(a...)...) }
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }

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
