// Package fs: the file system interfaces (FS, File, FileInfo, DirEntry), FileMode and
// PathError shared by os and path/filepath, and the helpers over any FS.
package fs

import (
	"errors"
	"internal/oserror"
	"io"
	"path"
	"sort"
	"time"
	"unicode/utf8"
)

// Generic file system errors; test them with errors.Is.
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// FS is a hierarchical file system opened by slash-separated, unrooted names.
type FS interface {
	Open(name string) (File, error)
}

// File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// ReadDirFile is a directory that lists its entries.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// ValidPath reports whether name may be passed to Open: valid UTF-8, "." or slash-separated
// elements that are neither empty, "." nor "..".
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i == len(name) || name[i] == '/' {
			elem := name[start:i]
			if elem == "" || elem == "." || elem == ".." {
				return false
			}
			start = i + 1
		}
	}
	return true
}

// DirEntry describes one name found in a directory listing.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// FileInfo describes a file.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// FileMode holds a file's type bits (the high bits) and Unix permission bits (the low 9).
type FileMode uint32

const (
	ModeDir        FileMode = 1 << 31
	ModeAppend     FileMode = 1 << 30
	ModeExclusive  FileMode = 1 << 29
	ModeTemporary  FileMode = 1 << 28
	ModeSymlink    FileMode = 1 << 27
	ModeDevice     FileMode = 1 << 26
	ModeNamedPipe  FileMode = 1 << 25
	ModeSocket     FileMode = 1 << 24
	ModeSetuid     FileMode = 1 << 23
	ModeSetgid     FileMode = 1 << 22
	ModeCharDevice FileMode = 1 << 21
	ModeSticky     FileMode = 1 << 20
	ModeIrregular  FileMode = 1 << 19

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

// String shows the set type bits as letters (from bit 31 down: dalTLDpSugct?), or "-", then rwxrwxrwx.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	n := 0
	for i := 0; i < len(letters); i++ {
		if m&(1<<(31-i)) != 0 {
			buf[n] = letters[i]
			n++
		}
	}
	if n == 0 {
		buf[n] = '-'
		n++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<(8-i)) != 0 {
			buf[n] = rwx[i]
		} else {
			buf[n] = '-'
		}
		n++
	}
	return string(buf[:n])
}

func (m FileMode) IsDir() bool     { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode  { return m & ModePerm }
func (m FileMode) Type() FileMode  { return m & ModeType }

// PathError: the operation Op on the file Path failed with Err.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// ReadFile reads the whole named file of fsys.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if rf, ok := fsys.(ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	if info, err := f.Stat(); err == nil && int64(int(info.Size())) == info.Size() {
		size = int(info.Size())
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// ReadDir reads the named directory of fsys, entries sorted by name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if rd, ok := fsys.(ReadDirFS); ok {
		return rd.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, err
}

// Stat describes the named file of fsys.
func Stat(fsys FS, name string) (FileInfo, error) {
	if sf, ok := fsys.(StatFS); ok {
		return sf.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// FileInfoToDirEntry returns a DirEntry that answers from info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &statDirEntry{info}
}

type statDirEntry struct {
	info FileInfo
}

func (d *statDirEntry) Name() string            { return d.info.Name() }
func (d *statDirEntry) IsDir() bool             { return d.info.IsDir() }
func (d *statDirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (FileInfo, error) { return d.info, nil }

// Glob returns the names of fsys matching pattern (path.Match syntax per element), sorted per
// directory; the only error is path.ErrBadPattern.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return glob(fsys, pattern, 0)
}

func glob(fsys FS, pattern string, depth int) (matches []string, err error) {
	if gfs, ok := fsys.(GlobFS); ok {
		return gfs.Glob(pattern)
	}
	if depth >= 10000 {
		return nil, path.ErrBadPattern
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(fsys, dir, file, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := glob(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(fsys, d, file, matches); err != nil {
			return
		}
	}
	return
}

func globIn(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	infos, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil // unreadable directories are skipped
	}
	for _, info := range infos {
		ok, err := path.Match(pattern, info.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, info.Name()))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// Sub returns the FS of the subtree of fsys rooted at dir.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: errors.New("invalid name")}
	}
	if dir == "." {
		return fsys, nil
	}
	if s, ok := fsys.(SubFS); ok {
		return s.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

type subFS struct {
	fsys FS
	dir  string
}

func (f *subFS) full(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: errors.New("invalid name")}
	}
	return path.Join(f.dir, name), nil
}

// fixErr rewrites a PathError's path from the parent's name space back into the subtree's.
func (f *subFS) fixErr(err error) error {
	if e, ok := err.(*PathError); ok {
		if e.Path == f.dir {
			e.Path = "."
		} else if len(e.Path) > len(f.dir) && e.Path[:len(f.dir)] == f.dir && e.Path[len(f.dir)] == '/' {
			e.Path = e.Path[len(f.dir)+1:]
		}
	}
	return err
}

func (f *subFS) Open(name string) (File, error) {
	full, err := f.full("open", name)
	if err != nil {
		return nil, err
	}
	file, err := f.fsys.Open(full)
	return file, f.fixErr(err)
}

func (f *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := f.full("read", name)
	if err != nil {
		return nil, err
	}
	dir, err := ReadDir(f.fsys, full)
	return dir, f.fixErr(err)
}

func (f *subFS) ReadFile(name string) ([]byte, error) {
	full, err := f.full("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(f.fsys, full)
	return data, f.fixErr(err)
}
