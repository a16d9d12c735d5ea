// Compile error: 'wrong type for M method' prints both signatures as declared, with parameter names and byte/rune
// (also through embedded interfaces, variadic parameters, and conversions).
package main

import (
	"fmt"
	"io"
	"sort"
)

type byLen []string

func (b byLen) Len() int                { return len(b) }
func (b byLen) Less(i, j int) int       { return len(b[i]) - len(b[j]) }
func (b byLen) Swap(i, j int)           {}

type rw struct{}

func (rw) Read(buf []byte) (count int) { return 0 }
func (rw) Write(p []byte) (int, error) { return 0, nil }

type myErr struct{}

func (myErr) Error(code int) string { return "" }

type Walker interface {
	Walk(path string, depth int, visit func(name string, r rune) bool) (n int, err error)
}

type w struct{}

func (w) Walk(p string, d int, f func(string, rune) bool) int { return 0 }

type Ptr struct{}

func (*Ptr) Walk(path string, depth int, visit func(name string, r rune) bool) (n int, err error) {
	return 0, nil
}

type V struct{}

func (V) Write(data ...byte) (int, error) { return 0, nil }

func main() {
	sort.Sort(byLen{"a"})
	var r io.ReadWriter = rw{}
	var e error = myErr{}
	var wk Walker = w{}
	var wk2 Walker = Ptr{}
	var wr io.Writer = V{}
	var rc io.ReadCloser = rw{}
	var s fmt.Stringer = rw{}
	fmt.Println(r, e, wk, wk2, wr, rc, s)
	_ = io.Reader(rw{})
	var any interface{} = 1
	_ = any.(io.Writer)
	_ = r.(interface{ Read(b []byte) int })
}
