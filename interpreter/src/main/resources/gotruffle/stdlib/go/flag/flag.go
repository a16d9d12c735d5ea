// Package flag implements command-line flag parsing with Go 1.19's rules and messages.
package flag

import (
	"encoding"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strings"
	"time"
)

// ErrHelp: -help or -h was given and no flag of that name is defined.
var ErrHelp = errors.New("flag: help requested")

var errParse = errors.New("parse error")
var errRange = errors.New("value out of range")

// parseInt and friends report status 0 (ok), 1 (syntax error) or 2 (out of range), with
// strconv's rules (base 0: prefixes and underscores).
func parseInt(s string, bitSize int) (int64, int)
func parseUint(s string, bitSize int) (uint64, int)
func parseFloat(s string) (float64, int)
func formatFloat(f float64) string

func numError(status int) error {
	if status == 0 {
		return nil
	}
	if status == 2 {
		return errRange
	}
	return errParse
}

func parseBool(s string) (bool, bool) {
	switch s {
	case "1", "t", "T", "TRUE", "true", "True":
		return true, true
	case "0", "f", "F", "FALSE", "false", "False":
		return false, true
	}
	return false, false
}

type boolValue bool

func (b *boolValue) Set(s string) error {
	// Like Go, a bad value still stores what strconv returned (false, 0, the clamped bound).
	v, ok := parseBool(s)
	*b = boolValue(v)
	if !ok {
		return errParse
	}
	return nil
}
func (b *boolValue) Get() any { return bool(*b) }
func (b *boolValue) String() string {
	if *b {
		return "true"
	}
	return "false"
}
func (b *boolValue) IsBoolFlag() bool { return true }

type boolFlag interface {
	Value
	IsBoolFlag() bool
}

type intValue int

func (i *intValue) Set(s string) error {
	v, st := parseInt(s, 64)
	*i = intValue(v)
	return numError(st)
}
func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return fmt.Sprint(int(*i)) }

type int64Value int64

func (i *int64Value) Set(s string) error {
	v, st := parseInt(s, 64)
	*i = int64Value(v)
	return numError(st)
}
func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return fmt.Sprint(int64(*i)) }

type uintValue uint

func (i *uintValue) Set(s string) error {
	v, st := parseUint(s, 64)
	*i = uintValue(v)
	return numError(st)
}
func (i *uintValue) Get() any       { return uint(*i) }
func (i *uintValue) String() string { return fmt.Sprint(uint(*i)) }

type uint64Value uint64

func (i *uint64Value) Set(s string) error {
	v, st := parseUint(s, 64)
	*i = uint64Value(v)
	return numError(st)
}
func (i *uint64Value) Get() any       { return uint64(*i) }
func (i *uint64Value) String() string { return fmt.Sprint(uint64(*i)) }

type stringValue string

func (s *stringValue) Set(val string) error { *s = stringValue(val); return nil }
func (s *stringValue) Get() any             { return string(*s) }
func (s *stringValue) String() string       { return string(*s) }

type float64Value float64

func (f *float64Value) Set(s string) error {
	v, st := parseFloat(s)
	*f = float64Value(v)
	return numError(st)
}
func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return formatFloat(float64(*f)) }

type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	*d = durationValue(v) // like the numbers, a bad value still stores what the parser returned
	if err != nil {
		return errParse
	}
	return nil
}
func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return time.Duration(*d).String() }

type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

// textValue is a flag held by a TextUnmarshaler (TextVar).
type textValue struct{ p encoding.TextUnmarshaler }

func (v textValue) Set(s string) error { return v.p.UnmarshalText([]byte(s)) }
func (v textValue) Get() any           { return v.p }
func (v textValue) String() string {
	if m, ok := v.p.(encoding.TextMarshaler); ok {
		if text, err := m.MarshalText(); err == nil {
			return string(text)
		}
	}
	return ""
}

// TextVar adds a flag parsed by p's UnmarshalText; p (a pointer) is set to value, which must be
// of the type p points to (or a pointer to it).
func (f *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	dst := reflect.ValueOf(p)
	if dst.Kind() != reflect.Pointer {
		panic("variable value type must be a pointer")
	}
	def := reflect.ValueOf(value)
	if def.Kind() == reflect.Pointer {
		def = def.Elem()
	}
	if def.Type() != dst.Type().Elem() {
		panic(fmt.Sprintf("default type does not match variable type: %v != %v", def.Type(), dst.Type().Elem()))
	}
	dst.Elem().Set(def)
	f.Var(textValue{p}, name, usage)
}
func TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	CommandLine.TextVar(p, name, value, usage)
}

// Value is what a flag holds: set from text by Set, printed by String.
type Value interface {
	String() string
	Set(string) error
}

// Getter is a Value whose content can be read back with Get.
type Getter interface {
	Value
	Get() any
}

// ErrorHandling chooses what Parse does on a bad command line.
type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota
	ExitOnError
	PanicOnError
)

// FlagSet is a named collection of flags with its own parsing state.
type FlagSet struct {
	// Usage runs when parsing fails; nil means the default message.
	Usage func()

	name     string
	handling ErrorHandling
	out      io.Writer // nil: os.Stderr

	defined map[string]*Flag // every flag, by name
	given   map[string]*Flag // the flags set by Parse or Set
	rest    []string         // the arguments not parsed yet; after Parse, the non-flag ones
	parsed  bool
}

// Flag describes one defined flag: name, help, current value and default.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string
}

// byName lists the flags of m sorted by name.
func byName(m map[string]*Flag) []*Flag {
	list := make([]*Flag, 0, len(m))
	for _, fl := range m {
		list = append(list, fl)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list
}

// Output is where usage text and errors go: os.Stderr unless SetOutput chose otherwise.
func (f *FlagSet) Output() io.Writer {
	if f.out != nil {
		return f.out
	}
	return os.Stderr
}

func (f *FlagSet) Name() string                 { return f.name }
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.handling }
func (f *FlagSet) SetOutput(output io.Writer)   { f.out = output }

// VisitAll visits the flags in lexicographical order, including those not set.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range byName(f.defined) {
		fn(fl)
	}
}

func VisitAll(fn func(*Flag)) { CommandLine.VisitAll(fn) }

// Visit visits the flags that have been set, in lexicographical order.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range byName(f.given) {
		fn(fl)
	}
}

func Visit(fn func(*Flag)) { CommandLine.Visit(fn) }

func (f *FlagSet) Lookup(name string) *Flag { return f.defined[name] }
func Lookup(name string) *Flag              { return CommandLine.Lookup(name) }

// Set parses value into the flag called name and records it as set.
func (f *FlagSet) Set(name, value string) error {
	fl := f.defined[name]
	if fl == nil {
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := fl.Value.Set(value); err != nil {
		return err
	}
	f.markGiven(fl)
	return nil
}

func Set(name, value string) error { return CommandLine.Set(name, value) }

// markGiven records that fl was set.
func (f *FlagSet) markGiven(fl *Flag) {
	if f.given == nil {
		f.given = map[string]*Flag{}
	}
	f.given[fl.Name] = fl
}

// isZeroValue: value is what the flag's type prints for its zero value (PrintDefaults then
// leaves the default out).
func isZeroValue(flag *Flag, value string) bool {
	var zero string
	switch flag.Value.(type) {
	case *boolValue:
		zero = "false"
	case *intValue, *int64Value, *uintValue, *uint64Value, *float64Value:
		zero = "0"
	case *stringValue:
		zero = ""
	case *durationValue:
		zero = "0s"
	default:
		zero = zeroString(flag.Value)
	}
	return value == zero
}

// zeroString is String() of a fresh zero value of v's dynamic type.
func zeroString(v Value) string

// UnquoteUsage finds a `name` in back quotes in the flag's usage (else guesses one from the
// value's type) and returns it with the usage minus the quotes.
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if open := strings.IndexByte(usage, '`'); open >= 0 {
		if n := strings.IndexByte(usage[open+1:], '`'); n >= 0 {
			name = usage[open+1 : open+1+n]
			return name, usage[:open] + name + usage[open+1+n+1:]
		}
	}
	return valueKind(flag.Value), usage
}

// valueKind is what PrintDefaults calls a flag's argument when the usage names none: nothing
// for a boolean flag.
func valueKind(v Value) string {
	switch v := v.(type) {
	case boolFlag:
		if v.IsBoolFlag() {
			return ""
		}
	case *durationValue:
		return "duration"
	case *float64Value:
		return "float"
	case *intValue, *int64Value:
		return "int"
	case *stringValue:
		return "string"
	case *uintValue, *uint64Value:
		return "uint"
	}
	return "value"
}

// PrintDefaults lists every flag of the set with its usage and non-zero default, on Output.
func (f *FlagSet) PrintDefaults() {
	f.VisitAll(func(fl *Flag) {
		fmt.Fprint(f.Output(), defaultsEntry(fl), "\n")
	})
}

// defaultsEntry is fl's text in PrintDefaults: "  -name kind", the usage on the same line
// after a tab when that is short (a one-letter flag without kind), else on the next, indented
// (as are the usage's own lines), then the default when it is not the zero value.
func defaultsEntry(fl *Flag) string {
	const indent = "\n    \t"
	kind, usage := UnquoteUsage(fl)
	var b strings.Builder
	b.WriteString("  -" + fl.Name)
	if kind != "" {
		b.WriteString(" " + kind)
	}
	if b.Len() > 4 {
		b.WriteString(indent)
	} else {
		b.WriteString("\t")
	}
	b.WriteString(strings.ReplaceAll(usage, "\n", indent))
	if !isZeroValue(fl, fl.DefValue) {
		format := " (default %v)"
		if _, quoted := fl.Value.(*stringValue); quoted {
			format = " (default %q)"
		}
		fmt.Fprintf(&b, format, fl.DefValue)
	}
	return b.String()
}

func PrintDefaults() { CommandLine.PrintDefaults() }

// defaultUsage: a "Usage" title naming the set, then PrintDefaults.
func (f *FlagSet) defaultUsage() {
	title := "Usage:\n"
	if f.name != "" {
		title = "Usage of " + f.name + ":\n"
	}
	fmt.Fprint(f.Output(), title)
	f.PrintDefaults()
}

// CommandLine holds the program's own flags, parsed from os.Args. (Declared before
// Usage: the checker does not yet order package variables referenced from function literals.)
var CommandLine = NewFlagSet(progName(), ExitOnError)

// Usage prints how to call the program (its flags and their defaults); replace it to change the text.
var Usage = func() {
	fmt.Fprintf(CommandLine.Output(), "Usage of %s:\n", progName())
	PrintDefaults()
}

func (f *FlagSet) NFlag() int { return len(f.given) }
func NFlag() int              { return CommandLine.NFlag() }

// Arg is the ith argument left after the flags, "" when there is none.
func (f *FlagSet) Arg(i int) string {
	if 0 <= i && i < len(f.rest) {
		return f.rest[i]
	}
	return ""
}

func Arg(i int) string { return CommandLine.Arg(i) }

func (f *FlagSet) NArg() int      { return len(f.rest) }
func NArg() int                   { return CommandLine.NArg() }
func (f *FlagSet) Args() []string { return f.rest }
func Args() []string              { return CommandLine.Args() }

// newFlag allocates a T, has def define the flag over it, and returns it: the pointer forms
// (Bool, Int, ...) of the Var forms.
func newFlag[T any](def func(*T)) *T {
	p := new(T)
	def(p)
	return p
}

func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}
func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	return newFlag(func(p *bool) { f.BoolVar(p, name, value, usage) })
}
func BoolVar(p *bool, name string, value bool, usage string) {
	CommandLine.BoolVar(p, name, value, usage)
}
func Bool(name string, value bool, usage string) *bool { return CommandLine.Bool(name, value, usage) }

func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}
func (f *FlagSet) Int(name string, value int, usage string) *int {
	return newFlag(func(p *int) { f.IntVar(p, name, value, usage) })
}
func IntVar(p *int, name string, value int, usage string) { CommandLine.IntVar(p, name, value, usage) }
func Int(name string, value int, usage string) *int       { return CommandLine.Int(name, value, usage) }

func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}
func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	return newFlag(func(p *int64) { f.Int64Var(p, name, value, usage) })
}
func Int64Var(p *int64, name string, value int64, usage string) {
	CommandLine.Int64Var(p, name, value, usage)
}
func Int64(name string, value int64, usage string) *int64 {
	return CommandLine.Int64(name, value, usage)
}

func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}
func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	return newFlag(func(p *uint) { f.UintVar(p, name, value, usage) })
}
func UintVar(p *uint, name string, value uint, usage string) {
	CommandLine.UintVar(p, name, value, usage)
}
func Uint(name string, value uint, usage string) *uint { return CommandLine.Uint(name, value, usage) }

func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	return newFlag(func(p *uint64) { f.Uint64Var(p, name, value, usage) })
}
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	CommandLine.Uint64Var(p, name, value, usage)
}
func Uint64(name string, value uint64, usage string) *uint64 {
	return CommandLine.Uint64(name, value, usage)
}

func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}
func (f *FlagSet) String(name string, value string, usage string) *string {
	return newFlag(func(p *string) { f.StringVar(p, name, value, usage) })
}
func StringVar(p *string, name string, value string, usage string) {
	CommandLine.StringVar(p, name, value, usage)
}
func String(name string, value string, usage string) *string {
	return CommandLine.String(name, value, usage)
}

func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}
func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	return newFlag(func(p *float64) { f.Float64Var(p, name, value, usage) })
}
func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Float64Var(p, name, value, usage)
}
func Float64(name string, value float64, usage string) *float64 {
	return CommandLine.Float64(name, value, usage)
}

func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	return newFlag(func(p *time.Duration) { f.DurationVar(p, name, value, usage) })
}
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}

// Func adds a flag that calls fn with each value given for it.
func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	f.Var(funcValue(fn), name, usage)
}
func Func(name, usage string, fn func(string) error) { CommandLine.Func(name, usage, fn) }

// Var adds a flag whose state lives in value; its default is value's text now. A name that
// starts with '-' or holds '=', and a name defined before, are reported on Output and panic.
func (f *FlagSet) Var(value Value, name string, usage string) {
	if strings.HasPrefix(name, "-") {
		panic(f.report("flag %q begins with -", name))
	}
	if strings.Contains(name, "=") {
		panic(f.report("flag %q contains =", name))
	}
	fl := &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
	if f.defined[name] != nil {
		if f.name != "" {
			panic(f.report("%s flag redefined: %s", f.name, name))
		}
		panic(f.report("flag redefined: %s", name))
	}
	if f.defined == nil {
		f.defined = map[string]*Flag{}
	}
	f.defined[name] = fl
}

func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }

// report prints a message on its own line to Output and returns it.
func (f *FlagSet) report(format string, a ...any) string {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// fail reports a parse error, shows the usage, and returns the error.
func (f *FlagSet) fail(format string, a ...any) error {
	err := errors.New(f.report(format, a...))
	f.usage()
	return err
}

func (f *FlagSet) usage() {
	if f.Usage != nil {
		f.Usage()
		return
	}
	f.defaultUsage()
}

// parseOne takes the next flag off the arguments; false when the flags end there ("--" is
// dropped, the first non-flag argument stays) or on an error.
func (f *FlagSet) parseOne() (bool, error) {
	if len(f.rest) == 0 {
		return false, nil
	}
	arg := f.rest[0]
	if len(arg) < 2 || arg[0] != '-' {
		return false, nil
	}
	spec := arg[1:]
	if spec[0] == '-' {
		if spec == "-" {
			f.rest = f.rest[1:]
			return false, nil
		}
		spec = spec[1:] // "--name" is "-name"
	}
	if spec[0] == '-' || spec[0] == '=' {
		return false, f.fail("bad flag syntax: %s", arg)
	}
	f.rest = f.rest[1:]
	name, value, inline := spec, "", false
	if eq := strings.IndexByte(spec, '='); eq > 0 {
		name, value, inline = spec[:eq], spec[eq+1:], true
	}
	fl := f.defined[name]
	if fl == nil {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.fail("flag provided but not defined: -%s", name)
	}
	if err := f.setValue(fl, value, inline); err != nil {
		return false, err
	}
	f.markGiven(fl)
	return true, nil
}

// setValue sets the flag fl met in the arguments. A boolean flag takes only an inline value
// (-b=false) and is true without one; another flag takes its inline value or the next argument.
func (f *FlagSet) setValue(fl *Flag, value string, inline bool) error {
	name := fl.Name
	if bf, ok := fl.Value.(boolFlag); ok && bf.IsBoolFlag() {
		if !inline {
			if err := bf.Set("true"); err != nil {
				return f.fail("invalid boolean flag %s: %v", name, err)
			}
		} else if err := bf.Set(value); err != nil {
			return f.fail("invalid boolean value %q for -%s: %v", value, name, err)
		}
		return nil
	}
	if !inline {
		if len(f.rest) == 0 {
			return f.fail("flag needs an argument: -%s", name)
		}
		value, f.rest = f.rest[0], f.rest[1:]
	}
	if err := fl.Value.Set(value); err != nil {
		return f.fail("invalid value %q for flag -%s: %v", value, name, err)
	}
	return nil
}

// Parse reads flags from arguments (without the program name) up to the first non-flag
// argument or "--"; call it after defining the flags.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed, f.rest = true, arguments
	for {
		more, err := f.parseOne()
		switch {
		case more:
		case err == nil:
			return nil
		case f.handling == ContinueOnError:
			return err
		case f.handling == ExitOnError && err == ErrHelp:
			os.Exit(0)
		case f.handling == ExitOnError:
			os.Exit(2)
		case f.handling == PanicOnError:
			panic(err)
		}
	}
}

func (f *FlagSet) Parsed() bool { return f.parsed }

// Parse reads the program's flags from os.Args[1:].
func Parse() {
	var args []string
	if len(os.Args) > 0 {
		args = os.Args[1:]
	}
	CommandLine.Parse(args)
}

// progName is os.Args[0], guarded in case the launcher passes no program name.
func progName() string {
	if len(os.Args) > 0 {
		return os.Args[0]
	}
	return ""
}

func Parsed() bool { return CommandLine.Parsed() }

func init() {
	CommandLine.Usage = commandLineUsage
}

func commandLineUsage() { Usage() }

// NewFlagSet makes an empty set called name that handles errors as errorHandling says.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, handling: errorHandling}
	// A closure rather than the method value f.defaultUsage: the interpreter's method values
	// currently bind a copy of *f.
	f.Usage = func() { f.defaultUsage() }
	return f
}

// Init names the set and picks its ErrorHandling.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name, f.handling = name, errorHandling
}
