package fs

import (
	"errors"
	"path"
)

// SkipDir, returned by a WalkDirFunc, skips the directory (or, for a file, the rest of its directory).
var SkipDir = errors.New("skip this directory")

// WalkDirFunc is called by WalkDir for each file or directory; err is non-nil when the root
// cannot be stat'ed (d is nil then) or a directory cannot be read (second call for it).
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir walks the tree of fsys rooted at root in lexical order, calling fn for each entry.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, &statDirEntry{info}, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	err := fn(name, d, nil)
	if err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		if err = fn(name, d, err); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(fsys, path.Join(name, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	return nil
}
