// Package errors: Go's error helpers, written in Go on top of the interpreter.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New makes an error whose message is text; each call yields a different value.
func New(text string) error {
	return &errorString{text}
}

// Unwrap is err.Unwrap() when err has that method, otherwise nil.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is walks err's Unwrap chain looking for target (by == or an Is method).
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && comparable(err) && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As walks err's Unwrap chain for an error assignable to *target (or with an As method) and stores it there.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

func comparable(v any) bool
func checkAsTarget(target any)
func assignTo(err error, target any) bool
