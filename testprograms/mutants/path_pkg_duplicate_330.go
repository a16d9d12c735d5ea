// path: Clean, Split, Join, Base, Dir, Ext, IsAbs and Match (with malformed patterns) over many inputs.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "a/../..", "../../a/b/..", "a//b/./c/", "/a/b/c/../../..", "abc/def/../../..", "x/./../y", "../..", "/..", "a/b/c/../../../..", "./a", "a/."} {
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
		d, f := path.Split(p)
		fmt.Printf("  split %q %q\n", d, f)
	}
	fmt.Printf("%q %q %q %q\n", path.Join(), path.Join("", ""), path.Join("a", "", "b"), path.Join("/", "..", "x/"))
	pats := []string{"*", "a*", "*c", "a*/b", "a[", "[a-c]", "[^a-c]", "[]a]", "[-]", "\\", "a\\*b", "a?c", "*[", "[a-", "[\\", , "ab[c", "*x*", "a*b*c", "[\xff]", "[x-]", "*/*"}
	names := []string{"", "abc", "a/c", "abxbc", "a*b", "b", "]", "axc", "a/b"}
	for _, pt := range pats {
		for _, n := range names {
			m, err := path.Match(pt, n)
			fmt.Printf("%q %q %v %v\n", pt, n, m, err)
		}
	}
}
