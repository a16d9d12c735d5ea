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

// Format implements fmt.Formatter: verbs b, o, O, d, s, v, x, X with the flags +, space, #,
// 0, -, width and precision (minimum digits).
func (x *Int) Format(s fmt.State, ch rune) {
	var base int
	switch ch {
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 's', 'v':
		base = 10
	case 'x', 'X':
		base = 16
	default:
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	sign := ""
	switch {
	case x.neg:
		sign = "-"
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	prefix := ""
	if s.Flag('#') {
		switch ch {
		case 'b':
			prefix = "0b"
		case 'o':
			prefix = "0"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if ch == 'O' {
		prefix = "0o"
	}
	digits := text(x.abs, base)
	if ch == 'X' {
		digits = strings.ToUpper(digits)
	}
	var left, zeros, right int
	precision, precisionSet := s.Precision()
	if precisionSet {
		switch {
		case len(digits) < precision:
			zeros = precision - len(digits)
		case digits == "0" && precision == 0:
			return // nothing for 0 with precision 0
		}
	}
	length := len(sign) + len(prefix) + zeros + len(digits)
	if width, widthSet := s.Width(); widthSet && length < width {
		switch d := width - length; {
		case s.Flag('-'):
			right = d
		case s.Flag('0') && !precisionSet:
			zeros = d
		default:
			left = d
		}
	}
	io.WriteString(s, strings.Repeat(" ", left)+sign+prefix+strings.Repeat("0", zeros)+digits+strings.Repeat(" ", right))
}

var (
	errNoDigits = errors.New("number has no digits")
	errInvalSep = errors.New("'_' must separate successive digits")
)

// scan reads an optionally signed integer in base (0: Go's prefixes and '_' separators) from r,
// leaving r after the last byte that belongs to the number.
func (z *Int) scan(r io.ByteScanner, base int) (*Int, int, error) {
	neg := false
	ch, err := r.ReadByte()
	if err != nil {
		return nil, 0, err
	}
	switch ch {
	case '-':
		neg = true
	case '+':
	default:
		r.UnreadByte()
	}
	abs, base, err := scanNat(r, base)
	if err != nil {
		return nil, base, err
	}
	z.abs = abs
	z.neg = len(abs) > 0 && neg
	return z, base, nil
}

func scanNat(r io.ByteScanner, base int) ([]Word, int, error) {
	if base != 0 && (base < 2 || base > MaxBase) {
		panic(fmt.Sprintf("invalid number base %d", base))
	}
	prev := '.'
	invalSep := false
	ch, err := r.ReadByte()
	b, prefix := base, 0
	count := 0
	if base == 0 {
		b = 10
		if err == nil && ch == '0' {
			prev = '0'
			count = 1
			ch, err = r.ReadByte()
			if err == nil {
				switch ch {
				case 'b', 'B':
					b, prefix = 2, 'b'
				case 'o', 'O':
					b, prefix = 8, 'o'
				case 'x', 'X':
					b, prefix = 16, 'x'
				default:
					b, prefix = 8, '0'
				}
				if prefix != 0 {
					count = 0 // the prefix is not a digit
					if prefix != '0' {
						ch, err = r.ReadByte()
					}
				}
			}
		}
	}
	var digits []byte
	for err == nil {
		if ch == '_' && base == 0 {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
		} else {
			d := byte(MaxBase + 1)
			switch {
			case '0' <= ch && ch <= '9':
				d = ch - '0'
			case 'a' <= ch && ch <= 'z':
				d = ch - 'a' + 10
			case 'A' <= ch && ch <= 'Z':
				if b <= 36 {
					d = ch - 'A' + 10
				} else {
					d = ch - 'A' + 36
				}
			}
			if int(d) >= b {
				r.UnreadByte()
				break
			}
			prev = '0'
			count++
			digits = append(digits, d)
		}
		ch, err = r.ReadByte()
	}
	if err == io.EOF {
		err = nil
	}
	if err == nil && (invalSep || prev == '_') {
		err = errInvalSep
	}
	if count == 0 {
		if prefix == '0' {
			return nil, 10, err
		}
		err = errNoDigits
	}
	return fromDigits(digits, b), b, err
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
	base := 0
	switch ch {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'd':
		base = 10
	case 'x', 'X':
		base = 16
	case 's', 'v':
	default:
		return errors.New("Int.Scan: invalid verb")
	}
	_, _, err := z.scan(byteReader{s}, base)
	return err
}

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
	return []byte(x.Text(10)), nil
}

func (z *Int) UnmarshalJSON(text []byte) error {
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}
