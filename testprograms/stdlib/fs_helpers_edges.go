// io/fs's helpers over a file system that has only Open (so ReadFile, ReadDir, Stat, Glob and
// Sub take their fallback paths), and over one with the optional interfaces: ValidPath,
// unsorted and unreadable directories, WalkDir with SkipDir from directories, files and the
// second call for a read error, Sub's error paths, FileMode strings, PathError.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"
)

type info struct {
	name string
	dir  bool
	size int64
}

func (i info) Name() string { return i.name }
func (i info) Size() int64  { return i.size }
func (i info) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0755
	}
	return 0644
}
func (i info) ModTime() time.Time         { return time.Time{} }
func (i info) IsDir() bool                { return i.dir }
func (i info) Sys() any                   { return nil }
func (i info) Type() fs.FileMode          { return i.Mode().Type() }
func (i info) Info() (fs.FileInfo, error) { return i, nil }

// memFS maps names to contents; a name ending in "/" is a directory.
type memFS map[string]string

type memFile struct {
	info
	r      *strings.Reader
	fsys   memFS
	path   string
	listed bool
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Read(b []byte) (int, error) {
	if f.dir {
		return 0, &fs.PathError{Op: "read", Path: f.path, Err: errors.New("is a directory")}
	}
	return f.r.Read(b)
}
func (f *memFile) Close() error { return nil }

// dirFile adds ReadDir; entries come in reverse order, and "locked" cannot be listed.
type dirFile struct{ *memFile }

func (d dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	var out []fs.DirEntry
	prefix := d.path + "/"
	if d.path == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	for name := range d.fsys {
		if !strings.HasPrefix(name, prefix) || name == prefix {
			continue
		}
		rest := strings.TrimPrefix(name, prefix)
		elem, _, isDir := strings.Cut(rest, "/")
		if seen[elem] {
			continue
		}
		seen[elem] = true
		out = append(out, info{name: elem, dir: isDir})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() > out[j].Name() })
	if strings.HasSuffix(d.path, "locked") {
		return out[:1], &fs.PathError{Op: "readdirent", Path: d.path, Err: errors.New("permission denied")}
	}
	return out, nil
}

func (m memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if c, ok := m[name]; ok {
		// sizes are reported one too small, to exercise ReadFile's growth
		return &memFile{info: info{name: name[strings.LastIndex(name, "/")+1:], size: int64(len(c)) - 1}, r: strings.NewReader(c), path: name}, nil
	}
	for k := range m {
		if name == "." || strings.HasPrefix(k, name+"/") {
			f := &memFile{info: info{name: name[strings.LastIndex(name, "/")+1:], dir: true}, fsys: m, path: name}
			if strings.HasSuffix(name, "flat") {
				return f, nil // a directory that cannot list itself
			}
			return dirFile{f}, nil
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

func main() {
	for _, p := range []string{".", "", "a", "a/b", "/a", "a/", "a//b", "./a", "a/./b", "a/../b", "..", "...", "a\\b", "\xff", "é/ü"} {
		fmt.Printf("%q:%v ", p, fs.ValidPath(p))
	}
	fmt.Println()

	m := memFS{
		"hello.txt":          "hello, world",
		"empty.txt":          "",
		"docs/a.md":          "A",
		"docs/b.txt":         "B",
		"docs/sub/c.md":      "C",
		"docs/sub/deep/d.md": "D",
		"flat/x":             "X",
		"locked/y":           "Y",
		"locked/z":           "Z",
		"skip/s1":            "1",
		"zz/last":            "L",
	}
	for _, n := range []string{"hello.txt", "empty.txt", "docs", "missing", "../x"} {
		b, err := fs.ReadFile(m, n)
		fmt.Printf("ReadFile %s: %q %v\n", n, b, err)
	}
	for _, n := range []string{".", "docs", "flat", "locked", "hello.txt", "nope"} {
		es, err := fs.ReadDir(m, n)
		var names []string
		for _, e := range es {
			names = append(names, fmt.Sprintf("%s:%v", e.Name(), e.IsDir()))
		}
		fmt.Printf("ReadDir %s: %v %v\n", n, names, err)
	}
	for _, n := range []string{"docs/a.md", "docs", "nope"} {
		fi, err := fs.Stat(m, n)
		if err != nil {
			fmt.Println("Stat", n, err)
			continue
		}
		fmt.Println("Stat", n, fi.Name(), fi.Size(), fi.IsDir(), fi.Mode())
	}
	for _, p := range []string{"*.txt", "docs/*", "*/*.md", "docs/*/*", "d?cs/[ab].*", "nope", "docs/a.md", "[", "docs/[", "*/[", "x/*", "\\*", "*/*/*/*"} {
		ms, err := fs.Glob(m, p)
		fmt.Printf("Glob %q: %q %v\n", p, ms, err)
	}

	walk := func(root string, skip map[string]error) {
		err := fs.WalkDir(m, root, func(p string, d fs.DirEntry, err error) error {
			name := "<nil>"
			if d != nil {
				name = fmt.Sprintf("%s:%v", d.Name(), d.IsDir())
			}
			fmt.Printf("  %s %s %v\n", p, name, err)
			if e, ok := skip[p]; ok && (err != nil) == strings.HasPrefix(p, "locked") {
				return e
			}
			return nil
		})
		fmt.Println(" =>", err)
	}
	fmt.Println("walk all")
	walk(".", nil)
	fmt.Println("walk skips")
	walk(".", map[string]error{"docs/sub": fs.SkipDir, "locked": fs.SkipDir})
	fmt.Println("walk skip from a file")
	walk(".", map[string]error{"docs/a.md": fs.SkipDir, "hello.txt": fs.SkipDir})
	fmt.Println("walk stop")
	walk(".", map[string]error{"docs/b.txt": io.EOF})
	fmt.Println("walk root")
	walk("missing", map[string]error{})
	walk("docs/a.md", map[string]error{"docs/a.md": fs.SkipDir})
	walk("docs", map[string]error{"docs": fs.SkipDir})

	for _, d := range []string{".", "docs", "/docs", "docs/", "nope", "docs/sub"} {
		sub, err := fs.Sub(m, d)
		if err != nil {
			fmt.Println("Sub", d, err)
			continue
		}
		b, err := fs.ReadFile(sub, "a.md")
		fmt.Printf("Sub %s: ReadFile %q %v\n", d, b, err)
		_, err = sub.Open("missing")
		fmt.Println("  open missing:", err)
		_, err = sub.Open("../x")
		fmt.Println("  open ../x:", err)
		es, err := fs.ReadDir(sub, ".")
		fmt.Println("  readdir:", len(es), err)
		ms, err := fs.Glob(sub, "*")
		fmt.Println("  glob:", ms, err)
		if sub2, err := fs.Sub(sub, "sub"); err == nil {
			ms, err = fs.Glob(sub2, "*/*")
			fmt.Println("  sub/sub glob:", ms, err)
		}
	}

	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)
	de := fs.FileInfoToDirEntry(info{name: "f", size: 3})
	fi, err := de.Info()
	fmt.Println(de.Name(), de.IsDir(), de.Type(), fi.Size(), err)
	for _, mode := range []fs.FileMode{0, 0644, fs.ModeDir | 0755, fs.ModeSymlink | 0777, fs.ModeNamedPipe | fs.ModeSetuid | 0600,
		fs.ModeDevice | fs.ModeCharDevice, fs.ModeIrregular | fs.ModeSticky | fs.ModeSetgid, fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | fs.ModeSocket, 1 << 18, ^fs.FileMode(0)} {
		fmt.Println(mode, mode.IsDir(), mode.IsRegular(), mode.Perm(), mode.Type())
	}
	pe := &fs.PathError{Op: "op", Path: "p", Err: fs.ErrPermission}
	fmt.Println(pe, pe.Timeout(), errors.Is(pe, fs.ErrPermission), errors.Unwrap(pe) == fs.ErrPermission)
	fmt.Println(fs.ErrInvalid, fs.ErrExist, fs.ErrNotExist, fs.ErrClosed, fs.SkipDir)
}
