// Package embed gives a program the files its //go:embed directives name. The loader reads the
// files when the program is loaded; an embed.FS variable is filled by the compiler through
// build, with every file's path (relative to the package folder, slash-separated) and contents.
package embed

import (
	"errors"
	"io"
	"io/fs"
	"time"
)

// FS is a read-only tree of embedded files. Its zero value holds an empty root folder.
type FS struct {
	root *file // nil in the zero value
}

// file is one embedded file or folder. Folders list their entries sorted by name, as
// ReadDir returns them. ident is the name Go's embed keeps for it, which appears in the
// errors of its open handles: a folder's has a trailing slash, the root's is "./".
type file struct {
	ident string
	base  string
	body  string
	isDir bool
	kids  []*file
}

var emptyRoot = &file{ident: "./", base: ".", isDir: true}

// build makes the tree from (path, contents) pairs, paths sorted; the folders on each path
// are implied.
func build(pairs ...string) FS {
	root := &file{ident: "./", base: ".", isDir: true}
	folders := map[string]*file{".": root}
	for i := 0; i+1 < len(pairs); i += 2 {
		name := pairs[i]
		parent := folderFor(folders, dirOf(name))
		parent.kids = append(parent.kids, &file{ident: name, base: baseOf(name), body: pairs[i+1]})
	}
	sortTree(root)
	return FS{root: root}
}

// folderFor finds or adds the folder at path dir (and its parents).
func folderFor(folders map[string]*file, dir string) *file {
	if f := folders[dir]; f != nil {
		return f
	}
	parent := folderFor(folders, dirOf(dir))
	f := &file{ident: dir + "/", base: baseOf(dir), isDir: true}
	parent.kids = append(parent.kids, f)
	folders[dir] = f
	return f
}

func dirOf(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			return name[:i]
		}
	}
	return "."
}

func baseOf(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			return name[i+1:]
		}
	}
	return name
}

// sortTree orders every folder's entries by name (insertion sort: folders are small, and
// the paths arrive nearly sorted already).
func sortTree(f *file) {
	k := f.kids
	for i := 1; i < len(k); i++ {
		for j := i; j > 0 && k[j].base < k[j-1].base; j-- {
			k[j], k[j-1] = k[j-1], k[j]
		}
	}
	for _, c := range k {
		if c.isDir {
			sortTree(c)
		}
	}
}

// lookup walks a valid path from the root; nil when nothing is there.
func (f FS) lookup(name string) *file {
	cur := f.root
	if cur == nil {
		cur = emptyRoot
	}
	if !fs.ValidPath(name) {
		return nil
	}
	if name == "." {
		return cur
	}
	for name != "" {
		elem := name
		rest := ""
		for i := 0; i < len(name); i++ {
			if name[i] == '/' {
				elem, rest = name[:i], name[i+1:]
				break
			}
		}
		next := (*file)(nil)
		for _, k := range cur.kids {
			if k.base == elem {
				next = k
				break
			}
		}
		if next == nil {
			return nil
		}
		cur, name = next, rest
	}
	return cur
}

func notFound(name string) error {
	return &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// wrongKind is the error of reading a folder as a file or the other way round.
func wrongKind(name, what string) error {
	return &fs.PathError{Op: "read", Path: name, Err: errors.New(what)}
}

// Open opens the named file or folder; a folder's handle implements fs.ReadDirFile.
func (f FS) Open(name string) (fs.File, error) {
	e := f.lookup(name)
	if e == nil {
		return nil, notFound(name)
	}
	if e.isDir {
		return &openDir{f: e}, nil
	}
	return &openFile{f: e}, nil
}

// ReadDir lists the named folder, sorted by name.
func (f FS) ReadDir(name string) ([]fs.DirEntry, error) {
	e := f.lookup(name)
	if e == nil {
		return nil, notFound(name)
	}
	if !e.isDir {
		return nil, wrongKind(name, "not a directory")
	}
	list := make([]fs.DirEntry, len(e.kids))
	for i, k := range e.kids {
		list[i] = k
	}
	return list, nil
}

// ReadFile returns a fresh copy of the named file's contents.
func (f FS) ReadFile(name string) ([]byte, error) {
	e := f.lookup(name)
	if e == nil {
		return nil, notFound(name)
	}
	if e.isDir {
		return nil, wrongKind(name, "is a directory")
	}
	return []byte(e.body), nil
}

// file is both the fs.FileInfo of an entry and its fs.DirEntry.

func (e *file) Name() string               { return e.base }
func (e *file) Size() int64                { return int64(len(e.body)) }
func (e *file) ModTime() (zero time.Time)  { return }
func (e *file) IsDir() bool                { return e.isDir }
func (e *file) Sys() any                   { return nil }
func (e *file) Type() fs.FileMode          { return e.Mode() & fs.ModeType }
func (e *file) Info() (fs.FileInfo, error) { return e, nil }

// Mode: embedded files are read-only, folders also searchable.
func (e *file) Mode() fs.FileMode {
	if e.isDir {
		return fs.ModeDir | 0555
	}
	return 0444
}

// openFile is an open regular file: a reader with a position.
type openFile struct {
	f   *file
	pos int64
}

func (o *openFile) Close() error               { return nil }
func (o *openFile) Stat() (fs.FileInfo, error) { return o.f, nil }

func (o *openFile) Read(b []byte) (int, error) {
	if o.pos >= int64(len(o.f.body)) {
		return 0, io.EOF
	}
	if o.pos < 0 {
		return 0, &fs.PathError{Op: "read", Path: o.f.ident, Err: fs.ErrInvalid}
	}
	n := copy(b, o.f.body[o.pos:])
	o.pos += int64(n)
	return n, nil
}

// Seek moves the position; an unknown whence counts from the start, as in Go.
func (o *openFile) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		offset += o.pos
	case io.SeekEnd:
		offset += int64(len(o.f.body))
	}
	if offset < 0 || offset > int64(len(o.f.body)) {
		return 0, &fs.PathError{Op: "seek", Path: o.f.ident, Err: fs.ErrInvalid}
	}
	o.pos = offset
	return offset, nil
}

// openDir is an open folder: its entries are read in order, in batches.
type openDir struct {
	f    *file
	next int
}

func (d *openDir) Close() error               { return nil }
func (d *openDir) Stat() (fs.FileInfo, error) { return d.f, nil }

func (d *openDir) Read(_ []byte) (int, error) {
	return 0, wrongKind(d.f.ident, "is a directory")
}

// ReadDir returns up to n further entries (all the rest when n <= 0); io.EOF only when
// n > 0 and nothing is left.
func (d *openDir) ReadDir(n int) ([]fs.DirEntry, error) {
	left := len(d.f.kids) - d.next
	if left == 0 && n > 0 {
		return nil, io.EOF
	}
	if n > 0 && left > n {
		left = n
	}
	list := make([]fs.DirEntry, left)
	for i := range list {
		list[i] = d.f.kids[d.next+i]
	}
	d.next += left
	return list, nil
}
