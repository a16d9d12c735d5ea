// Package os: files, arguments, environment and exit, backed by Java natives.
package os

import (
	"errors"
	"io"
)

// File is an open file descriptor (0, 1, 2 are the standard streams).
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

var Args = runtimeArgs()

var ErrNotExist = errors.New("file does not exist")
var ErrExist = errors.New("file already exists")
var ErrPermission = errors.New("permission denied")

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func (f *File) Write(b []byte) (n int, err error) {
	return f.WriteString(string(b))
}

func (f *File) WriteString(s string) (n int, err error) {
	writeFd(f.fd, s)
	return len(s), nil
}

// Read reads up to len(b) bytes; at end of input it returns 0, io.EOF. Only standard input can be read.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n = readFd(f.fd, b)
	if n < 0 {
		return 0, &PathError{"read", f.name, errors.New("bad file descriptor")}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Name() string { return f.name }

func (f *File) Close() error { return nil }

func runtimeArgs() []string
func writeFd(fd int, s string)

// readFd reads into b from fd (only 0, standard input): the count, 0 at end of input, -1 for other fds.
func readFd(fd int, b []byte) int

// Exit causes the current program to exit with the given status code, without running deferred functions.
func Exit(code int)

func Getenv(key string) string
