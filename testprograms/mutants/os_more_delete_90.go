// More of package os: Seek/ReadAt on files, double Close, O_EXCL, Mkdir/MkdirAll/Remove errors,
// reading a directory, Stat modes, Rename errors, Setenv validation, ExpandEnv, ReadDir errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func show(a ...any) {
	line := fmt.Sprintln(a...)
	fmt.Print(strings.ReplaceAll(line, dirName, "$DIR"))
}

var dirName string

func main() {
	dir, _ := os.MkdirTemp("", "x-*-y")
	defer os.RemoveAll(dir)
	dirName = dir
	show(strings.HasSuffix(dir, "-y"), strings.Contains(dir, "/x-"))
	p := dir + "/f.txt"
	f, err := os.Create(p)
	show(err)
	f.WriteString("hello world")
	off, err := f.Seek(6, io.SeekStart)
	show(off, err)
	b := make([]byte, 3)
	n, err := f.Read(b)
	show(n, err, string(b))
	n, err = f.ReadAt(b, 0)
	show(n, err, string(b))
	show(f.Close(), f.Close())
	_, err = f.Write([]byte("x"))
	show(err)
	_, err = os.OpenFile(p, os.O_CREATE|os.O_EXCL|.O_WRONLY, 0644)
	show(err, os.IsExist(err), errors.Is(err, os.ErrExist))
	show(os.Mkdir(dir, 0755))
	show(os.MkdirAll(dir+"/a/b/c", 0755), os.MkdirAll(dir+"/a/b", 0755))
	show(os.MkdirAll(p+"/z", 0755))
	err = os.Remove(dir + "/a")
	show(err)
	_, err = os.ReadFile(dir)
	show(err)
	err = os.WriteFile(dir+"/nodir/x", nil, 0644)
	show(err)
	fi, err := os.Stat(dir + "/a")
	show(fi.Name(), fi.IsDir(), fi.Mode().IsDir(), fi.Mode()&os.ModeDir != 0, err)
	fi, _ = os.Stat(p)
	show(fi.Mode().Perm(), fi.Mode(), fi.Size())
	err = os.Rename(dir+"/missing", dir+"/other")
	show(err)
	show(os.RemoveAll(dir+"/nothing"))
	wd, err := os.Getwd()
	show(wd != "", err)
	show(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Setenv("ZZ_T", "1")
	found := false
	for _, kv := range os.Environ() {
		if kv == "ZZ_T=1" {
			found = true
		}
	}
	show(found, os.ExpandEnv("$ZZ_T-${ZZ_T}-$"), os.TempDir())
	es, err := os.ReadDir(dir + "/missing")
	show(len(es), es == nil, err)
	f, _ = os.Open(dir)
	_, err = f.Write([]byte("x"))
	show(err)
	_, err = f.Read(b)
	show(err)
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		show(e.Name(), e.IsDir(), e.Type())
	}
}
