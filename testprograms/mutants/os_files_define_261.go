// The os package on files in a fresh temporary directory: WriteFile, ReadFile, Create,
// Open, append mode, Stat sizes, ReadDir sorted by name, Rename, Remove, error values for
// missing files, environment variables that are set by the program itself, and os.Stdout.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gotruffle-os-")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)

	p := dir + "/notes.txt"
	if err := os.WriteFile(p, []byte("line 1\nline 2\n"), 0644); err != nil {
		fmt.Println(err)
	}
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)

	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintf(f, "line %d\n", 3)
	f.WriteString("line 4\n")
	f.Close()

	rf, _ := os.Open(p)
	sc := bufio.NewScanner(rf)
	for sc.Scan() {
		fmt.Println("read:", sc.Text())
	}
	rf.Close()
	info, _ = os.Stat(p)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())

	c, _ := os.Create(dir + "/b.txt")
	n, _ := io.Copy(c, strings.NewReader(strings.Repeat("xy", 50)))
	c.Close()
	fmt.Println("copied", n)
	os.Mkdir(dir+"/sub", 0755)
	os.WriteFile(dir+"/a.txt", nil, 0600)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println("entry:", e.Name(), e.IsDir())
	}
	if err := os.Rename(dir+"/a.txt", dir+"/sub/moved.txt"); err != nil {
		fmt.Println(err)
	}
	_, err = os.Stat(dir + "/a.txt")
	fmt.Println("old name exists:", !errors.Is(err, os.ErrNotExist))
	fmt.Println(os.Remove(dir + "/b.txt"))

	_, err = os.ReadFile("/nonexistent-dir/missing.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	_, err = os.Open("")
	fmt.Println(err)
	err = os.Remove("/nonexistent-dir/missing.txt")
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)

	os.Setenv("GOTRUFFLE_TEST_VAR", "value 42")
	fmt.Printf("%q\n", os.Getenv("GOTRUFFLE_TEST_VAR"))
	v, ok := os.LookupEnv("GOTRUFFLE_SURELY_UNSET_VAR")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GOTRUFFLE_SURELY_UNSET_VAR"))
	os.Unsetenv("GOTRUFFLE_TEST_VAR")
	_, ok = os.LookupEnv("GOTRUFFLE_TEST_VAR")
	fmt.Println(ok, os.ExpandEnv("x=${GOTRUFFLE_SURELY_UNSET_VAR}."))

	fmt.Fprintln(os.Stdout, "to os.Stdout")
	os.Stdout.WriteString("WriteString on os.Stdout\n")
	fmt.Fprintln(os.Stderr, "to os.Stderr")
	fmt.Println(len(os.Args) >= 1)
}
