// Files and directories by name, errors, environment: on Java natives that report failures
// as errno texts.
package os

import (
	"errors"
	"internal/poll"
	"io"
	"time"
)

const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

var ErrInvalid = errors.New("invalid argument")
var ErrClosed = errors.New("file already closed")
var ErrDeadlineExceeded = poll.ErrDeadlineExceeded

// errno is a system error number, shown by its text (Go's syscall.Errno).
type errno struct{ s string }

func (e *errno) Error() string { return e.s }

func (e *errno) Is(target error) bool {
	switch target {
	case ErrNotExist:
		return e.s == "no such file or directory"
	case ErrExist:
		return e.s == "file exists" || e.s == "directory not empty"
	case ErrPermission:
		return e.s == "permission denied" || e.s == "operation not permitted"
	}
	return false
}

var errnos = map[string]*errno{}

func errnoErr(s string) error {
	e := errnos[s]
	if e == nil {
		e = &errno{s}
		errnos[s] = e
	}
	return e
}

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

func underlyingErrorIs(err, target error) bool {
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *LinkError:
		err = pe.Err
	case *SyscallError:
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(*errno)
	return ok && e.Is(target)
}

func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }
func IsTimeout(err error) bool    { return false }

// FileMode holds a file's mode and permission bits (Go's io/fs.FileMode).
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - 0)
	ModeAppend     FileMode = 1 << (32 - 1 - 1)
	ModeExclusive  FileMode = 1 << (32 - 1 - 2)
	ModeTemporary  FileMode = 1 << (32 - 1 - 3)
	ModeSymlink    FileMode = 1 << (32 - 1 - 4)
	ModeDevice     FileMode = 1 << (32 - 1 - 5)
	ModeNamedPipe  FileMode = 1 << (32 - 1 - 6)
	ModeSocket     FileMode = 1 << (32 - 1 - 7)
	ModeSetuid     FileMode = 1 << (32 - 1 - 8)
	ModeSetgid     FileMode = 1 << (32 - 1 - 9)
	ModeCharDevice FileMode = 1 << (32 - 1 - 10)
	ModeSticky     FileMode = 1 << (32 - 1 - 11)
	ModeIrregular  FileMode = 1 << (32 - 1 - 12)

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm FileMode = 0777
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

func (m FileMode) IsDir() bool       { return m&ModeDir != 0 }
func (m FileMode) IsRegular() bool   { return m&ModeType == 0 }
func (m FileMode) Perm() FileMode    { return m & ModePerm }
func (m FileMode) Type() FileMode    { return m & ModeType }

// FileInfo describes a file (Go's io/fs.FileInfo).
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// DirEntry is an entry read from a directory (Go's io/fs.DirEntry).
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type dirEntry struct {
	dir  string
	name string
	isDir bool
}

func (d *dirEntry) Name() string { return d.name }
func (d *dirEntry) IsDir() bool  { return d.isDir }
func (d *dirEntry) Type() FileMode {
	if d.isDir {
		return ModeDir
	}
	return 0
}
func (d *dirEntry) Info() (FileInfo, error) { return Lstat(d.dir + "/" + d.name) }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func Stat(name string) (FileInfo, error) {
	size, perm, isDir, mod, e := stat(name)
	if e != "" {
		return nil, &PathError{"stat", name, errnoErr(e)}
	}
	m := FileMode(perm)
	if isDir {
		m |= ModeDir
	}
	return &fileStat{basename(name), size, m, time.Unix(0, mod)}, nil
}

func Lstat(name string) (FileInfo, error) {
	fi, err := Stat(name)
	if pe, ok := err.(*PathError); ok {
		pe.Op = "lstat"
	}
	return fi, err
}

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	h, e := openFile(name, flag, uint32(perm))
	if e != "" {
		return nil, &PathError{"open", name, errnoErr(e)}
	}
	return &File{fd: 3, name: name, h: h}, nil
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

func ReadDir(name string) ([]DirEntry, error) {
	names, dirs, e := readDir(name)
	if e != "" {
		return nil, &PathError{"open", name, errnoErr(e)}
	}
	out := make([]DirEntry, len(names))
	for i := range names {
		out[i] = &dirEntry{name, names[i], dirs[i]}
	}
	return out, nil
}

func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name); e != "" {
		return &PathError{"mkdir", name, errnoErr(e)}
	}
	return nil
}

func MkdirAll(path string, perm FileMode) error {
	if fi, err := Stat(path); err == nil {
		if fi.IsDir() {
			return nil
		}
		return &PathError{"mkdir", path, errnoErr("not a directory")}
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

func Remove(name string) error {
	if e := remove(name); e != "" {
		return &PathError{"remove", name, errnoErr(e)}
	}
	return nil
}

func RemoveAll(path string) error {
	if e := removeAll(path); e != "" {
		return &PathError{"unlinkat", path, errnoErr(e)}
	}
	return nil
}

func Rename(oldpath, newpath string) error {
	if e := rename(oldpath, newpath); e != "" {
		return &LinkError{"rename", oldpath, newpath, errnoErr(e)}
	}
	return nil
}

func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", &PathError{"mkdirtemp", pattern, errors.New("pattern contains path separator")}
		}
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	name, e := mkdirTemp(dir, prefix, suffix)
	if e != "" {
		return "", &PathError{"mkdirtemp", dir + "/" + prefix + "*" + suffix, errnoErr(e)}
	}
	return name, nil
}

func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	for try := 0; ; try++ {
		name := dir + "/" + prefix + itoa(int(nextRandom())) + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

var randState uint32

func nextRandom() uint32 {
	if randState == 0 {
		randState = uint32(time.Now().UnixNano()) | 1
	}
	randState = randState*1664525 + 1013904223
	return randState
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	var b []byte
	for v > 0 {
		b = append([]byte{byte('0' + v%10)}, b...)
		v /= 10
	}
	return string(b)
}

func Getwd() (dir string, err error) { return getwd(), nil }

func Hostname() (name string, err error) { return hostname(), nil }

func Getpid() int { return 1 }

// The environment: a copy of the process's, changed by Setenv/Unsetenv.
var envMap map[string]string

func loadEnv() {
	if envMap != nil {
		return
	}
	envMap = map[string]string{}
	for _, kv := range environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				envMap[kv[:i]] = kv[i+1:]
				break
			}
		}
	}
}

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool) {
	loadEnv()
	v, ok := envMap[key]
	return v, ok
}

func Setenv(key, value string) error {
	if len(key) == 0 {
		return &SyscallError{"setenv", errnoErr("invalid argument")}
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return &SyscallError{"setenv", errnoErr("invalid argument")}
		}
	}
	loadEnv()
	envMap[key] = value
	return nil
}

func Unsetenv(key string) error {
	loadEnv()
	delete(envMap, key)
	return nil
}

func Clearenv() {
	envMap = map[string]string{}
}

func Environ() []string {
	loadEnv()
	out := make([]string, 0, len(envMap))
	for k, v := range envMap {
		out = append(out, k+"="+v)
	}
	return out
}

// ExpandEnv replaces ${var} or $var in s by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellVarName(s[j+1:])
			if name == "" && w > 0 {
				// invalid syntax: eat the characters
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func shellVarName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isShellSpecialVar(s[0]) {
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

func openFile(name string, flag int, perm uint32) (h any, e string)
func fileRead(h any, b []byte) (n int, e string)
func fileWrite(h any, s string) (n int, e string)
func fileSeek(h any, off int64, whence int) (int64, string)
func fileClose(h any) string
func stat(name string) (size int64, perm uint32, isDir bool, modNanos int64, e string)
func readDir(name string) (names []string, dirs []bool, e string)
func mkdir(name string) string
func remove(name string) string
func removeAll(name string) string
func rename(oldpath, newpath string) string
func mkdirTemp(dir, prefix, suffix string) (string, string)
func getwd() string
func hostname() string
func environ() []string
