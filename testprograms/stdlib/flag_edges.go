// flag at its edges: PrintDefaults' layout (one-letter flags, back-quoted names, multi-line
// usage, zero and non-zero defaults, custom Values), the parse errors and their texts, "--",
// "-flag=value" forms, bad names and redefinitions (printed, then a panic), PanicOnError, Func,
// UnquoteUsage, and which flags count as set.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

type toggle struct{ on bool }

func (t *toggle) String() string {
	if t == nil {
		return "off"
	}
	return fmt.Sprint(t.on)
}
func (t *toggle) Set(s string) error {
	if s != "true" && s != "false" {
		return errors.New("want true or false")
	}
	t.on = s == "true"
	return nil
}
func (t *toggle) IsBoolFlag() bool { return true }

func newSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("v", false, "verbose")
	fs.Bool("x", true, "one letter, default true")
	fs.Int("n", 0, "a count")
	fs.Int64("big", 1<<40, "a `size` in bytes")
	fs.Uint("u", 7, "unsigned\nover two lines")
	fs.Uint64("u64", 0, "")
	fs.String("s", "", "text")
	fs.String("name", "gopher", "who `to greet`, with `two` quotes")
	fs.Float64("f", 2.5, "a float")
	fs.Duration("d", 90*time.Second, "a duration")
	fs.Duration("d0", 0, "zero duration")
	var l listValue
	fs.Var(&l, "list", "repeatable")
	fs.Var(&toggle{}, "t", "a custom boolean")
	fs.Func("fn", "calls back", func(s string) error {
		if s == "bad" {
			return errors.New("no good")
		}
		fmt.Println("  fn got", s)
		return nil
	})
	return fs
}

func parse(args ...string) {
	fs := newSet("prog")
	fs.Usage = func() { fmt.Println("  (usage)") }
	err := fs.Parse(args)
	fmt.Printf("%q: err=%v nflag=%d args=%q\n", args, err, fs.NFlag(), fs.Args())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("  set %s=%s\n", f.Name, f.Value) })
}

func main() {
	fs := newSet("prog")
	fs.PrintDefaults()
	fmt.Println("--- unnamed set usage")
	unnamed := flag.NewFlagSet("", flag.ContinueOnError)
	unnamed.SetOutput(os.Stdout)
	unnamed.Int("k", 3, "")
	fmt.Println(unnamed.Parse([]string{"-help"}))
	fmt.Println(unnamed.Parse([]string{"-h", "x"}))
	fmt.Println(unnamed.Parse([]string{"--k", "5", "rest"}), unnamed.Args(), unnamed.Arg(0), unnamed.Arg(1) == "", unnamed.Arg(-1) == "")

	parse("-v", "-n", "3", "--s=hi", "-list", "a", "-list=b", "file", "-n", "4")
	parse("-v=false", "-x=0", "-t", "-t=false", "--", "-n", "5")
	parse("-n")
	parse("-n", "abc")
	parse("-n", "99999999999999999999")
	parse("-v=maybe")
	parse("-t=maybe")
	parse("-u", "-1")
	parse("-d", "3 seconds")
	parse("-f", "1e400")
	parse("-nope")
	parse("---n")
	parse("-=x")
	parse("-")
	parse("-fn", "ok", "-fn=bad")
	parse("-name=", "-s", "")

	for _, name := range []string{"-dash", "a=b", "v"} {
		func() {
			defer func() { fmt.Println("  panic:", recover()) }()
			fs.Bool(name, false, "")
		}()
	}
	func() {
		defer func() { fmt.Println("  panic:", recover()) }()
		unnamed.Bool("k", false, "")
	}()
	func() {
		defer func() { fmt.Println("  panic:", recover()) }()
		p := flag.NewFlagSet("p", flag.PanicOnError)
		p.SetOutput(os.Stdout)
		p.Usage = func() {}
		p.Parse([]string{"-zzz"})
	}()

	for _, n := range []string{"name", "big", "v", "t", "list", "fn", "d"} {
		name, usage := flag.UnquoteUsage(fs.Lookup(n))
		fmt.Printf("UnquoteUsage(%s) = %q %q\n", n, name, usage)
	}
	fmt.Println(fs.Set("n", "12"), fs.Set("n", "x"), fs.Set("missing", "1"), fs.NFlag(), fs.Lookup("missing") == nil)
	fmt.Println(fs.Name(), fs.ErrorHandling() == flag.ContinueOnError, fs.Parsed())
	fs.Init("renamed", flag.ExitOnError)
	fmt.Println(fs.Name(), fs.ErrorHandling() == flag.ExitOnError)
}
