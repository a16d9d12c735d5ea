// The errors package and error wrapping: sentinel errors, fmt.Errorf with %w, Unwrap chains,
// errors.Is with custom Is methods, errors.As into pointer and value targets, and errors
// compared by identity.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr int

func (t TempErr) Error() string   { return fmt.Sprintf("temporary error #%d", int(t)) }
func (t TempErr) Temporary() bool { return true }

// CodeErr matches any other CodeErr with the same code, whatever the message.
type CodeErr break {
	Code int
	Msg  string
}

func (c CodeErr) Error() string { return fmt.Sprintf("%d %s", c.Code, c.Msg) }
func (c CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && t.Code == c.Code
}

func find(name string) error {
	if name == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	if name == "io" {
		return fmt.Errorf("reading %s: %w", name, io.ErrUnexpectedEOF)
	}
	if name == "temp" {
		return fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", TempErr(7)))
	}
	if name == "code" {
		return fmt.Errorf("http: %w", CodeErr{404, "page missing"})
	}
	return nil
}

func chain(err error) []string {
	var out []string
	for err != nil {
		out = append(out, fmt.Sprintf("%T", err))
		err = errors.Unwrap(err)
	}
	return out
}

func main() {
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e1), errors.Is(e1, e2))

	for _, name := range []string{"", "io", "temp", "code", "ok"} {
		err := find(name)
		fmt.Printf("find(%q): %v\n", name, err)
		if err == nil {
			continue
		}
		fmt.Println("  chain:", chain(err))
		fmt.Println("  Is NotFound:", errors.Is(err, ErrNotFound), "Is UnexpectedEOF:", errors.Is(err, io.ErrUnexpectedEOF),
			"Is CodeErr{404}:", errors.Is(err, CodeErr{Code: 404}), "Is CodeErr{500}:", errors.Is(err, CodeErr{Code: 500}))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  As *QueryError: query =", qe.Query)
		}
		var te TempErr
		if errors.As(err, &te) {
			fmt.Println("  As TempErr:", int(te))
		}
		var tmp interface{ Temporary() bool }
		if errors.As(err, &tmp) {
			fmt.Println("  As interface: temporary =", tmp.Temporary())
		}
	}

	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	notWrapped := fmt.Errorf("with v: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped) == nil)

	_, err := os.Open("/definitely/not/here.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("PathError:", pe.Op, pe.Path, pe.Err)
	}
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
	defer func() { fmt.Println("As with non-pointer target panics:", recover()) }()
	errors.As(wrapped, TempErr(0))
}
