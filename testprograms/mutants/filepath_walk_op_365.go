// path/filepath (Walk, WalkDir, SkipDir, Glob, Rel, Abs, EvalSymlinks...), io/fs over os.DirFS
// (WalkDir, ReadFile, ReadDir, Glob, Sub, ValidPath) and io/ioutil.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

var root string

func rel(p string) string { return strings.Replace(p, root, "ROOT", 1) }

func main() {
	var err error
	root, err = os.MkdirTemp("", "walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"a/b/c", "a/skip/deep", "x", "z/y"} {
		os.MkdirAll(filepath.Join(root, d), 0755)
	}
	for i, f := range []string{"a/1.txt", "a/b/2.go", "a/b/c/3.txt", "a/skip/deep/4.txt", "x/5.go", "top.md", "z/y/6.txt", "a/b/7.txt"} {
		os.WriteFile(filepath.Join(root, f), []byte(strings.Repeat("x", i+1)), 0644)
	}
	os.Symlink("a/b", filepath.Join(root, "lnk"))

	fmt.Println("-- Walk")
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() && info.Name() == "skip" {
			fmt.Println("skipping", rel(p))
			return filepath.SkipDir
		}
		fmt.Println(rel(p), info.IsDir(), info.Size() > 0 || info.IsDir(), info.Mode().Type())
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("-- WalkDir")
	n := 0
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		n++
		if !d.IsDir() && filepath.Ext(p) == ".go" {
			fmt.Println("go file", rel(p), d.Type())
			return filepath.SkipDir // skips the rest of the directory
		}
		if p != root {
			fmt.Println(rel(p), d.Name(), d.IsDir())
		}
		return nil
	})
	fmt.Println("visited", n, "err:", err)

	fmt.Println("-- errors")
	stop := errors.New("stop here")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.Name() == "c" {
			return stop
		}
		return nil
	})
	fmt.Println(err, err == stop)
	err = filepath.Walk(filepath.Join(root, "missing"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("callback:", rel(p), info == nil, rel(err.Error()))
		return err
	})
	fmt.Println(rel(err.Error()), os.IsNotExist(err))
	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("callback:", rel(p), d == nil, rel(err.Error()))
		return nil
	})
	fmt.Println(err)

	fmt.Println("-- Glob")
	for _, pat := range []string{"*", "a/*", "*/*.go", "a/*/*.txt", "[a-x]", "a/[", "nothing*", "top.md", "a/b/?.go", "*/b"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		for i := range m {
			m[i] = rel(m[i])
		}
		fmt.Println(pat, m, err, m == nil)
	}
	fmt.Println(filepath.ErrBadPattern)

	fmt.Println("-- Rel/Abs/misc")
	for _, pr := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a/b", "a/b"}, {"a", "b"}, {"/a", "b"}, {"../a", "b"}, {".", "x/y"}, {"a/b/../c", "a/c/d"}, {"/", "/usr"}, {"x/y", "."}, {"..", "../x"}} {
		r, err := filepath.Rel(pr[0], pr[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pr[0], pr[1], r, err)
	}
	wd, _ := os.Getwd()
	a, err := filepath.Abs("x/../y")
	fmt.Println(a == filepath.Join(wd, "y"), err)
	a, _ = filepath.Abs("/p/./q/")
	fmt.Println(a)
	fmt.Println(filepath.SplitList("/bin:/usr/bin::x"), len(filepath.SplitList("")))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x"), filepath.IsAbs("/x"), filepath.IsAbs("x"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Println(filepath.Join("a", "b/", "../c"), filepath.Base("/a/b.tar.gz"), filepath.Ext("b.tar.gz"), filepath.Dir("/a/b/"))
	m, err := filepath.Match("*.go", "main.go")
	fmt.Println(m, err)
	_, err = filepath.Match("[", "x")
	fmt.Println(err, err == filepath.ErrBadPattern)
	ev, err := filepath.EvalSymlinks(filepath.Join(root, "lnk/2.go"))
	fmt.Println(rel(ev), err)
	os.Chdir(root)
	ev, err = filepath.EvalSymlinks("lnk/../x")
	fmt.Println(ev, err)
	_, err = filepath.EvalSymlinks("top.md/x")
	fmt.Println(err)
	_, err = filepath.EvalSymlinks("nope/x")
	fmt.Println(err)

	fmt.Println("-- io/fs over os.DirFS")
	fsys := os.DirFS(root)
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "skip" {
			return fs.SkipDir
		}
		fmt.Println(p, d.IsDir())
		return nil
	})
	fmt.Println(err)
	data, err := fs.ReadFile(fsys, "a/b/2.go")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(rel(err.Error()))
	_, err = fsys.Open("../etc")
	fmt.Println(err)
	ents, err := fs.ReadDir(fsys, "a")
	for _, e := range ents {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println(err)
	gm, err := fs.Glob(fsys, "*/*.go")
	fmt.Println(gm, err)
	_, err = fs.Glob(fsys, "[")
	fmt.Println(err)
	sub, err := fs.Sub(fsys, "a/b")
	fmt.Println(err)
	data, err = fs.ReadFile(sub, "c/3.txt"*
	fmt.Printf("%q %v\n", data, err)
	fi, err := fs.Stat(sub, "7.txt")
	fmt.Println(fi.Name(), fi.Size(), err)
	_, err = fs.Sub(fsys, "/abs")
	fmt.Println(err)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."), fs.ValidPath(""), fs.ValidPath("a/"))

	fmt.Println("-- ioutil")
	ioutil.WriteFile("io.txt", []byte("io data"), 0600)
	b, err := ioutil.ReadFile("io.txt")
	fmt.Println(string(b), err)
	infos, err := ioutil.ReadDir(".")
	for _, fi := range infos {
		fmt.Print(fi.Name(), ":", fi.IsDir(), " ")
	}
	fmt.Println(err)
	td, err := ioutil.TempDir("", "iou")
	fmt.Println(strings.HasPrefix(filepath.Base(td), "iou"), err)
	tf, err := ioutil.TempFile(td, "f*.dat")
	fmt.Println(strings.HasSuffix(tf.Name(), ".dat"), err)
	tf.Close()
	os.RemoveAll(td)
	rc := ioutil.NopCloser(strings.NewReader("nop"))
	all, _ := ioutil.ReadAll(rc)
	fmt.Println(string(all), rc.Close())
	k, err := fmt.Fprintf(ioutil.Discard, "%d", 12345)
	fmt.Println(k, err)
	_, err = ioutil.ReadDir("missing")
	fmt.Println(err)
}
