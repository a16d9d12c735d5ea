// text/tabwriter against a failing and a logging output: the Write calls it makes (padding in
// pieces of 8), what Write and Flush return when the output fails or writes short (n is how far
// Write got), the state after a failed Flush, escapes split across Writes, and the panic text
// for negative widths.
package main

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
)

type logOut struct {
	calls  []string
	failAt int
	short  bool
}

func (w *logOut) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	if len(w.calls) == w.failAt {
		if w.short {
			return len(p) / 2, nil
		}
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func main() {
	out := &logOut{}
	tw := tabwriter.NewWriter(out, 0, 8, 1, '.', tabwriter.Debug)
	fmt.Fprint(tw, "a\tbbbbbbbbbbbbbbbbbbbb\tc\n\fxx\tyy\n")
	tw.Flush()
	fmt.Printf("calls %q\n", out.calls)

	for _, short := range []bool{false, true} {
		for failAt := 1; failAt <= 4; failAt++ {
			out = &logOut{failAt: failAt, short: short}
			tw = tabwriter.NewWriter(out, 4, 8, 2, ' ', tabwriter.AlignRight)
			n, err := tw.Write([]byte("k\tv\nkey\tvalue\nsingle\nmore\tcells\n"))
			fmt.Printf("short=%v failAt=%d: Write %d %v;", short, failAt, n, err)
			if err != nil {
				// the Writer's state after a failed Write is not usable (Flush would panic)
				fmt.Printf(" calls %q\n", out.calls)
				continue
			}
			fmt.Printf(" Flush %v;", tw.Flush())
			fmt.Printf(" again %v; calls %q\n", tw.Flush(), out.calls)
		}
	}

	var sb strings.Builder
	tw = tabwriter.NewWriter(&sb, 0, 4, 1, '\t', tabwriter.StripEscape|tabwriter.FilterHTML|tabwriter.TabIndent)
	for _, piece := range []string{"\t\tx\xffa\t", "b\xff\t<i>it", "al</i>\t&am", "p;\n\t\tlonger cell\t\xffé", "\xff\tz\n"} {
		tw.Write([]byte(piece))
	}
	tw.Flush()
	fmt.Printf("%q\n", sb.String())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(&sb, 0, -1, 0, ' ', 0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tw := tabwriter.NewWriter(&sb, 0, 8, 0, ' ', tabwriter.StripEscape)
		tw.Write([]byte("\xff\xff\xff\xffab\t\n"))
		fmt.Println("Flush:", tw.Flush())
	}()
}
