package big

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// text renders |x| in base (2..62); digits beyond 9 are a-z, then A-Z.
func text(x []Word, base int) string

// Text formats x in base 2 to 62 (digits, then a-z, then A-Z); "<nil>" for nil.
func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	s := text(x.abs, base)
	if x.neg {
		return "-" + s
	}
	return s
}

// Append appends x.Text(base) to buf.
func (x *Int) Append(buf []byte, base int) []byte {
	return append(buf, x.Text(base)...)
}

func (x *Int) String() string { return x.Text(10) }

// intVerb is what Format does for a verb: the base, and the prefix the '#' flag adds ('O'
// always has its "0o").
type intVerb struct {
	base int
	alt  string
}

var intVerbs = map[rune]intVerb{
	'b': {2, "0b"}, 'o': {8, "0"}, 'O': {8, "0o"}, 'd': {10, ""}, 's': {10, ""}, 'v': {10, ""},
	'x': {16, "0x"}, 'X': {16, "0X"},
}

// Format implements fmt.Formatter: verbs b, o, O, d, s, v, x, X with the flags +, space, #,
// 0, -, width and precision (minimum digits).
func (x *Int) Format(s fmt.State, ch rune) {
	verb, known := intVerbs[ch]
	switch {
	case !known:
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	case x == nil:
		fmt.Fprint(s, "<nil>")
		return
	}
	prefix := ""
	if ch == 'O' || s.Flag('#') {
		prefix = verb.alt
	}
	digits := text(x.abs, verb.base)
	if ch == 'X' {
		digits = strings.ToUpper(digits)
	}
	io.WriteString(s, padded(s, signOf(x, s), prefix, digits))
}

// signOf is the sign Format writes: '-', or '+' or ' ' when those flags ask for one.
func signOf(x *Int, s fmt.State) string {
	switch {
	case x.neg:
		return "-"
	case s.Flag('+'):
		return "+"
	case s.Flag(' '):
		return " "
	}
	return ""
}

// padded lays out a formatted integer as fmt does: the precision is a minimum number of
// digits (zero with precision 0 is nothing at all); the width pads with spaces before, after
// ('-' flag), or with zeros after the prefix ('0' flag, unless a precision is given).
func padded(s fmt.State, sign, prefix, digits string) string {
	zeros := 0
	prec, hasPrec := s.Precision()
	if hasPrec {
		if prec == 0 && digits == "0" {
			return ""
		}
		zeros = max0(prec - len(digits))
	}
	before, after := 0, 0
	if width, hasWidth := s.Width(); hasWidth {
		gap := max0(width - len(sign) - len(prefix) - zeros - len(digits))
		switch {
		case s.Flag('-'):
			after = gap
		case s.Flag('0') && !hasPrec:
			zeros += gap
		default:
			before = gap
		}
	}
	return strings.Repeat(" ", before) + sign + prefix + strings.Repeat("0", zeros) + digits + strings.Repeat(" ", after)
}

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

var (
	errNoDigits = errors.New("number has no digits")
	errInvalSep = errors.New("'_' must separate successive digits")
)

// scan reads an optionally signed integer in base (0: Go's prefixes and '_' separators) from r,
// leaving r after the last byte that belongs to the number.
func (z *Int) scan(r io.ByteScanner, base int) (*Int, int, error) {
	neg, err := scanSign(r)
	if err != nil {
		return nil, 0, err
	}
	abs, base, err := scanNat(r, base)
	z.abs = abs // as in Go, even a failed parse leaves what it read (0 without digits)
	if err != nil {
		return nil, base, err
	}
	z.neg = len(abs) > 0 && neg
	return z, base, nil
}

// scanSign reads an optional '+' or '-' and reports a '-'.
func scanSign(r io.ByteScanner) (neg bool, err error) {
	ch, err := r.ReadByte()
	if err != nil {
		return false, err
	}
	if ch != '+' && ch != '-' {
		r.UnreadByte() // the number itself starts here
	}
	return ch == '-', nil
}

func scanNat(r io.ByteScanner, base int) ([]Word, int, error) {
	if base != 0 && (base < 2 || base > MaxBase) {
		panic(fmt.Sprintf("invalid number base %d", base))
	}
	sc := natScanner{base: base, literal: base == 0}
	ch, err := r.ReadByte()
	if sc.literal {
		sc.base = 10
		if err == nil && ch == '0' {
			ch, err = sc.leadingZero(r)
		}
	}
	for ; err == nil; ch, err = r.ReadByte() {
		if !sc.take(ch) {
			r.UnreadByte() // not part of the number
			break
		}
	}
	if err == io.EOF {
		err = nil
	}
	if err == nil && (sc.badSep || sc.lastSep) {
		err = errInvalSep
	}
	switch {
	case sc.count > 0:
	case sc.octalZero: // "0" then something else: the number 0, read in base 10
		return nil, 10, err
	default:
		err = errNoDigits
	}
	return fromDigits(sc.digits, sc.base), sc.base, err
}

// natScanner collects the digit values of scanNat. In Go literal syntax (base 0) a '_' must
// stand between digits (the prefix counts as one); badSep records where it does not.
type natScanner struct {
	base       int
	literal    bool
	octalZero  bool // a leading 0 that made the number octal
	count      int  // digits read (the leading 0 of a lone "0" included)
	digits     []byte
	afterDigit bool // the last byte was a digit (or a prefix), so '_' may follow
	badSep     bool // a '_' followed something other than a digit
	lastSep    bool // the number ends with '_'
}

// leadingZero reads past a literal's leading '0' and the base letter after it, if any, and
// returns the next byte.
func (sc *natScanner) leadingZero(r io.ByteScanner) (byte, error) {
	sc.afterDigit = true
	ch, err := r.ReadByte()
	if err != nil {
		sc.count = 1 // "0" alone
		return ch, err
	}
	switch ch {
	case 'b', 'B':
		sc.base = 2
	case 'o', 'O':
		sc.base = 8
	case 'x', 'X':
		sc.base = 16
	default:
		sc.base, sc.octalZero = 8, true
		return ch, nil // ch is the first octal digit (or the end)
	}
	return r.ReadByte()
}

// take adds ch to the number, or reports that the number ended before it.
func (sc *natScanner) take(ch byte) bool {
	if ch == '_' && sc.literal {
		sc.badSep = sc.badSep || !sc.afterDigit
		sc.afterDigit, sc.lastSep = false, true
		return true
	}
	d := digitValue(ch, sc.base)
	if d >= sc.base {
		return false
	}
	sc.digits = append(sc.digits, byte(d))
	sc.count++
	sc.afterDigit, sc.lastSep = true, false
	return true
}

// digitValue is ch's value as a digit: 0-9, then a-z from 10, then A-Z (from 10 again in
// bases up to 36, from 36 above); MaxBase+1 for anything else.
func digitValue(ch byte, base int) int {
	switch {
	case '0' <= ch && ch <= '9':
		return int(ch - '0')
	case 'a' <= ch && ch <= 'z':
		return int(ch-'a') + 10
	case 'A' <= ch && ch <= 'Z' && base <= 36:
		return int(ch-'A') + 10
	case 'A' <= ch && ch <= 'Z':
		return int(ch-'A') + 36
	}
	return MaxBase + 1
}

// fromDigits is the number whose digit values (most significant first) are in base.
func fromDigits(digits []byte, base int) []Word

// SetString parses s (optional sign, digits of base; base 0 takes Go's literal prefixes
// and '_') into z: (z, true), or (nil, false) when not all of s is a number.
func (z *Int) SetString(s string, base int) (*Int, bool) {
	return z.setFromScanner(strings.NewReader(s), base)
}

func (z *Int) setFromScanner(r io.ByteScanner, base int) (*Int, bool) {
	if _, _, err := z.scan(r, base); err != nil {
		return nil, false
	}
	if _, err := r.ReadByte(); err != io.EOF {
		return nil, false
	}
	return z, true
}

// byteReader reads the bytes of a fmt.ScanState.
type byteReader struct {
	fmt.ScanState
}

func (r byteReader) ReadByte() (byte, error) {
	ch, size, err := r.ReadRune()
	if size != 1 && err == nil {
		err = fmt.Errorf("invalid rune %#U", ch)
	}
	return byte(ch), err
}

func (r byteReader) UnreadByte() error { return r.UnreadRune() }

// Scan implements fmt.Scanner (verbs b, o, d, x, X, s, v).
func (z *Int) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	base, ok := scanBases[ch]
	if !ok {
		return errors.New("Int.Scan: invalid verb")
	}
	_, _, err := z.scan(byteReader{s}, base)
	return err
}

// scanBases is the base each verb Scan knows reads in; 0 takes Go's literal prefixes.
var scanBases = map[rune]int{'b': 2, 'o': 8, 'd': 10, 'x': 16, 'X': 16, 's': 0, 'v': 0}

func (x *Int) MarshalText() (text []byte, err error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return []byte(x.Text(10)), nil
}

func (z *Int) UnmarshalText(text []byte) error {
	if _, ok := z.setFromScanner(bytes.NewReader(text), 0); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Int", text)
	}
	return nil
}

func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return x.MarshalText()
}

func (z *Int) UnmarshalJSON(text []byte) error {
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}
