// Edge cases of regexp's Find/Replace/Expand/Split families: empty matches next to other
// matches, limits, unmatched and duplicate named groups, $ templates, nil versus empty results.
package main

import (
	"fmt"
	"regexp"
)

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	pats := []string{"", "a*", "x*", "b", "a|b", "^", "$", "(a)(x)?", "\\b", "é*", "(?P<w>\\w+)"}
	inputs := []string{"", "abc", "aab", "bab", "xaxbx", "héé", "a b  c"}
	for _, p := range pats {
		re := regexp.MustCompile(p)
		for _, s := range inputs {
			fmt.Printf("%q %q: all=%q idx=%v sub=%q\n", p, s, re.FindAllString(s, -1),
				re.FindAllStringIndex(s, -1), re.FindAllStringSubmatch(s, 2))
			for _, n := range []int{-1, 0, 1, 2, 3} {
				fmt.Printf("  split %d %q\n", n, re.Split(s, n))
			}
			fmt.Printf("  rep=%q lit=%q fn=%q\n", re.ReplaceAllString(s, "<$0>"),
				re.ReplaceAllLiteralString(s, "-"), re.ReplaceAllStringFunc(s, func(m string) string { return "[" + m + "]" }))
			fmt.Printf("  first=%q loc=%v subm=%q subi=%v\n", re.FindString(s), re.FindStringIndex(s),
				re.FindStringSubmatch(s), re.FindStringSubmatchIndex(s))
		}
	}

	// Byte forms: nil versus empty, capacity of returned slices.
	re := regexp.MustCompile("a(b)?")
	b := []byte("xabxa")
	f := re.Find(b)
	fmt.Println(string(f), len(f), cap(f), re.Find([]byte("zzz")) == nil)
	fmt.Printf("%q %v\n", re.FindSubmatch(b), re.FindSubmatchIndex(b))
	fmt.Printf("%q %v %q %v\n", re.FindAll(b, -1), re.FindAllIndex(b, 1), re.FindAllSubmatch(b, -1), re.FindAllSubmatchIndex(b, -1))
	fmt.Println(re.FindAll([]byte("zz"), -1) == nil, re.FindAllString("zz", -1) == nil, re.FindAllString("aa", 0) == nil)
	for _, src := range [][]byte{nil, {}, []byte("zz"), []byte("ab")} {
		r1 := re.ReplaceAll(src, []byte("$1"))
		r2 := re.ReplaceAllLiteral(src, []byte("L"))
		r3 := re.ReplaceAllFunc(src, func(m []byte) []byte { return nil })
		fmt.Printf("%q %v %q %v %q %v\n", r1, r1 == nil, r2, r2 == nil, r3, r3 == nil)
	}
	sub := re.FindSubmatch([]byte("a"))
	fmt.Println(len(sub), sub[1] == nil)
	fmt.Println(regexp.MustCompile("x").Split("", -1) == nil, len(regexp.MustCompile("").Split("", -1)), regexp.MustCompile("").Split("", -1) == nil)

	// Expand templates.
	named := regexp.MustCompile(`(?P<first>\w+) (?P<second>\w+)(?P<x>!)?`)
	src := "hello world"
	m := named.FindStringSubmatchIndex(src)
	for _, t := range []string{"$first-$second", "${first}x", "$firstx", "$1$2", "$1x", "${1}x", "$$", "$", "a$", "${", "${first", "${}", "$-", "$01", "$0", "$9", "$100000000", "${second}${x}.", "$x", "$é", "$_", "${1 }", "$ $", "$$$1", "$first$"} {
		fmt.Printf("%q -> %q %q\n", t, named.ExpandString([]byte("<"), t, src, m), named.Expand(nil, []byte(t), []byte(src), m))
	}
	alt := regexp.MustCompile(`(?P<d>a)|(?P<e>b)`)
	fmt.Printf("%q %q\n", alt.ReplaceAllString("ab", "[$d$e]"), alt.ReplaceAllString("ab", "[${e}]"))
	fmt.Println(alt.SubexpIndex("e"), alt.SubexpIndex(""), alt.SubexpIndex("z"), named.SubexpIndex("second"), named.SubexpNames(), named.NumSubexp())
	fmt.Printf("%q\n", named.ExpandString(nil, "$1", src, nil))

	// Compile errors and panics.
	for _, p := range []string{"a(", "[z-a]", "a**", "\\8", "x{1001}"} {
		_, err := regexp.Compile(p)
		ok, err2 := regexp.MatchString(p, "a")
		ok3, err3 := regexp.Match(p, []byte("a"))
		fmt.Println(p, err, ok, err2, ok3, err3)
		try(func() { regexp.MustCompile(p) })
	}
	try(func() { regexp.MustCompilePOSIX("a(") })
	try(func() { regexp.MustCompile("`a(") })
	ok, err := regexp.MatchString("b+", "abbc")
	fmt.Println(ok, err)
	fmt.Println(regexp.QuoteMeta(`a.b*c\d[e]{f}(g)|h^$?+é`), regexp.QuoteMeta(""))
	po := regexp.MustCompilePOSIX("a|ab")
	fmt.Println(po.FindString("abc"), po.String(), regexp.MustCompile("a|ab").FindString("abc"))
	lo := regexp.MustCompile("a+?")
	lo.Longest()
	fmt.Println(lo.FindString("aaa"), lo.ReplaceAllString("aaba", "x"))
}
