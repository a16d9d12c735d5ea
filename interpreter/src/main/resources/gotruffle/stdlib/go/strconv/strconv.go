// Package strconv: numbers, booleans and quoted strings to and from text. Parsing,
// formatting and quoting are Java natives (gotruffle.stdlib.text); errors are built here.
package strconv

import "errors"

// IntSize: bits in an int (64 here).
const IntSize = 64

// ErrRange: the number does not fit the requested size.
var ErrRange = errors.New("value out of range")

// ErrSyntax: the text is not a number (or bool, or quoted string) at all.
var ErrSyntax = errors.New("invalid syntax")

// NumError: Func could not convert Num, for reason Err.
type NumError struct {
	Func string // which function failed, e.g. "ParseInt"
	Num  string // the input
	Err  error  // why: ErrRange, ErrSyntax or another error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Error kinds reported by the parsing natives.
const (
	errNone = iota
	errSyntax
	errRange
	errBase
	errBitSize
)

func numError(fn, num string, kind, detail int) error {
	var err error
	switch kind {
	case errSyntax:
		err = ErrSyntax
	case errRange:
		err = ErrRange
	case errBase:
		err = errors.New("invalid base " + Itoa(detail))
	case errBitSize:
		err = errors.New("invalid bit size " + Itoa(detail))
	}
	return &NumError{fn, num, err}
}

func parseInt(s string, base int, bitSize int) (v int64, kind int, fn string, num string, detail int)
func parseUint(s string, base int, bitSize int) (v uint64, kind int, fn string, num string, detail int)
func atoi(s string) (v int, kind int, fn string, num string, detail int)
func parseFloat(s string, bitSize int) (v float64, kind int, fn string, num string, detail int)

// ParseInt parses s as a signed integer in base (0 for Go's prefixes, or 2 to 36) that fits in bitSize bits (0: int).
func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, kind, fn, num, detail := parseInt(s, base, bitSize)
	if kind != errNone {
		return v, numError(fn, num, kind, detail)
	}
	return v, nil
}

// ParseUint is ParseInt without a sign.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, kind, fn, num, detail := parseUint(s, base, bitSize)
	if kind != errNone {
		return v, numError(fn, num, kind, detail)
	}
	return v, nil
}

// Atoi parses a decimal int: ParseInt(s, 10, 0).
func Atoi(s string) (int, error) {
	v, kind, fn, num, detail := atoi(s)
	if kind != errNone {
		return v, numError(fn, num, kind, detail)
	}
	return v, nil
}

// ParseFloat parses s as a float that is then rounded to bitSize (32 or 64) bits.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, kind, fn, num, detail := parseFloat(s, bitSize)
	if kind != errNone {
		return v, numError(fn, num, kind, detail)
	}
	return v, nil
}

// ParseBool accepts 1, t, T, TRUE, true, True and their false counterparts.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool spells b as "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// Itoa formats i in decimal.
func Itoa(i int) string { return FormatInt(int64(i), 10) }

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }
func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }
func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

func AppendQuote(dst []byte, s string) []byte              { return append(dst, Quote(s)...) }
func AppendQuoteToASCII(dst []byte, s string) []byte       { return append(dst, QuoteToASCII(s)...) }
func AppendQuoteToGraphic(dst []byte, s string) []byte     { return append(dst, QuoteToGraphic(s)...) }
func AppendQuoteRune(dst []byte, r rune) []byte            { return append(dst, QuoteRune(r)...) }
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte     { return append(dst, QuoteRuneToASCII(r)...) }
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte   { return append(dst, QuoteRuneToGraphic(r)...) }

func unquote(s string) (string, bool)
func quotedPrefix(s string) (string, bool)
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)

// Unquote evaluates s as a Go literal in single, double or back quotes.
func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// QuotedPrefix is the quoted literal that s starts with (Unquote's syntax).
func QuotedPrefix(s string) (string, error) {
	out, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// UnquoteChar decodes one (possibly escaped) character at the start of s inside a literal quoted with quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, tail, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, tail, nil
}
