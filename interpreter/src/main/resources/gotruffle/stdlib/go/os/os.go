// Package os: files, directories, arguments, environment, signals and exit, backed by Java
// natives that report failures as Linux errno numbers (0 for success).
package os

import (
	"errors"
	"io"
	"syscall"
)

// File is an open file: fd 0, 1, 2 are the standard streams; other files keep their Java
// channel in h (nil for a directory, which keeps its listing in dir once read).
type File struct {
	fd      int
	name    string
	h       any
	closed  bool
	isDir   bool
	dir     *dirList
	dirRead bool
}

// dirList is what is left to return of a directory's entries (File.ReadDir and friends).
type dirList struct {
	names []string
	types []uint32
}

var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

var Args = runtimeArgs()

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
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
		if f.fd == 0 || f.isDir {
			return 0, pathErr("write", f.name, int(syscall.EBADF))
		}
		writeFd(f.fd, s)
		return len(s), nil
	}
	n, e := fileWrite(f.h, s)
	return n, pathErr("write", f.name, e)
}

// WriteAt writes b at offset off (without moving the file offset).
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	cur, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	defer f.Seek(cur, io.SeekStart)
	if _, err := f.Seek(off, io.SeekStart); err != nil {
		return 0, err
	}
	return f.Write(b)
}

// Read reads up to len(b) bytes; at end of input it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.isDir {
		return 0, pathErr("read", f.name, int(syscall.EISDIR))
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.h != nil {
		n, e := fileRead(f.h, b)
		if e != 0 {
			return 0, pathErr("read", f.name, e)
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
	n = readFd(f.fd, b)
	if n < 0 {
		return 0, pathErr("read", f.name, int(syscall.EBADF))
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
		if f.isDir {
			f.dir, f.dirRead = nil, false
			return 0, nil
		}
		return 0, pathErr("seek", f.name, int(syscall.ESPIPE))
	}
	r, e := fileSeek(f.h, offset, whence)
	return r, pathErr("seek", f.name, e)
}

// ReadAt reads len(b) bytes from offset off (without moving the file offset).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
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

// ReadFrom copies r into the file.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWriter{f}, r)
}

// fileWriter hides File.ReadFrom from io.Copy.
type fileWriter struct{ f *File }

func (w fileWriter) Write(b []byte) (int, error) { return w.f.Write(b) }

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if f.h != nil {
		return pathErr("close", f.name, fileClose(f.h))
	}
	return nil
}

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	if f.fd < 3 {
		return &fileStat{name: basename(f.name), mode: ModeDevice | ModeCharDevice | 0620}, nil
	}
	fi, err := Stat(f.name)
	if pe, ok := err.(*PathError); ok {
		pe.Op = "stat"
	}
	return fi, err
}

// Truncate sets the file's length to size bytes.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if f.h == nil {
		return pathErr("truncate", f.name, int(syscall.EINVAL))
	}
	return pathErr("truncate", f.name, fileTruncate(f.h, size))
}

func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	return pathErr("chmod", f.name, chmod(f.name, syscallMode(mode)))
}

func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return pathErr("chdir", f.name, chdir(f.name))
}

func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return nil
}

// readDirList fills the directory listing on first use.
func (f *File) readDirList() error {
	if f.dirRead {
		return nil
	}
	if !f.isDir {
		return pathErr("readdirent", f.name, int(syscall.ENOTDIR))
	}
	names, types, e := readDir(f.name)
	if e != 0 {
		return pathErr("readdirent", f.name, e)
	}
	f.dir = &dirList{names, types}
	f.dirRead = true
	return nil
}

// ReadDir returns the next n entries (all remaining for n <= 0) of the directory.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	if err := f.readDirList(); err != nil {
		return nil, err
	}
	k := len(f.dir.names)
	if n > 0 && n < k {
		k = n
	}
	if n > 0 && k == 0 {
		return nil, io.EOF
	}
	out := make([]DirEntry, k)
	for i := 0; i < k; i++ {
		out[i] = &dirEntry{f.name, f.dir.names[i], FileMode(f.dir.types[i])}
	}
	f.dir.names, f.dir.types = f.dir.names[k:], f.dir.types[k:]
	return out, nil
}

// Readdirnames returns the next n names (all remaining for n <= 0) of the directory.
func (f *File) Readdirnames(n int) (names []string, err error) {
	entries, err := f.ReadDir(n)
	names = make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names, err
}

// Readdir returns the FileInfo of the next n entries (all remaining for n <= 0).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	entries, err := f.ReadDir(n)
	infos := make([]FileInfo, 0, len(entries))
	for _, e := range entries {
		fi, lerr := e.Info()
		if lerr != nil {
			continue // removed meanwhile, as Go skips it
		}
		infos = append(infos, fi)
	}
	return infos, err
}

func runtimeArgs() []string
func writeFd(fd int, s string)

// readFd reads into b from fd (only 0, standard input): the count, 0 at end of input, -1 for other fds.
func readFd(fd int, b []byte) int

// Exit ends the program at once with status code; deferred calls do not run.
func Exit(code int)
