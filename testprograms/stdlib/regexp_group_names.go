// regexp: Go 1.19 allows two groups of one name (SubexpNames lists both, SubexpIndex and ${name} take
// the first); a ')' nothing opened is 'unexpected )'; a trailing backslash has an empty expression part.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, e := range []string{`a)`, `(a))`, `)`, `\`, `a\`} {
		_, err := regexp.Compile(e)
		fmt.Println(err)
	}
	for _, e := range []string{`(?P<n>a)(?P<n>b)`, `(?P<x>\d+)-(?P<x>\d+)|(?P<y>[a-z]+)(?P<x>!)`, `[(?P<n>](?P<n>a)(?P<n>b)`, `\(?P<n>(?P<n>c)`, `(?P<n>a)(?P<n>b`, `(?P<n>a))(?P<n>b)`} {
		re, err := regexp.Compile(e)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q %d %d\n", re.SubexpNames(), re.SubexpIndex("x"), re.SubexpIndex("n"))
	}
	re := regexp.MustCompile(`(?P<d>\d)(?P<d>\d)`)
	fmt.Println(re.ReplaceAllString("12 34", "[${d}]"), re.FindStringSubmatch("56"))
	fmt.Println(string(re.ExpandString(nil, "$d/$1/$2", "78", re.FindStringSubmatchIndex("78"))))
	fmt.Println(re.String())
}
