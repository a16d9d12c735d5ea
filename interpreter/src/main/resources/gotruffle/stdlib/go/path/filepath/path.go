// Package filepath: file name manipulation for this system (Unix: the separator is '/', so
// the lexical functions are those of package path), plus Abs, Rel, Glob and Walk on the file
// system.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

func Clean(p string) string                 { return path.Clean(p) }
func Split(p string) (dir, file string)     { return path.Split(p) }
func Join(elem ...string) string            { return path.Join(elem...) }
func Ext(p string) string                   { return path.Ext(p) }
func Base(p string) string                  { return path.Base(p) }
func Dir(p string) string                   { return path.Dir(p) }
func IsAbs(p string) bool                   { return path.IsAbs(p) }
func ToSlash(p string) string               { return p }
func FromSlash(p string) string             { return p }
func VolumeName(p string) string            { return "" }
func HasPrefix(p, prefix string) bool       { return strings.HasPrefix(p, prefix) }
func EvalSymlinks(p string) (string, error) { return evalSymlinks(p) }

// SplitList splits a PATH-like list at ':' ([] for "").
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Match tests name against a shell pattern (as path.Match).
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return
}

// Abs returns an absolute, cleaned form of p, relative to the current directory.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that joined to basepath is lexically targpath.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if (len(base) > 0 && base[0] == '/') != (len(targ) > 0 && targ[0] == '/') {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// skip the common leading elements
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != '/' {
			bi++
		}
		for ti < tl && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 == bl {
		return targ[t0:], nil
	}
	// go up once per remaining base element, then down into the rest of targ
	ups := strings.Count(base[b0:bl], "/") + 1
	rel := strings.Repeat("../", ups)
	rel = rel[:len(rel)-1]
	if t0 != tl {
		rel += "/" + targ[t0:]
	}
	return rel, nil
}

// Glob lists the files whose names match pattern (nil when none); only ErrBadPattern is an error.
func Glob(pattern string) (matches []string, err error) {
	return glob(pattern, 0)
}

func glob(pattern string, depth int) (matches []string, err error) {
	if depth >= 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := glob(dir, depth+1)
	if err != nil {
		return
	}
	for _, d := range dirs {
		if matches, err = globIn(d, file, matches); err != nil {
			return
		}
	}
	return
}

// globIn appends the names in dir matching pattern, in lexical order; unreadable dirs add nothing.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// evalSymlinks resolves every symbolic link of p, lexically, as Go does on Unix.
func evalSymlinks(p string) (string, error) {
	volLen := 0
	pathSeparator := "/"
	if len(p) > 0 && p[0] == '/' {
		volLen = 1
	}
	vol := p[:volLen]
	dest := vol
	linksWalked := 0
	for start, end := volLen, volLen; start < len(p); start = end {
		for start < len(p) && p[start] == '/' {
			start++
		}
		end = start
		for end < len(p) && p[end] != '/' {
			end++
		}
		elem := p[start:end]
		if elem == "" {
			break
		}
		if elem == "." {
			continue
		}
		if elem == ".." {
			// back up one element of dest
			r := len(dest) - 1
			for r >= volLen && dest[r] != '/' {
				r--
			}
			if r < volLen || dest[r+1:] == ".." {
				if len(dest) > volLen {
					dest += pathSeparator
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > volLen && dest[len(dest)-1] != '/' {
			dest += pathSeparator
		}
		dest += elem
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.Mode().IsDir() && end < len(p) {
				return "", errNotDir
			}
			continue
		}
		linksWalked++
		if linksWalked > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		p = link + p[end:]
		if len(link) > 0 && link[0] == '/' {
			dest = link[:1]
			end = 1
		} else {
			// a relative link replaces the last element of dest
			r := len(dest) - 1
			for r >= volLen && dest[r] != '/' {
				r--
			}
			if r < volLen {
				dest = vol
			} else {
				dest = dest[:r]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}
