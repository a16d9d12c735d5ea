// Compile error: an undefined type is reported once; uses of values of that type add no errors.
package main

import (
	"fmt"
	"os"
)

type report struct {
	out   *Writer
	lines []Line
}

func (r *report) flush() {
	for _, l := range r.lines {
		fmt.Fprintln(r.out, l.Text)
	}
	r.out.Flush()
}

func main() {
	r := &report{out: NewWriter(os.Stdout)}
	r.flush()
}
