// Package os: files, arguments, environment and exit, backed by Java natives.
package os

import "errors"

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

func (f *File) Name() string { return f.name }

func (f *File) Close() error { return nil }

func runtimeArgs() []string
func writeFd(fd int, s string)

// Exit causes the current program to exit with the given status code, without running deferred functions.
func Exit(code int)

func Getenv(key string) string
