// regexp: the regexp_pkg golden without the strings package.
// regexp with RE2 semantics: matching, finding all matches and submatches with indexes,
// named groups, replacement with $1 and ${name} and functions, splitting, leftmost-first
// alternation, Longest, compile errors, and QuoteMeta.
package main

import (
	"fmt"
	"regexp"
	
)

func main() {
	fmt.Println(regexp.MatchString(`^[a-z]+\d*$`, "abc123"))
	fmt.Println(regexp.MatchString(`^[a-z]+\d*$`, "abc123x"))

	re := regexp.MustCompile(`(\w+)@(\w+)\.(com|org)`)
	text := "contact: alice@example.com, bob@test.org; carol@bad.net and dave@go.com"
	fmt.Println(re.FindString(text))
	fmt.Println(re.FindStringIndex(text))
	fmt.Printf("%q\n", re.FindAllString(text, -1))
	fmt.Printf("%q\n", re.FindAllString(text, 2))
	fmt.Printf("%q\n", re.FindStringSubmatch(text))
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		fmt.Print(m, " ")
	}
	fmt.Println()
	fmt.Println(re.ReplaceAllString(text, "<$2:$1>"))
	fmt.Println(re.ReplaceAllString(text, "$1x"), "|", re.ReplaceAllString(text, "${1}x"))
	fmt.Println(re.ReplaceAllLiteralString("a@b.com", "$1"))
	fmt.Println(re.NumSubexp(), re.String())

	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := date.FindStringSubmatch("released on 2022-08-02.")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println(date.SubexpIndex("month"))
	fmt.Println(date.ReplaceAllString("2022-08-02 and 1999-12-31", "${day}/${month}/${year}"))

	upper := regexp.MustCompile(`\b[a-z]`)
	fmt.Println(upper.ReplaceAllStringFunc("the quick brown fox", toUpper))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d,", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1))

	alt := regexp.MustCompile(`a|ab`)
	fmt.Println(alt.FindString("ab"))
	alt.Longest()
	fmt.Println(alt.FindString("ab"))
	greedy := regexp.MustCompile(`<.+>`)
	lazy := regexp.MustCompile(`<.+?>`)
	fmt.Println(greedy.FindString("<a><b>"), lazy.FindString("<a><b>"))
	ci := regexp.MustCompile(`(?i)gopher`)
	fmt.Println(ci.FindAllString("Gopher GOPHER gopher goph", -1))
	multi := regexp.MustCompile(`(?m)^(\w+):`)
	fmt.Printf("%q\n", multi.FindAllStringSubmatch("key: v\nname: x\n  indented: no", -1))
	uni := regexp.MustCompile(`\p{Greek}+|[\p{Han}]+`)
	fmt.Println(uni.FindAllString("alpha αβγ 中文 ok", -1))
	empty := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", empty.FindAllString("baaab", -1))
	fmt.Println(empty.ReplaceAllString("baaab", "-"))

	for _, bad := range []string{`(ab`, `a**`, `[z-a]`, `\8`, `(?<name>x)`, `x{2,1}`} {
		_, err := regexp.Compile(bad)
		fmt.Println(err)
	}
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes] (a.b) $5 ^x|y"))
	lit := regexp.MustCompile(regexp.QuoteMeta("a.b"))
	fmt.Println(lit.MatchString("a.b"), lit.MatchString("axb"))
	b := regexp.MustCompile(`(\d+)`).ReplaceAll([]byte("a1b22"), []byte("[$1]"))
	fmt.Println(string(b))
	fmt.Println(regexp.MustCompile(`^$`).MatchString(""), regexp.MustCompile(`\d`).Match([]ReplaceAllLiteralString("x9")))
	defer func() { fmt.Println("MustCompile panic:", recover()) }()
	regexp.MustCompile(`(`)
}

func toUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}
