// os directory and file functions with their *fs.PathError / *os.LinkError texts, syscall.Errno
// values, errors.Is with fs errors, FileMode strings, Chdir, temp files, symlinks.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

var tmp string

func check(what string, err error) {
	if err == nil {
		fmt.Printf("%s: ok\n", what)
		return
	}
	fmt.Printf("%s: %v (%T) notexist=%v exist=%v perm=%v\n", what, strings.ReplaceAll(err.Error(), tmp, "TMP"), err, os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("  op=%s path=%s err=%v %T errno=%d\n", pe.Op, filepath.Base(pe.Path), pe.Err, pe.Err, pe.Err)
	}
	fmt.Println("  is notexist:", errors.Is(err, fs.ErrNotExist), "is exist:", errors.Is(err, os.ErrExist))
}

func main() {
	dir, err := os.MkdirTemp("", "osfs-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	tmp = dir
	p := func(s string) string { return filepath.Join(dir, s) }

	_, err = os.Open(p("missing"))
	check("open missing", err)
	_, err = os.ReadFile(p("missing"))
	check("readfile missing", err)
	_, err = os.Stat(p("missing"))
	check("stat missing", err)
	_, err = os.Lstat(p("missing"))
	check("lstat missing", err)
	check("mkdir a", os.Mkdir(p("a"), 0755))
	check("mkdir a again", os.Mkdir(p("a"), 0755))
	check("mkdirall a/b/c", os.MkdirAll(p("a/b/c"), 0750))
	check("writefile a/f.txt", os.WriteFile(p("a/f.txt"), []byte("hello\n"), 0640))
	check("mkdirall through file", os.MkdirAll(p("a/f.txt/x"), 0755))
	check("mkdir in missing", os.Mkdir(p("nope/x"), 0755))
	check("remove nonempty", os.Remove(p("a")))
	check("remove missing", os.Remove(p("missing")))
	check("rename missing", os.Rename(p("missing"), p("other")))
	_, err = os.ReadDir(p("missing"))
	check("readdir missing", err)
	_, err = os.ReadDir(p("a/f.txt"))
	check("readdir file", err)
	_, err = os.ReadFile(p("a")
	check("readfile dir", err)
	_, err = os.Create(p("a"))
	check("create dir", err)
	_, err = os.OpenFile(p("a/f.txt"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	check("create excl existing", err)
	check("chdir missing", os.Chdir(p("missing")))
	check("removeall missing", os.RemoveAll(p("missing")))

	fi, err := os.Stat(p("a/f.txt"))
	check("stat f", err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm())
	fi, _ = os.Stat(p("a/b"))
	fmt.Println(fi.Name(), fi.Mode(), fi.IsDir(), fi.Mode().Type() == fs.ModeDir)
	check("symlink", os.Symlink("f.txt", p("a/link")))
	fi, _ = os.Lstat(p("a/link"))
	fmt.Println(fi.Name(), fi.Mode()&fs.ModeType == fs.ModeSymlink, fi.Mode().Type())
	fi, _ = os.Stat(p("a/link"))
	fmt.Println(fi.Name(), fi.Size(), fi.Mode())
	target, err := os.Readlink(p("a/link"))
	fmt.Println(target, err)

	entries, _ := os.ReadDir(p("a"))
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode())
	}
	f, _ := os.Open(p("a"))
	names, err := f.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	f.Close()
	f, _ = os.Open(p("a"))
	var all []string
	for {
		es, err := f.ReadDir(1)
		if err == io.EOF {
			fmt.Println("eof", len(es))
			break
		}
		for _, e := range es {
			all = append(all, e.Name())
		}
	}
	sort.Strings(all)
	fmt.Println(all)
	f.Close()

	check("rename", os.Rename(p("a/f.txt"), p("a/g.txt")))
	data, err := os.ReadFile(p("a/g.txt"))
	fmt.Printf("%q %v\n", data, err)
	wd, _ := os.Getwd()
	check("chdir", os.Chdir(p("a")))
	wd2, _ := os.Getwd()
	fmt.Println(filepath.Base(wd2), wd != wd2)
	data, err = os.ReadFile("g.txt")
	fmt.Printf("relative %q %v\n", data, err)
	os.Chdir(wd)
	tf, err := os.CreateTemp(p("a"), "tmp*.txt")
	check("createtemp", err)
	fmt.Println(filepath.Ext(tf.Name()), filepath.Dir(tf.Name()) == p("a"))
	tf.WriteString("x")
	tf.Close()
	_, err = os.CreateTemp(p("a"), "bad/*")
	check("createtemp bad", err)
	_, err = os.MkdirTemp(p("a"), "bad/*")
	check("mkdirtemp bad", err)
	check("chmod", os.Chmod(p("a/g.txt"), 0600))
	fi, _ = os.Stat(p("a/g.txt"))
	fmt.Println(fi.Mode())
	check("truncate", os.Truncate(p("a/g.txt"), 3))
	fi, _ = os.Stat(p("a/g.txt"))
	fmt.Println(fi.Size())
	check("removeall", os.RemoveAll(p("a")))
	_, err = os.Stat(p("a"))
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.TempDir() != "", os.PathSeparator == '/', string(os.PathListSeparator), os.DevNull)
	h, err := os.UserHomeDir()
	fmt.Println(h != "", err)
	hn, err := os.Hostname()
	fmt.Println(hn != "", err)
	fmt.Println(fs.ModeDir|0755, fs.ModeSymlink|fs.ModeSetuid|0644, fs.FileMode(0), fs.ModeNamedPipe|fs.ModeSocket|fs.ModeDevice|fs.ModeCharDevice|fs.ModeSticky|fs.ModeIrregular|fs.ModeSetgid|fs.ModeAppend|fs.ModeExclusive|fs.ModeTemporary|0777)
	fmt.Printf("%T %T %v\n", fs.ModeDir, os.ModePerm, os.ModePerm)
	var e error = syscall.ENOTDIR
	fmt.Println(e, errors.Is(syscall.EEXIST, os.ErrExist), errors.Is(syscall.EACCES, fs.ErrPermission), syscall.Errno(0), syscall.Errno(200))
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid, os.ErrNotExist == fs.ErrNotExist)
	var nf *os.File
	_, err = nf.Write([]byte("x"))
	fmt.Println(err)
	f, _ = os.Create(p("c.txt"))
	f.Close()
	_, err = f.Write([]byte("x"))
	check("write closed", err)
	err = f.Close()
	check("close closed", err)
	le := &os.LinkError{Op: "link", Old: "a", New: "b", Err: syscall.EXDEV}
	fmt.Println(le, errors.Is(le, syscall.EXDEV))
	fmt.Println(os.NewSyscallError("open", syscall.EINVAL), os.NewSyscallError("x", nil))
}
