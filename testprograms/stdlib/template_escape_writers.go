// text/template's HTMLEscape and JSEscape write the escaped bytes to a writer (invalid UTF-8 kept).
package main

import (
	"os"
	"text/template"
)

func main() {
	template.HTMLEscape(os.Stdout, []byte("<a href=\"x\">O'Neil & co\x00</a>\n"))
	template.JSEscape(os.Stdout, []byte("it's \"q\" <b>\\ \u2028 \x01 é\xff = &\n"))
	os.Stdout.WriteString("\n")
	template.HTMLEscape(os.Stdout, nil)
}
