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
	if name == "." {
		return true
	}
	for rest := name; ; {
		elem := rest
		slash := -1
		for i := 0; i < len(rest); i++ {
			if rest[i] == '/' {
				elem, slash = rest[:i], i
				break
			}
		}
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if slash < 0 {
			return utf8.ValidString(name)
		}
		rest = rest[slash+1:]
	}
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
	if t, ok := e.Err.(interface{ Timeout() bool }); ok {
		return t.Timeout()
	}
	return false
}

// withOpen opens name in fsys, hands the file to use and closes it afterwards.
func withOpen(fsys FS, name string, use func(File) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return use(f)
}

// ReadFile reads the whole named file of fsys.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if rf, ok := fsys.(ReadFileFS); ok {
		return rf.ReadFile(name)
	}
	var data []byte
	err := withOpen(fsys, name, func(f File) (err error) {
		data, err = readToEnd(f)
		return err
	})
	return data, err
}

// readToEnd reads f to its end into a buffer of the size Stat reports plus one byte (so
// that a right size ends in one short read), grown when that is too small.
func readToEnd(f File) ([]byte, error) {
	hint := 0
	if fi, err := f.Stat(); err == nil && int64(int(fi.Size())) == fi.Size() {
		hint = int(fi.Size())
	}
	buf := make([]byte, 0, hint+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return buf, err
		}
	}
}

// ReadDir reads the named directory of fsys, entries sorted by name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if rd, ok := fsys.(ReadDirFS); ok {
		return rd.ReadDir(name)
	}
	var list []DirEntry
	err := withOpen(fsys, name, func(f File) (err error) {
		lister, ok := f.(ReadDirFile)
		if !ok {
			return &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
		}
		list, err = lister.ReadDir(-1)
		sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
		return err
	})
	return list, err
}

// Stat describes the named file of fsys.
func Stat(fsys FS, name string) (FileInfo, error) {
	if sf, ok := fsys.(StatFS); ok {
		return sf.Stat(name)
	}
	var info FileInfo
	err := withOpen(fsys, name, func(f File) (err error) {
		info, err = f.Stat()
		return err
	})
	return info, err
}

// FileInfoToDirEntry returns a DirEntry that answers from info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &statDirEntry{info}
}

// statDirEntry is a DirEntry made of a FileInfo (Go's name: %T shows it).
type statDirEntry struct {
	info FileInfo
}

func (e *statDirEntry) Name() string            { return e.info.Name() }
func (e *statDirEntry) IsDir() bool             { return e.info.IsDir() }
func (e *statDirEntry) Type() FileMode          { return e.info.Mode().Type() }
func (e *statDirEntry) Info() (FileInfo, error) { return e.info, nil }

// Glob returns the names of fsys matching pattern (path.Match syntax per element), sorted per
// directory; the only error is path.ErrBadPattern. Missing or unreadable directories just
// match nothing.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globDepth(fsys, pattern, 0)
}

// globDepth is Glob, its depth the number of directory levels of the pattern under way
// (a limit against huge patterns).
func globDepth(fsys FS, pattern string, depth int) ([]string, error) {
	if depth > 10000 {
		return nil, path.ErrBadPattern
	}
	if g, ok := fsys.(GlobFS); ok {
		return g.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	// the last element is matched in every directory the rest names
	dir, last := path.Split(pattern)
	dirs := []string{"."}
	if dir != "" {
		dir = dir[:len(dir)-1]
		dirs[0] = dir
	}
	if hasMeta(dir) {
		if dir == pattern {
			return nil, path.ErrBadPattern
		}
		var err error
		if dirs, err = globDepth(fsys, dir, depth+1); err != nil {
			return nil, err
		}
	}
	var matches []string
	for _, d := range dirs {
		entries, err := ReadDir(fsys, d)
		if err != nil {
			continue
		}
		for _, e := range entries {
			ok, err := path.Match(last, e.Name())
			if err != nil {
				return matches, err
			}
			if ok {
				matches = append(matches, path.Join(d, e.Name()))
			}
		}
	}
	return matches, nil
}

// hasMeta: whether p has any of path.Match's special characters.
func hasMeta(p string) bool {
	for _, c := range []byte(p) {
		if c == '*' || c == '?' || c == '[' || c == '\\' {
			return true
		}
	}
	return false
}

// Sub returns the FS of the subtree of fsys rooted at dir.
func Sub(fsys FS, dir string) (FS, error) {
	switch s, ok := fsys.(SubFS); {
	case !ValidPath(dir):
		return nil, &PathError{Op: "sub", Path: dir, Err: errors.New("invalid name")}
	case dir == ".":
		return fsys, nil
	case ok:
		return s.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

// subFS is fsys seen from its directory dir: names are taken relative to dir, and names in
// errors and Glob results are given back relative to it.
type subFS struct {
	fsys FS
	dir  string
}

// inner is the name in fsys of name (which must be valid, or the error is op's).
func (f *subFS) inner(op, name string) (string, error) {
	if ValidPath(name) {
		return path.Join(f.dir, name), nil
	}
	return "", &PathError{Op: op, Path: name, Err: errors.New("invalid name")}
}

// outer is the name under dir of an inner name; false when it is not under dir.
func (f *subFS) outer(name string) (string, bool) {
	switch n := len(f.dir); {
	case name == f.dir:
		return ".", true
	case len(name) > n+1 && name[n] == '/' && name[:n] == f.dir:
		return name[n+1:], true
	}
	return "", false
}

// relErr gives a PathError from fsys the name relative to dir.
func (f *subFS) relErr(err error) error {
	if pe, ok := err.(*PathError); ok {
		if name, ok := f.outer(pe.Path); ok {
			pe.Path = name
		}
	}
	return err
}

func (f *subFS) Open(name string) (File, error) {
	full, err := f.inner("open", name)
	if err != nil {
		return nil, err
	}
	file, err := f.fsys.Open(full)
	return file, f.relErr(err)
}

func (f *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := f.inner("read", name)
	if err != nil {
		return nil, err
	}
	list, err := ReadDir(f.fsys, full)
	return list, f.relErr(err)
}

func (f *subFS) ReadFile(name string) ([]byte, error) {
	full, err := f.inner("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(f.fsys, full)
	return data, f.relErr(err)
}

func (f *subFS) Glob(pattern string) ([]string, error) {
	switch _, err := path.Match(pattern, ""); {
	case err != nil:
		return nil, err
	case pattern == ".":
		return []string{"."}, nil
	}
	names, err := Glob(f.fsys, f.dir+"/"+pattern)
	for i := range names {
		rel, ok := f.outer(names[i])
		if !ok {
			return nil, errors.New("invalid result from inner fsys Glob: " + rel + " not in " + f.dir)
		}
		names[i] = rel
	}
	return names, f.relErr(err)
}

// Sub of a subtree is a subtree of the same fsys.
func (f *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return f, nil
	}
	full, err := f.inner("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{f.fsys, full}, nil
}
