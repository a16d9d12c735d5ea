package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/big"
	"net"
	"os"
	"regexp"
	"strings"
	"text/template"
	"time"
)


func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var ip net.IP
	var when time.Time
	var n big.Int
	fs.TextVar(&ip, "ip", net.IPv4(127, 0, 0, 1), "the `address` to bind")
	fs.TextVar(&when, "when", time.Date(2022, 1, 2, 3, 4, 5, 0, time.UTC), "start time")
	fs.TextVar(&n, "n", big.NewInt(42), "a big number")
	fmt.Println(ip, when, &n)
	err := fs.Parse([]string{"-ip", "10.1.2.3", "-n", "123456789012345678901234567890", "-when", "2023-05-06T07:08:09Z", "rest"})
	fmt.Println(err, ip, when, &n, fs.Args())
	fs.PrintDefaults()
	err = fs.Parse([]string{"-ip", "bogus"})
	fmt.Println("err:", err)
	fs.Visit(func(f *flag.Flag) { fmt.Println(f.Name, f.Value.String(), f.DefValue) })
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var t time.Time
		fs.TextVar(&t, "bad", &ip, "mismatch")
	}()

	re := regexp.MustCompile(`b+(c)`)
	fmt.Println(re.MatchReader(strings.NewReader("aabbbcd")), re.FindReaderIndex(strings.NewReader("aabbbcd")), re.FindReaderSubmatchIndex(strings.NewReader("xx\xffbc")))
	fmt.Println(regexp.MatchReader(`^h.llo`, strings.NewReader("héllo")))
	fmt.Println(regexp.MatchReader(`(`, strings.NewReader("x")))
	re2 := re.Copy()
	fmt.Println(re2.String(), re2.FindString("abbc"))
	var b bytes.Buffer
	tmplEscape(&b)
	fmt.Println(b.String(), os.Getpagesize())
}
func tmplEscape(b *bytes.Buffer) {
	template.HTMLEscape(b, []byte(`<a href="x">&'`+"\x00"))
	b.WriteString(" | ")
	template.JSEscape(b, []byte("it's <b>\"\\\"\n\u2028é\xff"))
}
