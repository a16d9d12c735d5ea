// A flag whose value does not parse still changes: Go's Value.Set stores what strconv
// returned (0 or false after a syntax error, the clamped bound after a range error)
// before it reports the error, so a -top=x after -top=4 leaves 0.
package main

import (
	"flag"
	"fmt"
	"io"
)

func main() {
	fs := flag.NewFlagSet("probe", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	n := fs.Int("n", 5, "count")
	n64 := fs.Int64("n64", 5, "count")
	u := fs.Uint("u", 5, "count")
	u64 := fs.Uint64("u64", 5, "count")
	f := fs.Float64("f", 5, "ratio")
	b := fs.Bool("b", true, "switch")
	d := fs.Duration("d", 5, "wait")

	show := func(args ...string) {
		err := fs.Parse(args)
		fmt.Printf("%q err=%v\n", args, err)
		fmt.Println("   ", *n, *n64, *u, *u64, *f, *b, *d)
	}
	show("-n=4", "-n64=4", "-u=4", "-u64=4", "-f=4", "-b=false", "-d=4s")
	show("-n=x")
	show("-n64=99999999999999999999")
	show("-n=-99999999999999999999")
	show("-u=-1")
	show("-u64=99999999999999999999")
	show("-f=1e400")
	show("-f=-1e400")
	show("-f=abc")
	show("-b=T")
	show("-b=maybe")
	show("-d=soon")
	show("-n=0x1F", "-u=0b101", "-f=0x1p-2", "-b=T")
}
