package filepath

import (
	"io/fs"
	"os"
	"sort"
	"syscall"
)

var errNotDir error = syscall.ENOTDIR

// SkipDir, returned by a WalkFunc or WalkDirFunc, skips the directory (for a file: the rest of its directory).
var SkipDir error = fs.SkipDir

// WalkFunc is called by Walk for each file or directory; err is non-nil when its Lstat (info
// is nil then) or, for a directory, its listing failed.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the tree rooted at root in lexical order, calling fn for each file or
// directory, root included; symbolic links are not followed.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	err := fn(path, d, nil)
	if err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	entries, err := readDir(path)
	if err != nil {
		if err = fn(path, d, err); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(path, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	return nil
}

// Walk walks the tree rooted at root in lexical order, calling fn with each entry's Lstat.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walk(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, err := readDirNames(path)
	if err1 := fn(path, info, err); err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		file := Join(path, name)
		fi, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fi, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(file, fi, fn); err != nil && (!fi.IsDir() || err != SkipDir) {
			return err
		}
	}
	return nil
}

func readDir(dir string) ([]fs.DirEntry, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	entries, err := f.ReadDir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	return entries, nil
}

func readDirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}
