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
// SkipDir from fn skips a directory's contents (returned for a file: the rest of the file's
// directory).
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	var err error
	if info, statErr := Stat(fsys, root); statErr != nil {
		err = fn(root, nil, statErr)
	} else {
		err = visit(fsys, root, &statDirEntry{info}, fn)
	}
	if err == SkipDir {
		err = nil
	}
	return err
}

// visit calls fn for name, then walks a directory's entries; SkipDir comes back (from a
// file) when the rest of the parent directory is to be skipped.
func visit(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if d.IsDir() && err == SkipDir {
			return nil // this directory's contents are skipped
		}
		return err
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		// the second call, with the error; SkipDir there skips just this directory
		if end, ret := stopsWalk(fn(name, d, err)); end {
			return ret
		}
	}
	for _, e := range entries {
		if end, ret := stopsWalk(visit(fsys, path.Join(name, e.Name()), e, fn)); end {
			return ret
		}
	}
	return nil
}

// stopsWalk says whether err ends the walk of a directory, and what visit returns then:
// nil for SkipDir, any other error as it is.
func stopsWalk(err error) (bool, error) {
	if err == SkipDir {
		return true, nil
	}
	return err != nil, err
}
