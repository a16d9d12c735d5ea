// Files and directories by name, temporary files, the working directory.
package os

import (
	"errors"
	"internal/itoa"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// syscallMode turns a FileMode into Unix permission bits (with setuid, setgid and sticky).
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 04000
	}
	if m&ModeSetgid != 0 {
		o |= 02000
	}
	if m&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

func statName(op, name string, follow bool) (FileInfo, error) {
	size, mode, mod, dev, ino, e := stat(name, follow)
	if e != 0 {
		return nil, pathErr(op, name, e)
	}
	return &fileStat{basename(name), size, FileMode(mode), time.Unix(0, mod), ino, dev}, nil
}

// Stat describes the named file, following symbolic links.
func Stat(name string) (FileInfo, error) { return statName("stat", name, true) }

// Lstat describes the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) { return statName("lstat", name, false) }

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	h, isDir, e := openFile(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	return &File{fd: 3, name: name, h: h, isDir: isDir}, nil
}

func Open(name string) (*File, error)   { return OpenFile(name, O_RDONLY, 0) }
func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if data == nil {
		data = []byte{}
	}
	return data, err
}

func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ReadDir reads the named directory, entries sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1) // the listing comes sorted
}

func Mkdir(name string, perm FileMode) error {
	return pathErr("mkdir", name, mkdir(name, syscallMode(perm)))
}

// MkdirAll creates a directory and any missing parents; nil if it already exists.
func MkdirAll(path string, perm FileMode) error {
	if fi, err := Stat(path); err == nil {
		if fi.IsDir() {
			return nil
		}
		return pathErr("mkdir", path, int(syscall.ENOTDIR))
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if fi, err1 := Lstat(path); err1 == nil && fi.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove deletes a file or an empty directory.
func Remove(name string) error {
	return pathErr("remove", name, remove(name))
}

// RemoveAll removes path and everything it contains; nil if it does not exist.
func RemoveAll(path string) error {
	if path == "" || path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	return pathErr("unlinkat", path, removeAll(path))
}

// Rename moves oldpath to newpath, replacing a file (not a directory) there.
func Rename(oldpath, newpath string) error {
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		ofi, err := Lstat(oldpath)
		if err != nil {
			return &LinkError{"rename", oldpath, newpath, underlyingError(err)}
		}
		if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

func Symlink(oldname, newname string) error {
	if e := symlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

func Link(oldname, newname string) error {
	if e := link(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

func Readlink(name string) (string, error) {
	s, e := readlink(name)
	return s, pathErr("readlink", name, e)
}

func Chmod(name string, mode FileMode) error {
	return pathErr("chmod", name, chmod(name, syscallMode(mode)))
}

func Truncate(name string, size int64) error {
	return pathErr("truncate", name, truncate(name, size))
}

func Chtimes(name string, atime time.Time, mtime time.Time) error {
	return pathErr("chtimes", name, chtimes(name, atime.UnixNano(), mtime.UnixNano()))
}

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// MkdirTemp creates a new directory named after pattern (a random number replaces the last
// "*", or is appended) in dir (TempDir() for "").
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsExist(err) {
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// CreateTemp creates and opens a new file named after pattern in dir (TempDir() for "").
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsExist(err) {
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

func nextRandom() string {
	return itoa.Uitoa(uint(randomUint32()))
}

// Getwd returns the current directory.
func Getwd() (dir string, err error) { return getwd(), nil }

// Chdir changes the current directory (of the whole program).
func Chdir(dir string) error {
	return pathErr("chdir", dir, chdir(dir))
}

// Hostname returns the kernel's host name.
func Hostname() (name string, err error) {
	if b, err := ReadFile("/proc/sys/kernel/hostname"); err == nil && len(b) > 0 {
		if b[len(b)-1] == '\n' {
			b = b[:len(b)-1]
		}
		return string(b), nil
	}
	return hostname(), nil
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	if dir := Getenv("XDG_CACHE_HOME"); dir != "" {
		return dir, nil
	}
	if dir := Getenv("HOME"); dir != "" {
		return dir + "/.cache", nil
	}
	return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
}

// UserConfigDir returns $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	if dir := Getenv("XDG_CONFIG_HOME"); dir != "" {
		return dir, nil
	}
	if dir := Getenv("HOME"); dir != "" {
		return dir + "/.config", nil
	}
	return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
}

// DirFS returns the file system of the tree rooted at dir.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	return joinPath(string(dir), name), nil
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err} // sic: Go 1.19 says stat
	}
	f, err := Open(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fi, err := Stat(full)
	if err != nil {
		return nil, err
	}
	return fi, nil
}

func Getpid() int  { return syscall.Getpid() }
func Getppid() int { return syscall.Getppid() }
func Getuid() int  { return syscall.Getuid() }
func Getgid() int  { return syscall.Getgid() }
func Geteuid() int { return syscall.Geteuid() }
func Getegid() int { return syscall.Getegid() }

// Getpagesize is the memory page size of linux/amd64.
func Getpagesize() int { return 4096 }

// Natives: errno numbers, 0 for success. Relative names resolve against the current directory.
func openFile(name string, flag int, perm uint32) (h any, isDir bool, errno int)
func fileRead(h any, b []byte) (n int, errno int)
func fileWrite(h any, s string) (n int, errno int)
func fileSeek(h any, off int64, whence int) (int64, int)
func fileClose(h any) int
func fileTruncate(h any, size int64) int
func stat(name string, follow bool) (size int64, mode uint32, modNanos int64, dev int64, ino int64, errno int)
func readDir(name string) (names []string, types []uint32, errno int)
func mkdir(name string, perm uint32) int
func remove(name string) int
func removeAll(name string) int
func rename(oldpath, newpath string) int
func symlink(oldname, newname string) int
func link(oldname, newname string) int
func readlink(name string) (string, int)
func chmod(name string, mode uint32) int
func truncate(name string, size int64) int
func chtimes(name string, atimeNanos, mtimeNanos int64) int
func chdir(name string) int
func getwd() string
func hostname() string
func randomUint32() uint32
