// Go 1.19's fmt.Append, Appendln and Appendf, and strings.Clone (Go 1.18): a log line built in
// one reused buffer.
package main

import (
	"fmt"
	"strings"
)

type level int

func (l level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

func main() {
	buf := make([]byte, 0, 16)
	for i, msg := range []string{"start", "load config", "ready"} {
		buf = buf[:0]
		buf = fmt.Appendf(buf, "%-5v|%03d|", level(i%3), i)
		buf = fmt.Append(buf, msg, len(msg), 2.5, nil)
		buf = fmt.Appendln(buf, " ok", true)
		fmt.Printf("%q\n", buf)
	}
	var nilBuf []byte
	fmt.Println(fmt.Append(nilBuf) == nil, len(fmt.Appendln(nilBuf)), string(fmt.Appendf([]byte("x="), "%d%%", 5)))
	fmt.Printf("%s\n", fmt.Appendf(nil, "%d %!", 1))

	big := strings.Repeat("ab", 4)
	c := strings.Clone(big[2:5])
	fmt.Println(c, len(c), strings.Clone("") == "", strings.Clone("héllo"))
}
