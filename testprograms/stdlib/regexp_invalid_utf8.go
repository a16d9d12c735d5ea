// regexp on strings that are not valid UTF-8: each invalid byte is one U+FFFD of width 1, as Go reads it;
// an expression that is not valid UTF-8 is an error.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.FindStringSubmatchIndex("\xff x@y.com"))
	fmt.Println(re.FindAllStringIndex("a@b.com\xe2\x82 c@d.com 😀 e@f.com\xff", -1))
	dot := regexp.MustCompile(`.`)
	fmt.Printf("%q\n", dot.FindAllString("a\xffé\xe2\x82😀", -1))
	fmt.Println(regexp.MustCompile(`\x{FFFD}+`).FindAllStringIndex("\xff\xfe�x", -1))
	fmt.Println(regexp.MustCompile(`[^a]`).ReplaceAllString("a\xffa", "<$0>"))
	fmt.Printf("%q\n", regexp.MustCompile(`\b`).Split("ab\xffcd é", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).FindAllString("\xffx\xff", -1))
	fmt.Println(regexp.MustCompile(`(a)|(b)`).FindAllStringSubmatchIndex("\xffb\xffa", -1))
	fmt.Println(regexp.MustCompile(`^.$`).MatchString("\xff"), regexp.MustCompile(`^..$`).MatchString("\xe2\x82"))
	_, err := regexp.Compile("a\xffb(")
	fmt.Println(err)
	fmt.Println(regexp.MustCompile("\u00ff").MatchString("\xff"), regexp.MustCompile(`\xff`).MatchString("\xff"))
	defer func() { fmt.Println(recover()) }()
	regexp.MustCompile("x\xe2\x82")
}
