// text/tabwriter: alignment with every flag, padding characters, escapes, HTML filtering,
// form feeds, multi-byte text, partial writes and a failing output.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	f.n++
	if f.n > 2 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text ...string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, minwidth, tabwidth, padding, padchar, flags)
	for _, t := range text {
		fmt.Fprint(w, t)
	}
	err := w.Flush()
	fmt.Printf("== %s (err %v)\n%s|END\n", name, err, strings.ReplaceAll(sb.String(), "\t", "<T>"))
}

func main() {
	table := "Name\tAge\tCity\nAlice\t30\tParis\nBob\t4\tNew York\nCharlotte\t102\t\n\nafter blank\tx\n"
	show("basic", 0, 8, 1, ' ', 0, table)
	show("minwidth", 10, 8, 0, '.', 0, table)
	show("alignright", 0, 8, 2, ' ', tabwriter.AlignRight, table)
	show("alignright+debug", 5, 0, 1, '-', tabwriter.AlignRight|tabwriter.Debug, table)
	show("tabs", 0, 8, 1, '\t', tabwriter.AlignRight, table`)
	show("tabs tabwidth 0", 0, 0, 1, '\t', 0, table)
	show("tabindent", 0, 4, 1, ' ', tabwriter.TabIndent, "\t\tindented\tx\n\tone\ty\nnone\tz\n")
	show("discard", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\t\tb\tc\nd\t\te\tf\n")
	show("discard htab vs vtab", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\v\vb\n")
	show("no discard", 0, 8, 1, '.', 0, "a\v\vb\n")
	show("debug", 0, 8, 1, ' ', tabwriter.Debug, "a\tbb\tccc\n\fdd\te\n", "x\ty\n")
	show("formfeed", 0, 8, 1, ' ', 0, "short\tx\nvery long cell\ty\n\fa\tb\n")
	show("unicode", 0, 8, 1, ' ', 0, "héllo\twörld\tend\n日本語\tx\ty\n")
	show("escape", 0, 8, 1, ' ', 0, "a\xffb\tc\xff\td\nlonger\te\n")
	show("strip escape", 0, 8, 1, ' ', tabwriter.StripEscape, "a\xffb\tc\xff\td\nlonger\te\n")
	show("html", 0, 8, 1, ' ', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\ty\tz\n")
	show("no html", 0, 8, 1, ' ', 0, "<b>bold</b>\t&amp;\tx\nplain\ty\tz\n")
	show("pieces", 0, 8, 1, ' ', 0, "ab", "c\td", "ef\tg\nh", "ij\tk", "l\n", "tail without newline\tx")
	show("unterminated", 0, 8, 1, ' ', 0, "a\tb\tc")
	show("ragged", 0, 8, 2, '_', 0, "1\t2\t3\t4\n1\t2\n1\t2\t3\n\t\t\t\t\n")
	show("trailing tab", 0, 8, 1, '*', 0, "a\tb\t\nccc\td\t\n")
	show("empty", 0, 8, 1, ' ', 0)
	show("newlines only", 0, 8, 1, ' ', 0, "\n\n\n")

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "KEY\tVALUE\tNOTE")
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "key-%d\t%d\t%s\n", i, i*i*i, strings.Repeat("*", i))
	}
	w.Flush()

	fw := &failWriter{}
	w2 := tabwriter.NewWriter(fw, 0, 8, 1, ' ', 0)
	n, err := fmt.Fprint(w2, "a\tb\nc\td\n")
	fmt.Println(n, err, w2.Flush())
	n, err = fmt.Fprint(w2, "x\n")
	fmt.Println(n, err, w2.Flush())

	defer func() { fmt.Println("recovered:", recover()) }()
	tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
}
