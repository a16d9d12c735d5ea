// The flag package on explicit argument lists (FlagSet.Parse) so no command line is needed:
// typed flags, Var with a custom Value, -flag=value and -flag value forms, boolean flags,
// the -- terminator, remaining args, Visit/VisitAll, and errors with usage printed to stdout.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

 (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

func newSet(name string) (*flag.FlagSet, *int, *string, *bool, *float64, *time.Duration, *listValue) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 3, "number of `items`")
	name2 := fs.String("name", "gopher", "who to greet")
	v := fs.Bool("v", false, "verbose output")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	wait := fs.Duration("wait", 2*time.Second, "how long to wait")
	var tags listValue
	fs.Var(&tags, "tag", "repeatable tag")
	return fs, n, name2, v, ratio, wait, &tags
}

func main() {
	cases := [][]string{
		{},
		{"-n", "10", "-name=alice", "-v", "rest1", "rest2"},
		{"--n=5", "-tag", "a", "-tag=b", "-ratio", "1e-3", "-wait", "1m30s", "--", "-v", "x"},
		{"-v=false", "-n=0x10"},
		{"-n", "abc"},
		{"-unknown"},
		{"-h"},
		{"-name"},
	}
	for _, args := range cases {
		fmt.Printf("args %q\n", args)
		fs, n, name, v, ratio, wait, tags := newSet("demo")
		if err := fs.Parse(args); err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Printf("  n=%d name=%s v=%t ratio=%g wait=%v tags=%v args=%q nargs=%d nflag=%d\n",
			*n, *name, *v, *ratio, *wait, *tags, fs.Args(), fs.NArg(), fs.NFlag())
		var set []string
		fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
		fmt.Println("  set:", set)
	}
	fs, _, _, _, _, _, _ := newSet("all")
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("%s default %q\n", f.Name, f.DefValue) })
	fmt.Println(fs.Lookup("ratio").Usage, fs.Lookup("missing") == nil)
	flag.Parse()
	fmt.Println("global NArg:", flag.NArg())
}
