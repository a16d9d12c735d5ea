// Package flag implements command-line flag parsing with Go 1.19's rules and messages.
package flag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
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
	if err != nil {
		err = errParse
	}
	*d = durationValue(v)
	return err
}
func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return time.Duration(*d).String() }

type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

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

	name          string
	parsed        bool
	actual        map[string]*Flag
	formal        map[string]*Flag
	args          []string
	errorHandling ErrorHandling
	output        io.Writer
}

// Flag describes one defined flag: name, help, current value and default.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string
}

func sortFlags(flags map[string]*Flag) []*Flag {
	result := make([]*Flag, 0, len(flags))
	for _, f := range flags {
		result = append(result, f)
	}
	sort.Slice(result, func(i, j int) bool { return result[i].Name < result[j].Name })
	return result
}

// Output is where usage text and errors go: os.Stderr unless SetOutput chose otherwise.
func (f *FlagSet) Output() io.Writer {
	if f.output == nil {
		return os.Stderr
	}
	return f.output
}

func (f *FlagSet) Name() string                  { return f.name }
func (f *FlagSet) ErrorHandling() ErrorHandling  { return f.errorHandling }
func (f *FlagSet) SetOutput(output io.Writer)    { f.output = output }

// VisitAll visits the flags in lexicographical order, including those not set.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, flag := range sortFlags(f.formal) {
		fn(flag)
	}
}

func VisitAll(fn func(*Flag)) { CommandLine.VisitAll(fn) }

// Visit visits the flags that have been set, in lexicographical order.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, flag := range sortFlags(f.actual) {
		fn(flag)
	}
}

func Visit(fn func(*Flag)) { CommandLine.Visit(fn) }

func (f *FlagSet) Lookup(name string) *Flag { return f.formal[name] }
func Lookup(name string) *Flag              { return CommandLine.formal[name] }

// Set parses value into the flag called name and records it as set.
func (f *FlagSet) Set(name, value string) error {
	flag, ok := f.formal[name]
	if !ok {
		return fmt.Errorf("no such flag -%v", name)
	}
	err := flag.Value.Set(value)
	if err != nil {
		return err
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = flag
	return nil
}

func Set(name, value string) error { return CommandLine.Set(name, value) }

// isZeroValue reports whether value is what the flag's type prints for its zero value.
func isZeroValue(flag *Flag, value string) bool {
	switch flag.Value.(type) {
	case *boolValue:
		return value == "false"
	case *intValue, *int64Value, *uintValue, *uint64Value, *float64Value:
		return value == "0"
	case *stringValue:
		return value == ""
	case *durationValue:
		return value == "0s"
	}
	return value == zeroString(flag.Value)
}

// zeroString is String() of a fresh zero value of v's dynamic type.
func zeroString(v Value) string

// UnquoteUsage finds a `name` in back quotes in the flag's usage (else guesses one from the
// value's type) and returns it with the usage minus the quotes.
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	for i := 0; i < len(usage); i++ {
		if usage[i] == '`' {
			for j := i + 1; j < len(usage); j++ {
				if usage[j] == '`' {
					name = usage[i+1 : j]
					usage = usage[:i] + name + usage[j+1:]
					return name, usage
				}
			}
			break
		}
	}
	name = "value"
	switch fv := flag.Value.(type) {
	case boolFlag:
		if fv.IsBoolFlag() {
			name = ""
		}
	case *durationValue:
		name = "duration"
	case *float64Value:
		name = "float"
	case *intValue, *int64Value:
		name = "int"
	case *stringValue:
		name = "string"
	case *uintValue, *uint64Value:
		name = "uint"
	}
	return
}

func replaceNewlines(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, "\n    \t"...)
		} else {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// PrintDefaults lists every flag of the set with its usage and non-zero default, on Output.
func (f *FlagSet) PrintDefaults() {
	f.VisitAll(func(flag *Flag) {
		b := "  -" + flag.Name
		name, usage := UnquoteUsage(flag)
		if len(name) > 0 {
			b += " " + name
		}
		if len(b) <= 4 {
			b += "\t"
		} else {
			b += "\n    \t"
		}
		b += replaceNewlines(usage)
		if !isZeroValue(flag, flag.DefValue) {
			if _, ok := flag.Value.(*stringValue); ok {
				b += fmt.Sprintf(" (default %q)", flag.DefValue)
			} else {
				b += fmt.Sprintf(" (default %v)", flag.DefValue)
			}
		}
		fmt.Fprint(f.Output(), b, "\n")
	})
}

func PrintDefaults() { CommandLine.PrintDefaults() }

func (f *FlagSet) defaultUsage() {
	if f.name == "" {
		fmt.Fprintf(f.Output(), "Usage:\n")
	} else {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	}
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

func (f *FlagSet) NFlag() int { return len(f.actual) }
func NFlag() int              { return len(CommandLine.actual) }

func (f *FlagSet) Arg(i int) string {
	if i < 0 || i >= len(f.args) {
		return ""
	}
	return f.args[i]
}

func Arg(i int) string { return CommandLine.Arg(i) }

func (f *FlagSet) NArg() int      { return len(f.args) }
func NArg() int                   { return len(CommandLine.args) }
func (f *FlagSet) Args() []string { return f.args }
func Args() []string              { return CommandLine.args }

func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}
func BoolVar(p *bool, name string, value bool, usage string) {
	CommandLine.BoolVar(p, name, value, usage)
}
func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	f.BoolVar(p, name, value, usage)
	return p
}
func Bool(name string, value bool, usage string) *bool { return CommandLine.Bool(name, value, usage) }

func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}
func IntVar(p *int, name string, value int, usage string) { CommandLine.IntVar(p, name, value, usage) }
func (f *FlagSet) Int(name string, value int, usage string) *int {
	p := new(int)
	f.IntVar(p, name, value, usage)
	return p
}
func Int(name string, value int, usage string) *int { return CommandLine.Int(name, value, usage) }

func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}
func Int64Var(p *int64, name string, value int64, usage string) {
	CommandLine.Int64Var(p, name, value, usage)
}
func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	f.Int64Var(p, name, value, usage)
	return p
}
func Int64(name string, value int64, usage string) *int64 { return CommandLine.Int64(name, value, usage) }

func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}
func UintVar(p *uint, name string, value uint, usage string) {
	CommandLine.UintVar(p, name, value, usage)
}
func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	f.UintVar(p, name, value, usage)
	return p
}
func Uint(name string, value uint, usage string) *uint { return CommandLine.Uint(name, value, usage) }

func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	CommandLine.Uint64Var(p, name, value, usage)
}
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	p := new(uint64)
	f.Uint64Var(p, name, value, usage)
	return p
}
func Uint64(name string, value uint64, usage string) *uint64 {
	return CommandLine.Uint64(name, value, usage)
}

func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}
func StringVar(p *string, name string, value string, usage string) {
	CommandLine.StringVar(p, name, value, usage)
}
func (f *FlagSet) String(name string, value string, usage string) *string {
	p := new(string)
	f.StringVar(p, name, value, usage)
	return p
}
func String(name string, value string, usage string) *string {
	return CommandLine.String(name, value, usage)
}

func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}
func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Float64Var(p, name, value, usage)
}
func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	f.Float64Var(p, name, value, usage)
	return p
}
func Float64(name string, value float64, usage string) *float64 {
	return CommandLine.Float64(name, value, usage)
}

func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	f.DurationVar(p, name, value, usage)
	return p
}
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}

// Func adds a flag that calls fn with each value given for it.
func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	f.Var(funcValue(fn), name, usage)
}
func Func(name, usage string, fn func(string) error) { CommandLine.Func(name, usage, fn) }

// Var adds a flag whose state lives in value.
func (f *FlagSet) Var(value Value, name string, usage string) {
	if len(name) > 0 && (name[0] == '-' || containsEq(name)) {
		if name[0] == '-' {
			panic(f.sprintf("flag %q begins with -", name))
		}
		panic(f.sprintf("flag %q contains =", name))
	}
	flag := &Flag{name, usage, value, value.String()}
	if _, alreadythere := f.formal[name]; alreadythere {
		var msg string
		if f.name == "" {
			msg = f.sprintf("flag redefined: %s", name)
		} else {
			msg = f.sprintf("%s flag redefined: %s", f.name, name)
		}
		panic(msg)
	}
	if f.formal == nil {
		f.formal = make(map[string]*Flag)
	}
	f.formal[name] = flag
}

func containsEq(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			return true
		}
	}
	return false
}

func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }

// sprintf formats the message, prints it to the output, and returns it.
func (f *FlagSet) sprintf(format string, a ...any) string {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// failf prints an error and the usage message, and returns the error.
func (f *FlagSet) failf(format string, a ...any) error {
	msg := f.sprintf(format, a...)
	f.usage()
	return errors.New(msg)
}

func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.defaultUsage()
	} else {
		f.Usage()
	}
}

// parseOne parses one flag and reports whether one was seen.
func (f *FlagSet) parseOne() (bool, error) {
	if len(f.args) == 0 {
		return false, nil
	}
	s := f.args[0]
	if len(s) < 2 || s[0] != '-' {
		return false, nil
	}
	numMinuses := 1
	if s[1] == '-' {
		numMinuses++
		if len(s) == 2 { // a bare "--" ends the flags
			f.args = f.args[1:]
			return false, nil
		}
	}
	name := s[numMinuses:]
	if len(name) == 0 || name[0] == '-' || name[0] == '=' {
		return false, f.failf("bad flag syntax: %s", s)
	}

	f.args = f.args[1:]
	hasValue := false
	value := ""
	for i := 1; i < len(name); i++ {
		if name[i] == '=' {
			value = name[i+1:]
			hasValue = true
			name = name[0:i]
			break
		}
	}
	flag, ok := f.formal[name]
	if !ok {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.failf("flag provided but not defined: -%s", name)
	}

	if fv, ok := flag.Value.(boolFlag); ok && fv.IsBoolFlag() {
		if hasValue {
			if err := fv.Set(value); err != nil {
				return false, f.failf("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else {
			if err := fv.Set("true"); err != nil {
				return false, f.failf("invalid boolean flag %s: %v", name, err)
			}
		}
	} else {
		if !hasValue && len(f.args) > 0 {
			hasValue = true
			value, f.args = f.args[0], f.args[1:]
		}
		if !hasValue {
			return false, f.failf("flag needs an argument: -%s", name)
		}
		if err := flag.Value.Set(value); err != nil {
			return false, f.failf("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	if f.actual == nil {
		f.actual = make(map[string]*Flag)
	}
	f.actual[name] = flag
	return true, nil
}

// Parse reads flags from arguments (without the program name) up to the first non-flag
// argument or "--"; call it after defining the flags.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		seen, err := f.parseOne()
		if seen {
			continue
		}
		if err == nil {
			break
		}
		switch f.errorHandling {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
	}
	return nil
}

func (f *FlagSet) Parsed() bool { return f.parsed }

// Parse reads the program's flags from os.Args[1:].
func Parse() {
	if len(os.Args) > 0 {
		CommandLine.Parse(os.Args[1:])
	} else {
		CommandLine.Parse(nil)
	}
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
	f := &FlagSet{name: name, errorHandling: errorHandling}
	// A closure rather than the method value f.defaultUsage: the interpreter's method values
	// currently bind a copy of *f.
	f.Usage = func() { f.defaultUsage() }
	return f
}

// Init names the set and picks its ErrorHandling.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name = name
	f.errorHandling = errorHandling
}
