// Package os: files, arguments, environment and exit, backed by Java natives.
package os

import (
	"errors"
	"io"
)

// File is an open file: fd 0, 1, 2 are the standard streams; other files keep their Java
// channel in h (nil once closed).
type File struct {
	fd     int
	name   string
	h      any
	closed bool
}

var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
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

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{op, f.name, ErrClosed}
	}
	return nil
}

func (f *File) Write(b []byte) (n int, err error) {
	return f.WriteString(string(b))
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.h == nil {
		if f.fd == 0 {
			return 0, &PathError{"write", f.name, errors.New("bad file descriptor")}
		}
		writeFd(f.fd, s)
		return len(s), nil
	}
	n, e := fileWrite(f.h, s)
	if e != "" {
		return n, &PathError{"write", f.name, errnoErr(e)}
	}
	return n, nil
}

// Read reads up to len(b) bytes; at end of input it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.h != nil {
		n, e := fileRead(f.h, b)
		if e != "" {
			return 0, &PathError{"read", f.name, errnoErr(e)}
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
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

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.h == nil {
		return 0, &PathError{"seek", f.name, errors.New("illegal seek")}
	}
	r, e := fileSeek(f.h, offset, whence)
	if e != "" {
		return 0, &PathError{"seek", f.name, errnoErr(e)}
	}
	return r, nil
}

// ReadAt reads len(b) bytes from offset off (without moving the file offset).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{"readat", f.name, errors.New("negative offset")}
	}
	cur, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	defer f.Seek(cur, io.SeekStart)
	f.Seek(off, io.SeekStart)
	for len(b) > 0 {
		m, e := f.Read(b)
		n += m
		b = b[m:]
		if e != nil {
			return n, e
		}
	}
	return n, nil
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return uintptr(f.fd) }

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{"close", f.name, ErrClosed}
	}
	f.closed = true
	if f.h != nil {
		if e := fileClose(f.h); e != "" {
			return &PathError{"close", f.name, errnoErr(e)}
		}
	}
	return nil
}

func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	if f.h == nil {
		return &fileStat{name: basename(f.name), mode: ModeDevice | ModeCharDevice | 0620}, nil
	}
	fi, err := Stat(f.name)
	if pe, ok := err.(*PathError); ok {
		pe.Op = "stat"
	}
	return fi, err
}

func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	return ReadDir(f.name)
}

func (f *File) Sync() error { return nil }

func runtimeArgs() []string
func writeFd(fd int, s string)

// readFd reads into b from fd (only 0, standard input): the count, 0 at end of input, -1 for other fds.
func readFd(fd int, b []byte) int

// Exit causes the current program to exit with the given status code, without running deferred functions.
func Exit(code int)

