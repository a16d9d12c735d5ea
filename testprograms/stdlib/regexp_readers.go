// regexp on io.RuneReaders (MatchReader, FindReaderIndex, FindReaderSubmatchIndex: byte offsets
// into the stream) and Copy.
package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.MatchReader(strings.NewReader("mail bob@example.com now")))
	fmt.Println(re.FindReaderIndex(strings.NewReader("é mail bob@example.com now")))
	fmt.Println(re.FindReaderSubmatchIndex(bufio.NewReader(strings.NewReader("\xff x@y.com"))))
	fmt.Println(re.FindReaderIndex(strings.NewReader("nothing")) == nil)
	fmt.Println(regexp.MatchReader(`^\d+$`, strings.NewReader("12345")))
	fmt.Println(regexp.MatchReader(`(`, strings.NewReader("x")))
	c := re.Copy()
	c.Longest()
	fmt.Println(c.String(), c.FindString("a@b.com"), c.NumSubexp(), c != re)
	lazy := regexp.MustCompile(`a+?`)
	long := lazy.Copy()
	long.Longest()
	fmt.Println(lazy.FindString("aaa"), long.FindString("aaa"))
}
