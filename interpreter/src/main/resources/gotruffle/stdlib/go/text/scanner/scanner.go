// Package scanner: tokenizes UTF-8 text, by default into Go's identifiers, numbers,
// strings, characters and comments (see Mode), with Go 1.19's positions and error messages.
package scanner

import (
	"fmt"
	"io"
	"os"
	"strconv"
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

// String: "file:line:column", "<input>" standing for a missing name; no numbers when invalid.
func (pos Position) String() string {
	name := pos.Filename
	if name == "" {
		name = "<input>"
	}
	if !pos.IsValid() {
		return name
	}
	return fmt.Sprintf("%s:%d:%d", name, pos.Line, pos.Column)
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

// tokenNames: what TokenString calls the token classes.
var tokenNames = map[rune]string{
	EOF: "EOF", Ident: "Ident", Int: "Int", Float: "Float", Char: "Char", String: "String",
	RawString: "RawString", Comment: "Comment",
}

// TokenString names a token class, or quotes a character.
func TokenString(tok rune) string {
	if name, ok := tokenNames[tok]; ok {
		return name
	}
	return strconv.Quote(string(tok))
}

// GoWhitespace: tab, newline, carriage return and space; Init puts it in Whitespace.
const GoWhitespace = 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<' '

const (
	chunk      = 1024 // bytes read from the source at a time
	notPeeked  = -2   // peeked before the first character is read
	notInToken = -1   // tokStart outside a token
)

// Scanner splits UTF-8 text from an io.Reader into Go-like tokens, or hands out characters.
type Scanner struct {
	src  io.Reader
	data []byte // bytes read and still needed: the current token's and those not yet scanned
	pos  int    // index in data of the byte after the last character read
	base int    // source offset of data[0]

	line     int // of the last character read, from 1
	col      int // characters read on that line; 0 right after a newline
	prevCols int // characters on the line before, the newline included
	width    int // bytes of the last character read; 0 after EOF

	tokStart int // where the text of the token being scanned starts in data, or notInToken
	tokEnd   int // and where it ends

	peeked rune // the character read ahead: the next one Scan, Next or Peek look at

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
// Whitespace GoWhitespace; it returns s. Filename and IsIdentRune stay as they are.
func (s *Scanner) Init(src io.Reader) *Scanner {
	s.src, s.data, s.pos, s.base = src, s.data[:0], 0, 0
	s.line, s.col, s.prevCols, s.width = 1, 0, 0, 0
	s.tokStart, s.peeked = notInToken, notPeeked
	s.Error, s.ErrorCount = nil, 0
	s.Mode, s.Whitespace = GoTokens, GoWhitespace
	s.Line = 0 // no token yet
	return s
}

// fill reads from the source until data holds a whole character after pos, or the source
// ends; false: nothing is left. Bytes before the token being scanned (or before pos) go.
func (s *Scanner) fill() bool {
	for !utf8.FullRune(s.data[s.pos:]) {
		s.dropScanned()
		if cap(s.data)-len(s.data) < chunk {
			s.data = append(make([]byte, 0, 2*cap(s.data)+chunk), s.data...)
		}
		end := len(s.data)
		n, err := s.src.Read(s.data[end : end+chunk])
		s.data = s.data[:end+n]
		if err == io.EOF {
			return s.pos < len(s.data)
		}
		if err != nil {
			s.report(s.pos, err.Error()) // the token's text so far is all that was read
			return s.pos < len(s.data)
		}
	}
	return true
}

// dropScanned moves the bytes still needed to the front of data.
func (s *Scanner) dropScanned() {
	keep := s.pos
	if s.tokStart != notInToken {
		keep = s.tokStart
		s.tokStart = 0
	}
	s.data = s.data[:copy(s.data, s.data[keep:])]
	s.base += keep
	s.pos -= keep
}

// next reads one character (EOF at the end) and counts lines and columns; an invalid UTF-8
// byte and NUL are reported.
func (s *Scanner) next() rune {
	if len(s.data)-s.pos < utf8.UTFMax && !s.fill() {
		if s.width > 0 {
			s.col++ // EOF sits one column after the last character
		}
		s.width = 0
		return EOF
	}
	ch, w := rune(s.data[s.pos]), 1
	if ch >= utf8.RuneSelf {
		ch, w = utf8.DecodeRune(s.data[s.pos:])
	}
	s.pos += w
	s.width = w
	s.col++
	switch {
	case ch == utf8.RuneError && w == 1:
		s.error("invalid UTF-8 encoding")
	case ch == 0:
		s.error("invalid character NUL")
	case ch == '\n':
		s.line++
		s.prevCols, s.col = s.col, 0
	}
	return ch
}

// Next returns the following character (EOF at the end) without starting a token: Position
// becomes invalid (Pos() tells where the scanner is).
func (s *Scanner) Next() rune {
	s.tokStart = notInToken
	s.Line = 0
	ch := s.Peek()
	if ch != EOF {
		s.peeked = s.next()
	}
	return ch
}

// Peek returns the next Unicode character without advancing the scanner (EOF at the end). A
// byte order mark at the very start is skipped.
func (s *Scanner) Peek() rune {
	if s.peeked == notPeeked {
		if s.peeked = s.next(); s.peeked == '\uFEFF' {
			s.peeked = s.next()
		}
	}
	return s.peeked
}

// error reports msg with the token's text up to the character read last.
func (s *Scanner) error(msg string) { s.report(s.pos-s.width, msg) }

// report counts an error and passes it to s.Error, with the token's text ending at end, or
// prints it with the token's position (the scanner's when there is no token).
func (s *Scanner) report(end int, msg string) {
	s.tokEnd = end
	s.ErrorCount++
	if s.Error != nil {
		s.Error(s, msg)
		return
	}
	at := s.Position
	if !at.IsValid() {
		at = s.Pos()
	}
	fmt.Fprintf(os.Stderr, "%s: %s\n", at, msg)
}

func (s *Scanner) errorf(format string, args ...any) { s.error(fmt.Sprintf(format, args...)) }

// isIdentRune: ch may be the ith character of an identifier (IsIdentRune decides when set;
// else letters, '_', and digits after the first).
func (s *Scanner) isIdentRune(ch rune, i int) bool {
	if s.IsIdentRune == nil {
		return ch == '_' || unicode.IsLetter(ch) || i > 0 && unicode.IsDigit(ch)
	}
	return ch != EOF && s.IsIdentRune(ch, i)
}

// lower maps an ASCII letter to its lower case (other characters to something no letter).
func lower(ch rune) rune { return ch | ('a' - 'A') }

func isDecimal(ch rune) bool { return digitVal(ch) < 10 }
func isHex(ch rune) bool     { return digitVal(ch) < 16 }

// digitVal is ch's value as a hexadecimal digit, 16 for any other character.
func digitVal(ch rune) int {
	if '0' <= ch && ch <= '9' {
		return int(ch - '0')
	}
	if l := lower(ch); 'a' <= l && l <= 'f' {
		return int(l-'a') + 10
	}
	return 16
}

// literal is what number learned of a numeric literal so far.
type literal struct {
	base     int
	prefix   rune // 'x', 'o', 'b', '0' for an octal literal without 'o', or 0
	digits   bool // the mantissa has a digit
	seps     bool // there is a '_'
	badDigit rune // the first decimal digit too big for base, or 0
}

var literalNames = map[rune]string{
	0: "decimal literal", '0': "octal literal", 'o': "octal literal",
	'x': "hexadecimal literal", 'b': "binary literal",
}

func (lit *literal) name() string { return literalNames[lit.prefix] }

// digitRun reads the digits of base (any decimal digit for a base up to 10: the first one
// too big is kept as badDigit) and '_' from ch on; it returns the character after them and
// whether there was a digit.
func (s *Scanner) digitRun(ch rune, base int, lit *literal) (rune, bool) {
	found := false
	for ; ; ch = s.next() {
		if ch == '_' {
			lit.seps = true
			continue
		}
		d := digitVal(ch)
		if d >= 10 && (base <= 10 || d >= 16) {
			return ch, found
		}
		if d >= base && lit.badDigit == 0 {
			lit.badDigit = ch
		}
		found = true
	}
}

// number scans a numeric literal whose first character is ch (the first after the '.' of a
// literal like .5 when afterDot) and returns Int or Float and the character after it.
func (s *Scanner) number(ch rune, afterDot bool) (rune, rune) {
	lit := literal{base: 10}
	tok := rune(Int)
	var found bool
	if !afterDot {
		if ch == '0' {
			ch = s.next()
			switch p := lower(ch); p {
			case 'x', 'o', 'b':
				lit.prefix, lit.base = p, prefixBase(p)
				ch = s.next()
			default:
				lit.prefix, lit.base, lit.digits = '0', 8, true
			}
		}
		ch, found = s.digitRun(ch, lit.base, &lit)
		lit.digits = lit.digits || found
		if ch == '.' && s.Mode&ScanFloats != 0 {
			ch, afterDot = s.next(), true
		}
	}
	if afterDot {
		tok = Float
		if lit.prefix == 'o' || lit.prefix == 'b' {
			s.error("invalid radix point in " + lit.name())
		}
		ch, found = s.digitRun(ch, lit.base, &lit)
		lit.digits = lit.digits || found
	}
	if !lit.digits {
		s.error(lit.name() + " has no digits")
	}
	if e := lower(ch); (e == 'e' || e == 'p') && s.Mode&ScanFloats != 0 {
		tok, ch = Float, s.exponent(ch, &lit)
	} else if tok == Float && lit.prefix == 'x' {
		s.error("hexadecimal mantissa requires a 'p' exponent")
	}
	if tok == Int && lit.badDigit != 0 {
		s.errorf("invalid digit %q in %s", lit.badDigit, lit.name())
	}
	if lit.seps {
		s.tokEnd = s.pos - s.width
		if badSeparator(s.TokenText()) >= 0 {
			s.error("'_' must separate successive digits")
		}
	}
	return tok, ch
}

func prefixBase(p rune) int {
	switch p {
	case 'x':
		return 16
	case 'o':
		return 8
	}
	return 2
}

// exponent scans the exponent that starts with ch ('e' or 'p', either case) and returns the
// character after it.
func (s *Scanner) exponent(ch rune, lit *literal) rune {
	hexMantissa := lit.prefix == 'x'
	decimalMantissa := lit.prefix == 0 || lit.prefix == '0'
	if e := lower(ch); e == 'e' && !decimalMantissa {
		s.errorf("%q exponent requires decimal mantissa", ch)
	} else if e == 'p' && !hexMantissa {
		s.errorf("%q exponent requires hexadecimal mantissa", ch)
	}
	if ch = s.next(); ch == '+' || ch == '-' {
		ch = s.next()
	}
	ch, found := s.digitRun(ch, 10, lit)
	if !found {
		s.error("exponent has no digits")
	}
	return ch
}

// badSeparator is the index of the first '_' in the literal text that does not stand between
// two digits (a base prefix counts as a digit), or -1.
func badSeparator(text string) int {
	i, hex, afterDigit := 0, false, false
	if len(text) >= 2 && text[0] == '0' {
		switch lower(rune(text[1])) {
		case 'x':
			hex = true
			i, afterDigit = 2, true
		case 'o', 'b':
			i, afterDigit = 2, true
		}
	}
	open := -1 // a '_' not yet followed by a digit
	for ; i < len(text); i++ {
		c := rune(text[i])
		switch {
		case c == '_':
			if !afterDigit {
				return i
			}
			open, afterDigit = i, false
		case isDecimal(c) || hex && isHex(c):
			open, afterDigit = -1, true
		case open >= 0:
			return open
		default:
			afterDigit = false
		}
	}
	return open
}

// escape reads an escape sequence after its '\' and returns the character after it.
func (s *Scanner) escape(quote rune) rune {
	ch := s.next()
	base, count := 16, 0
	switch ch {
	case quote, '\\', 'a', 'b', 'f', 'n', 'r', 't', 'v':
		return s.next()
	case 'x':
		count = 2
	case 'u':
		count = 4
	case 'U':
		count = 8
	default:
		if ch < '0' || ch > '7' {
			s.error("invalid char escape")
			return ch
		}
		base, count = 8, 3
	}
	if base == 16 {
		ch = s.next() // past the letter
	}
	for ; count > 0 && digitVal(ch) < base; count-- {
		ch = s.next()
	}
	if count > 0 {
		s.error("invalid char escape")
	}
	return ch
}

// quotedBody reads a string or character literal after its opening quote through its closing
// one and returns how many characters were in between (those before the error if it is not
// terminated on its line).
func (s *Scanner) quotedBody(quote rune) int {
	n := 0
	for ch := s.next(); ch != quote; n++ {
		switch ch {
		case '\n', EOF:
			s.error("literal not terminated")
			return n
		case '\\':
			ch = s.escape(quote)
		default:
			ch = s.next()
		}
	}
	return n
}

// rawBody reads a raw string after its opening '`' through the closing one.
func (s *Scanner) rawBody() {
	ch := s.next()
	for ch != '`' && ch != EOF {
		ch = s.next()
	}
	if ch == EOF {
		s.error("literal not terminated")
	}
}

// comment reads a comment whose second character is ch ('/' or '*') and returns the character
// after it: the newline that ends a line comment, the one after "*/" for a general comment.
func (s *Scanner) comment(ch rune) rune {
	if ch == '/' {
		for ch != '\n' && ch != EOF {
			ch = s.next()
		}
		return ch
	}
	prev := rune(0)
	for ch = s.next(); ; prev, ch = ch, s.next() {
		if ch == EOF {
			s.error("comment not terminated")
			return ch
		}
		if prev == '*' && ch == '/' {
			return s.next()
		}
	}
}

// Scan returns the next token (those whose Mode bit 1<<-t is set) or Unicode character, EOF at
// the end, and sets Position to where it starts. Errors go to s.Error, or to os.Stderr.
func (s *Scanner) Scan() rune {
	ch := s.Peek()
	s.tokStart = notInToken
	s.Line = 0
	for {
		for s.Whitespace&(1<<uint(ch)) != 0 {
			ch = s.next()
		}
		s.tokStart = s.pos - s.width
		s.Offset = s.base + s.tokStart
		s.Line, s.Column = s.lineCol()
		tok, after, skipped := s.token(ch)
		if !skipped {
			s.tokEnd = s.pos - s.width
			s.peeked = after
			return tok
		}
		ch = after
	}
}

// lineCol is the line and column of the last character read (a newline is the last column of
// its line).
func (s *Scanner) lineCol() (int, int) {
	if s.col > 0 {
		return s.line, s.col
	}
	return s.line - 1, s.prevCols
}

// token scans the token that starts with ch: it returns its class (ch itself for a character
// that starts no token of the Mode), the character after it, and whether it was a comment to
// skip.
func (s *Scanner) token(ch rune) (tok, after rune, skipped bool) {
	mode := s.Mode
	switch {
	case s.isIdentRune(ch, 0):
		if mode&ScanIdents == 0 {
			return ch, s.next(), false
		}
		after = s.next()
		for i := 1; s.isIdentRune(after, i); i++ {
			after = s.next()
		}
		return Ident, after, false
	case isDecimal(ch):
		if mode&(ScanInts|ScanFloats) == 0 {
			return ch, s.next(), false
		}
		tok, after = s.number(ch, false)
		return tok, after, false
	case ch == EOF:
		return EOF, EOF, false
	case ch == '"' || ch == '\'' || ch == '`':
		return s.quoted(ch), s.next(), false
	case ch == '.':
		if after = s.next(); isDecimal(after) && mode&ScanFloats != 0 {
			tok, after = s.number(after, true)
			return tok, after, false
		}
		return ch, after, false
	case ch == '/':
		after = s.next()
		if (after != '/' && after != '*') || mode&ScanComments == 0 {
			return ch, after, false
		}
		if mode&SkipComments != 0 {
			s.tokStart = notInToken // the comment's text need not be kept
			return 0, s.comment(after), true
		}
		return Comment, s.comment(after), false
	}
	return ch, s.next(), false
}

// quoted reads the literal whose opening quote is q when the Mode asks for it and returns its
// class, else returns q.
func (s *Scanner) quoted(q rune) rune {
	switch {
	case q == '"' && s.Mode&ScanStrings != 0:
		s.quotedBody(q)
		return String
	case q == '\'' && s.Mode&ScanChars != 0:
		if s.quotedBody(q) != 1 {
			s.error("invalid char literal")
		}
		return Char
	case q == '`' && s.Mode&ScanRawStrings != 0:
		s.rawBody()
		return RawString
	}
	return q
}

// Pos returns the position right after the last character or token Next or Scan returned
// (Position holds where the last token started).
func (s *Scanner) Pos() Position {
	pos := Position{Filename: s.Filename, Offset: s.base + s.pos - s.width, Line: 1, Column: 1}
	if s.col > 0 || s.prevCols > 0 {
		pos.Line, pos.Column = s.lineCol()
	}
	return pos
}

// TokenText returns the text of the last token Scan returned (also inside s.Error).
func (s *Scanner) TokenText() string {
	if s.tokStart == notInToken {
		return ""
	}
	if s.tokEnd < s.tokStart {
		s.tokEnd = s.tokStart
	}
	return string(s.data[s.tokStart:s.tokEnd])
}
