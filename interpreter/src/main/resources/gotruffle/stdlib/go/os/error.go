package os

import (
	"errors"
	"internal/poll"
	"io/fs"
	"syscall"
)

// The portable errors; system errors (syscall.Errno) match them with errors.Is.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = poll.ErrDeadlineExceeded
	ErrProcessDone      = errors.New("os: process already finished")
)

// PathError is fs.PathError: Op on Path failed with Err.
type PathError = fs.PathError

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError: the system call Syscall failed with Err.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError wraps err (nil stays nil).
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// pathErr builds the *PathError of a failed native call (errno != 0), or nil.
func pathErr(op, name string, errno int) error {
	if errno == 0 {
		return nil
	}
	return &PathError{Op: op, Path: name, Err: syscall.Errno(errno)}
}
