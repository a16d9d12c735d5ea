// Package scanner: tokenizes UTF-8 text, by default into Go's identifiers, numbers,
// strings, characters and comments (see Mode), with Go 1.19's positions and error messages.
package scanner

import (
	"fmt"
	"io"
	"os"
	"unicode"
	"unicode/utf8"
)

// Position is a place in the source; it is valid when Line > 0.
type Position struct {
	Filename string // filename, if any
	Offset   int    // from 0, in bytes
	Line     int    // from 1
	Column   int    // from 1, in characters
}

// IsValid: the position has a line number.
func (pos *Position) IsValid() bool { return pos.Line > 0 }

func (pos Position) String() string {
	s := pos.Filename
	if s == "" {
		s = "<input>"
	}
	if pos.IsValid() {
		s += fmt.Sprintf(":%d:%d", pos.Line, pos.Column)
	}
	return s
}

// Mode bits: which token classes Scan recognizes.
const (
	ScanIdents     = 1 << -Ident
	ScanInts       = 1 << -Int
	ScanFloats     = 1 << -Float // hex floats and integers too
	ScanChars      = 1 << -Char
	ScanStrings    = 1 << -String
	ScanRawStrings = 1 << -RawString
	ScanComments   = 1 << -Comment
	SkipComments   = 1 << -skipComment // with ScanComments: comments count as blanks
	GoTokens       = ScanIdents | ScanFloats | ScanChars | ScanStrings | ScanRawStrings | ScanComments | SkipComments
)

// Token classes Scan returns; any other value is the character itself.
const (
	EOF = -(iota + 1)
	Ident
	Int
	Float
	Char
	String
	RawString
	Comment

	skipComment // internal use only
)

var tokenString = map[rune]string{
	EOF: "EOF", Ident: "Ident", Int: "Int", Float: "Float", Char: "Char", String: "String",
	RawString: "RawString", Comment: "Comment",
}

// TokenString names a token class, or quotes a character.
func TokenString(tok rune) string {
	if s, ok := tokenString[tok]; ok {
		return s
	}
	return fmt.Sprintf("%q", string(tok))
}

// GoWhitespace: tab, newline, carriage return and space; Init puts it in Whitespace.
const GoWhitespace = 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<' '

const chunk = 1024 // bytes read from the source at a time

// Scanner splits UTF-8 text from an io.Reader into Go-like tokens, or hands out characters.
type Scanner struct {
	src  io.Reader
	data []byte // bytes read and still needed: the current token's and those not yet scanned
	pos  int    // index in data of the next byte to scan
	base int    // source offset of data[0]

	line        int // line count
	column      int // character count
	lastLineLen int // characters on the previous line, for Column
	lastCharLen int // bytes of the previous character

	tokPos int // start of the token text in data; valid if >= 0
	tokEnd int // its end

	ch rune // character before the current position (one character look-ahead)

	// Error receives each error; when nil, errors are printed to os.Stderr.
	Error func(s *Scanner, msg string)

	// ErrorCount: errors seen so far.
	ErrorCount int

	// Mode selects the token classes to recognize.
	Mode uint

	// Whitespace: bit c set means character c (< 64) is skipped between tokens.
	Whitespace uint64

	// IsIdentRune, if set, decides which characters may be the ith of an identifier.
	IsIdentRune func(ch rune, i int) bool

	// Position is where the last token Scan returned starts (Scan leaves Filename alone).
	Position
}

// Init makes s read src, with no Error function, ErrorCount 0, Mode GoTokens and
// Whitespace GoWhitespace; it returns s.
func (s *Scanner) Init(src io.Reader) *Scanner {
	s.src = src
	s.data, s.pos, s.base = s.data[:0], 0, 0
	s.line, s.column, s.lastLineLen, s.lastCharLen = 1, 0, 0, 0
	s.tokPos = -1
	s.ch = -2 // nothing read, not at EOF either
	s.Error = nil
	s.ErrorCount = 0
	s.Mode = GoTokens
	s.Whitespace = GoWhitespace
	s.Line = 0 // no token position yet
	return s
}

// fill reads more of the source until a whole character is available (or the source ends):
// it reports false at the end of the source with nothing left.
func (s *Scanner) fill() bool {
	for !utf8.FullRune(s.data[s.pos:]) {
		keep := s.pos
		if s.tokPos >= 0 {
			keep = s.tokPos
		}
		rest := copy(s.data, s.data[keep:])
		s.data = s.data[:rest]
		s.base += keep
		s.pos -= keep
		if s.tokPos >= 0 {
			s.tokPos = 0
		}
		if cap(s.data)-len(s.data) < chunk {
			s.data = append(make([]byte, 0, 2*cap(s.data)+chunk), s.data...)
		}
		n, err := s.src.Read(s.data[len(s.data) : len(s.data)+chunk])
		s.data = s.data[:len(s.data)+n]
		if err != nil {
			if err != io.EOF {
				s.error(err.Error())
			}
			return s.pos < len(s.data)
		}
	}
	return true
}

// next decodes the following character from the input (EOF at the end).
func (s *Scanner) next() rune {
	if s.pos+utf8.UTFMax > len(s.data) && !s.fill() {
		if s.lastCharLen > 0 {
			s.column++
		}
		s.lastCharLen = 0
		return EOF
	}
	ch, width := rune(s.data[s.pos]), 1
	if ch >= utf8.RuneSelf {
		ch, width = utf8.DecodeRune(s.data[s.pos:])
		if ch == utf8.RuneError && width == 1 {
			s.pos += width
			s.lastCharLen = width
			s.column++
			s.error("invalid UTF-8 encoding")
			return ch
		}
	}
	s.pos += width
	s.lastCharLen = width
	s.column++
	switch ch {
	case 0:
		s.error("invalid character NUL")
	case '\n':
		s.line++
		s.lastLineLen = s.column
		s.column = 0
	}
	return ch
}

// Next returns the following character (EOF at the end) without starting a token: Position
// stays as it was (Pos() tells where the scanner is).
func (s *Scanner) Next() rune {
	s.tokPos = -1 // not inside a token
	s.Line = 0    // no token position yet
	ch := s.Peek()
	if ch != EOF {
		s.ch = s.next()
	}
	return ch
}

// Peek returns the next Unicode character without advancing the scanner (EOF at the end).
func (s *Scanner) Peek() rune {
	if s.ch == -2 {
		s.ch = s.next()
		if s.ch == '\uFEFF' {
			s.ch = s.next() // ignore BOM
		}
	}
	return s.ch
}

func (s *Scanner) error(msg string) {
	s.tokEnd = s.pos - s.lastCharLen // the token ends before the lookahead character
	s.ErrorCount++
	if s.Error != nil {
		s.Error(s, msg)
		return
	}
	pos := s.Position
	if !pos.IsValid() {
		pos = s.Pos()
	}
	fmt.Fprintf(os.Stderr, "%s: %s\n", pos, msg)
}

func (s *Scanner) errorf(format string, args ...any) { s.error(fmt.Sprintf(format, args...)) }

func (s *Scanner) isIdentRune(ch rune, i int) bool {
	if s.IsIdentRune != nil {
		return ch != EOF && s.IsIdentRune(ch, i)
	}
	return ch == '_' || unicode.IsLetter(ch) || unicode.IsDigit(ch) && i > 0
}

func (s *Scanner) scanIdentifier() rune {
	ch := s.next()
	for i := 1; s.isIdentRune(ch, i); i++ {
		ch = s.next()
	}
	return ch
}

func lower(ch rune) rune     { return ('a' - 'A') | ch } // lower-case ch iff ch is an ASCII letter
func isDecimal(ch rune) bool { return '0' <= ch && ch <= '9' }
func isHex(ch rune) bool     { return '0' <= ch && ch <= '9' || 'a' <= lower(ch) && lower(ch) <= 'f' }

// digits scans digits of the base and '_' separators from ch on. For bases up to 10 every
// decimal digit is taken, the first one too large for the base kept in *invalid. It returns
// the first character after them and which kinds it saw: bit 0 digits, bit 1 separators.
func (s *Scanner) digits(ch rune, base int, invalid *rune) (rune, int) {
	digsep := 0
	for {
		switch {
		case ch == '_':
			digsep |= 2
		case base <= 10 && isDecimal(ch):
			if ch >= rune('0'+base) && *invalid == 0 {
				*invalid = ch
			}
			digsep |= 1
		case base > 10 && isHex(ch):
			digsep |= 1
		default:
			return ch, digsep
		}
		ch = s.next()
	}
}

func (s *Scanner) scanNumber(ch rune, seenDot bool) (rune, rune) {
	base := 10         // number base
	prefix := rune(0)  // 0 decimal, '0' old octal, or 'x', 'o', 'b'
	digsep := 0        // bit 1: saw a digit; bit 2: saw a '_'
	invalid := rune(0) // first digit too big for the base, or 0
	tok := rune(Int)
	var ds int

	if !seenDot {
		if ch == '0' {
			ch = s.next()
			switch lower(ch) {
			case 'x':
				ch = s.next()
				base, prefix = 16, 'x'
			case 'o':
				ch = s.next()
				base, prefix = 8, 'o'
			case 'b':
				ch = s.next()
				base, prefix = 2, 'b'
			default:
				base, prefix = 8, '0'
				digsep = 1 // leading 0
			}
		}
		ch, ds = s.digits(ch, base, &invalid)
		digsep |= ds
		if ch == '.' && s.Mode&ScanFloats != 0 {
			ch = s.next()
			seenDot = true
		}
	}

	if seenDot {
		tok = Float
		if prefix == 'o' || prefix == 'b' {
			s.error("invalid radix point in " + litname(prefix))
		}
		ch, ds = s.digits(ch, base, &invalid)
		digsep |= ds
	}
	if digsep&1 == 0 {
		s.error(litname(prefix) + " has no digits")
	}

	if e := lower(ch); (e == 'e' || e == 'p') && s.Mode&ScanFloats != 0 {
		switch {
		case e == 'e' && prefix != 0 && prefix != '0':
			s.errorf("%q exponent requires decimal mantissa", ch)
		case e == 'p' && prefix != 'x':
			s.errorf("%q exponent requires hexadecimal mantissa", ch)
		}
		ch = s.next()
		tok = Float
		if ch == '+' || ch == '-' {
			ch = s.next()
		}
		var none rune
		ch, ds = s.digits(ch, 10, &none)
		digsep |= ds
		if ds&1 == 0 {
			s.error("exponent has no digits")
		}
	} else if prefix == 'x' && tok == Float {
		s.error("hexadecimal mantissa requires a 'p' exponent")
	}

	if tok == Int && invalid != 0 {
		s.errorf("invalid digit %q in %s", invalid, litname(prefix))
	}
	if digsep&2 != 0 {
		s.tokEnd = s.pos - s.lastCharLen // the token ends before the lookahead character
		if i := invalidSep(s.TokenText()); i >= 0 {
			s.error("'_' must separate successive digits")
		}
	}
	return tok, ch
}

func litname(prefix rune) string {
	switch prefix {
	case 'x':
		return "hexadecimal literal"
	case 'o', '0':
		return "octal literal"
	case 'b':
		return "binary literal"
	}
	return "decimal literal"
}

// invalidSep is the index of the first misplaced '_' in x, or -1 when all are fine.
func invalidSep(x string) int {
	x1 := ' ' // the previous character, if it was an 'x'
	d := '.'  // class of the previous character: '_', '0' digit, '.' other
	i := 0

	if len(x) >= 2 && x[0] == '0' {
		x1 = lower(rune(x[1]))
		if x1 == 'x' || x1 == 'o' || x1 == 'b' {
			d = '0'
			i = 2
		}
	}

	for ; i < len(x); i++ {
		p := d // previous digit
		d = rune(x[i])
		switch {
		case d == '_':
			if p != '0' {
				return i
			}
		case isDecimal(d) || x1 == 'x' && isHex(d):
			d = '0'
		default:
			if p == '_' {
				return i - 1
			}
			d = '.'
		}
	}
	if d == '_' {
		return len(x) - 1
	}
	return -1
}

func digitVal(ch rune) int {
	switch {
	case '0' <= ch && ch <= '9':
		return int(ch - '0')
	case 'a' <= lower(ch) && lower(ch) <= 'f':
		return int(lower(ch) - 'a' + 10)
	}
	return 16 // above every digit of every base
}

func (s *Scanner) scanDigits(ch rune, base, n int) rune {
	for ; n > 0 && digitVal(ch) < base; n-- {
		ch = s.next()
	}
	if n > 0 {
		s.error("invalid char escape")
	}
	return ch
}

func (s *Scanner) scanEscape(quote rune) rune {
	ch := s.next() // the character following the '/'
	switch ch {
	case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', quote:
		return s.next()
	case '0', '1', '2', '3', '4', '5', '6', '7':
		return s.scanDigits(ch, 8, 3)
	case 'x':
		return s.scanDigits(s.next(), 16, 2)
	case 'u':
		return s.scanDigits(s.next(), 16, 4)
	case 'U':
		return s.scanDigits(s.next(), 16, 8)
	}
	s.error("invalid char escape")
	return ch
}

// scanString scans up to the closing quote and returns the number of characters in between.
func (s *Scanner) scanString(quote rune) (n int) {
	ch := s.next() // the character following the quote
	for ; ch != quote; n++ {
		if ch == '\n' || ch < 0 {
			s.error("literal not terminated")
			return
		}
		if ch == '\\' {
			ch = s.scanEscape(quote)
		} else {
			ch = s.next()
		}
	}
	return
}

func (s *Scanner) scanRawString() {
	for ch := s.next(); ch != '`'; ch = s.next() {
		if ch < 0 {
			s.error("literal not terminated")
			return
		}
	}
}

func (s *Scanner) scanChar() {
	if s.scanString('\'') != 1 {
		s.error("invalid char literal")
	}
}

func (s *Scanner) scanComment(ch rune) rune {
	if ch == '/' {
		for ch = s.next(); ch != '\n' && ch >= 0; ch = s.next() {
		}
		return ch
	}
	// a /* */ comment
	ch = s.next() // the character following "/*"
	for {
		if ch < 0 {
			s.error("comment not terminated")
			return ch
		}
		ch0 := ch
		ch = s.next()
		if ch0 == '*' && ch == '/' {
			return s.next()
		}
	}
}

// Scan returns the next token (those whose Mode bit 1<<-t is set) or Unicode character, EOF at
// the end, and sets Position to where it starts. Errors go to s.Error, or to os.Stderr.
func (s *Scanner) Scan() rune {
	ch := s.Peek()

	s.tokPos = -1
	s.Line = 0

redo:
	for s.Whitespace&(1<<uint(ch)) != 0 {
		ch = s.next()
	}

	// the token starts at the character in s.ch
	s.tokPos = s.pos - s.lastCharLen

	s.Offset = s.base + s.tokPos
	if s.column > 0 {
		s.Line = s.line
		s.Column = s.column
	} else {
		// just after a newline: the end of the previous line
		s.Line = s.line - 1
		s.Column = s.lastLineLen
	}

	tok := ch
	switch {
	case s.isIdentRune(ch, 0):
		if s.Mode&ScanIdents != 0 {
			tok = Ident
			ch = s.scanIdentifier()
		} else {
			ch = s.next()
		}
	case isDecimal(ch):
		if s.Mode&(ScanInts|ScanFloats) != 0 {
			tok, ch = s.scanNumber(ch, false)
		} else {
			ch = s.next()
		}
	default:
		switch ch {
		case EOF:
			break
		case '"':
			if s.Mode&ScanStrings != 0 {
				s.scanString('"')
				tok = String
			}
			ch = s.next()
		case '\'':
			if s.Mode&ScanChars != 0 {
				s.scanChar()
				tok = Char
			}
			ch = s.next()
		case '.':
			ch = s.next()
			if isDecimal(ch) && s.Mode&ScanFloats != 0 {
				tok, ch = s.scanNumber(ch, true)
			}
		case '/':
			ch = s.next()
			if (ch == '/' || ch == '*') && s.Mode&ScanComments != 0 {
				if s.Mode&SkipComments != 0 {
					s.tokPos = -1 // not inside a token
					ch = s.scanComment(ch)
					goto redo
				}
				ch = s.scanComment(ch)
				tok = Comment
			}
		case '`':
			if s.Mode&ScanRawStrings != 0 {
				s.scanRawString()
				tok = RawString
			}
			ch = s.next()
		default:
			ch = s.next()
		}
	}

	s.tokEnd = s.pos - s.lastCharLen

	s.ch = ch
	return tok
}

// Pos returns the position right after the last character or token Next or Scan returned
// (Position holds where the last token started).
func (s *Scanner) Pos() (pos Position) {
	pos.Filename = s.Filename
	pos.Offset = s.base + s.pos - s.lastCharLen
	switch {
	case s.column > 0:
		pos.Line = s.line
		pos.Column = s.column
	case s.lastLineLen > 0:
		pos.Line = s.line - 1
		pos.Column = s.lastLineLen
	default:
		pos.Line = 1
		pos.Column = 1
	}
	return
}

// TokenText returns the text of the last token Scan returned (also inside s.Error).
func (s *Scanner) TokenText() string {
	if s.tokPos < 0 {
		return ""
	}
	if s.tokEnd < s.tokPos {
		s.tokEnd = s.tokPos
	}
	return string(s.data[s.tokPos:s.tokEnd])
}
