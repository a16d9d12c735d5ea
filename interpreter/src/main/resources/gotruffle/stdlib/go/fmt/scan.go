// Scanning: the Scan, Scanln, Scanf families over any io.Reader, with Go 1.19's rules for
// spaces, newlines, verbs and error values. Readers without ReadRune are read one byte at a
// time (so nothing of os.Stdin is consumed beyond what a call needs, except one rune of
// lookahead that Go also loses).
//
// A scan runs on a scanState; any failure panics with a scanFailure that the entry points
// (and ScanState.Token, for custom Scanners) turn back into the returned error.
package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState is what a custom Scanner sees of the scanner.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values with their own Scan method.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

func Scan(a ...any) (n int, err error)   { return Fscan(os.Stdin, a...) }
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// stringSource serves a string through Read only, so strings are read rune by rune through
// byteRunes exactly like any other plain reader.
type stringSource struct{ rest string }

func (r *stringSource) Read(b []byte) (int, error) {
	if r.rest == "" {
		return 0, io.EOF
	}
	n := copy(b, r.rest)
	r.rest = r.rest[n:]
	return n, nil
}

func Sscan(str string, a ...any) (n int, err error)   { return Fscan(&stringSource{str}, a...) }
func Sscanln(str string, a ...any) (n int, err error) { return Fscanln(&stringSource{str}, a...) }
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringSource{str}, format, a...)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return startScan(r, spacesOnly).operands(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return startScan(r, lineEnds).operands(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return startScan(r, formatDecides).formatted(format, a)
}

// byteRunes decodes UTF-8 from a reader that has no ReadRune, one byte per Read call. Bytes
// read past an invalid sequence wait in held for the next runes. One rune can be pushed back;
// before the first read that rune is U+0000, as in Go.
type byteRunes struct {
	src    io.Reader
	one    []byte
	held   []byte
	last   rune
	pushed bool
}

func (b *byteRunes) nextByte() (byte, error) {
	if len(b.held) > 0 {
		c := b.held[0]
		b.held = b.held[1:]
		return c, nil
	}
	if n, err := io.ReadFull(b.src, b.one); n != 1 {
		return 0, err
	}
	return b.one[0], nil
}

func (b *byteRunes) ReadRune() (rune, int, error) {
	if b.pushed {
		b.pushed = false
		return b.last, utf8.RuneLen(b.last), nil
	}
	first, err := b.nextByte()
	if err != nil {
		return 0, 0, err
	}
	if first < utf8.RuneSelf {
		b.last = rune(first)
		return b.last, 1, nil
	}
	seq := []byte{first}
	for !utf8.FullRune(seq) {
		c, err := b.nextByte()
		if err == io.EOF {
			break // decode what there is: a cut sequence is U+FFFD
		}
		if err != nil {
			return 0, 0, err
		}
		seq = append(seq, c)
	}
	r, size := utf8.DecodeRune(seq)
	b.held = append(b.held, seq[size:]...)
	b.last = r
	return r, size, nil
}

func (b *byteRunes) UnreadRune() error {
	if b.pushed {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	b.pushed = true
	return nil
}

// newline handling of a scan
const (
	spacesOnly    = iota // Scan: a newline is a space
	lineEnds             // Scanln: a newline ends the input
	formatDecides        // Scanf: newlines must match the format's
)

const (
	endOfInput = -1      // what next returns at the end of the input (or of a width)
	noLimit    = 1 << 30 // no width given
)

var (
	errBool    = errors.New("syntax error scanning boolean")
	errComplex = errors.New("syntax error scanning complex number")
)

type scanFailure struct{ err error }

// scanState implements ScanState for one call of the Scan functions.
type scanState struct {
	in       io.RuneScanner
	tok      []byte // text of the operand being read
	consumed int    // runes read so far
	ended    bool   // the input (or its line, for Scanln) is over
	nlSpace  bool
	nlEnds   bool
	stopAt   int // consumed count at which the current operand's width is used up
	width    int // the current operand's width, noLimit when none
}

func startScan(r io.Reader, mode int) *scanState {
	s := &scanState{nlSpace: mode == spacesOnly, nlEnds: mode == lineEnds, stopAt: noLimit, width: noLimit}
	if rs, ok := r.(io.RuneScanner); ok {
		s.in = rs
	} else {
		s.in = &byteRunes{src: r, one: make([]byte, 1)}
	}
	return s
}

func (s *scanState) fail(err error)   { panic(scanFailure{err}) }
func (s *scanState) failf(msg string) { s.fail(errors.New(msg)) }
func (s *scanState) badVerb(verb rune, what string) {
	s.failf("bad verb '%" + string(verb) + "' for " + what)
}

// recoverScan ends a scan: a scanFailure or a bare io.EOF becomes *errp, anything else
// panics on.
func recoverScan(errp *error) {
	switch e := recover().(type) {
	case nil:
	case scanFailure:
		*errp = e.err
	case error:
		if e != io.EOF {
			panic(e)
		}
		*errp = e
	default:
		panic(e)
	}
}

// ScanState's methods.

func (s *scanState) Read(buf []byte) (int, error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanState) ReadRune() (rune, int, error) {
	if s.ended || s.consumed >= s.stopAt {
		return 0, 0, io.EOF
	}
	r, size, err := s.in.ReadRune()
	if err == nil {
		s.consumed++
		s.ended = s.nlEnds && r == '\n'
	} else if err == io.EOF {
		s.ended = true
	}
	return r, size, err
}

func (s *scanState) UnreadRune() error {
	s.in.UnreadRune()
	s.ended = false
	s.consumed--
	return nil
}

func (s *scanState) Width() (int, bool) {
	if s.width == noLimit {
		return 0, false
	}
	return s.width, true
}

func (s *scanState) SkipSpace() {
	for {
		r := s.next()
		switch {
		case r == endOfInput:
			return
		case r == '\n':
			if !s.nlSpace {
				s.failf("unexpected newline")
			}
		case !isSpace(r):
			s.UnreadRune()
			return
		}
	}
}

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			failure, ok := e.(scanFailure)
			if !ok {
				panic(e)
			}
			err = failure.err
		}
	}()
	if skipSpace {
		s.SkipSpace()
	}
	if f == nil {
		f = notSpace
	}
	s.tok = s.tok[:0]
	s.takeWhile(f)
	return s.tok, nil
}

// isSpace is Unicode's White_Space property.
func isSpace(r rune) bool {
	if r <= ' ' {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	if r < 0x85 {
		return false
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func notSpace(r rune) bool { return !isSpace(r) }

// Reading primitives.

// next reads a rune, endOfInput at the end; a read error ends the scan.
func (s *scanState) next() rune {
	r, _, err := s.ReadRune()
	if err != nil { // (nil first: the common case, and cheaper than comparing with io.EOF)
		if err == io.EOF {
			return endOfInput
		}
		s.fail(err)
	}
	return r
}

// needRune reads a rune that must be there.
func (s *scanState) needRune() rune {
	r := s.next()
	if r == endOfInput {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// requireInput ends the scan with io.EOF when no input is left.
func (s *scanState) requireInput() {
	if s.next() == endOfInput {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// inSet reports whether r is one of the characters of set (all ASCII).
func inSet(set string, r rune) bool {
	if r < 0 || r >= utf8.RuneSelf {
		return false
	}
	for i := 0; i < len(set); i++ {
		if set[i] == byte(r) {
			return true
		}
	}
	return false
}

// takeIf adds the next rune to the token when it is in set, and leaves it unread otherwise.
func (s *scanState) takeIf(set string) bool {
	r := s.next()
	if r == endOfInput {
		return false
	}
	if !inSet(set, r) {
		s.UnreadRune()
		return false
	}
	s.tok = utf8.AppendRune(s.tok, r)
	return true
}

// takeAll adds the runes of set that follow.
func (s *scanState) takeAll(set string) {
	for s.takeIf(set) {
	}
}

// takeWord adds the letters of word (lower case) that follow, in either case, and says
// whether all of them did.
func (s *scanState) takeWord(word string) bool {
	for i := 0; i < len(word); i++ {
		r := s.next()
		if r == endOfInput {
			return false
		}
		if r != rune(word[i]) && r != rune(word[i]-'a'+'A') {
			s.UnreadRune()
			return false
		}
		s.tok = append(s.tok, byte(r))
	}
	return true
}

func (s *scanState) takeWhile(f func(rune) bool) {
	for {
		r := s.next()
		if r == endOfInput {
			return
		}
		if !f(r) {
			s.UnreadRune()
			return
		}
		s.tok = utf8.AppendRune(s.tok, r)
	}
}

// Booleans: 0, 1, or a case-insensitive true/false; a lone t or f is enough, but once a
// second letter matches, the whole word must follow.

func (s *scanState) scanBool(verb rune) bool {
	s.SkipSpace()
	s.requireInput()
	if verb != 't' && verb != 'v' {
		s.badVerb(verb, "boolean")
	}
	word := ""
	switch s.next() {
	case '1':
		return true
	case 't', 'T':
		word = "rue"
	case 'f', 'F':
		word = "alse"
	default:
		return false
	}
	if s.takeWord(word[:1]) && !s.takeWord(word[1:]) {
		s.fail(errBool)
	}
	return word == "rue"
}

// Integers.

const (
	decDigits = "0123456789"
	octDigits = "01234567"
	hexDigits = "0123456789aAbBcCdDeEfF"
)

// integerText reads an integer's text for verb (signed numbers may have a sign) and returns
// it with the base to parse it in: 0 for %v, where a prefix (0b, 0o, 0x, 0) decides and
// underscores may separate digits.
func (s *scanState) integerText(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.requireInput()
	base, digits := 10, decDigits
	switch verb {
	case 'd', 'v':
	case 'b':
		base, digits = 2, "01"
	case 'o':
		base, digits = 8, octDigits
	case 'x', 'X', 'U':
		base, digits = 16, hexDigits
	default:
		s.badVerb(verb, "integer")
	}
	started := false
	if verb == 'U' {
		if s.next() != 'U' || s.next() != '+' {
			s.failf("bad unicode format ")
		}
	} else {
		if signed {
			s.takeIf("+-")
		}
		if verb == 'v' {
			base = 0
			digits, started = s.prefixedDigits()
		}
	}
	if !started {
		s.requireInput()
		if !s.takeIf(digits) {
			s.failf("expected integer")
		}
	}
	s.takeAll(digits)
	return string(s.tok), base
}

// prefixedDigits reads the base prefix of a %v integer, if any, and returns the digits that
// may follow it and whether the prefix already counts as a number ("0" does).
func (s *scanState) prefixedDigits() (string, bool) {
	if !s.takeIf("0") {
		return decDigits + "_", false
	}
	switch {
	case s.takeIf("bB"):
		return "01_", true
	case s.takeIf("oO"):
		return octDigits + "_", true
	case s.takeIf("xX"):
		return hexDigits + "_", true
	}
	return octDigits + "_", true
}

// charCode reads one rune for %c as a number of the given size.
func (s *scanState) charCode(bits int) int64 {
	s.requireInput()
	r := s.next()
	if !fitsSigned(int64(r), bits) {
		s.failf("overflow on character value " + string(r))
	}
	return int64(r)
}

func fitsSigned(v int64, bits int) bool {
	return bits == 64 || v >= -1<<(bits-1) && v < 1<<(bits-1)
}

func (s *scanState) signed(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.charCode(bits)
	}
	text, base := s.integerText(verb, true)
	v, err := strconv.ParseInt(text, base, 64)
	if err != nil {
		s.fail(err)
	}
	if !fitsSigned(v, bits) {
		s.failf("integer overflow on token " + text)
	}
	return v
}

func (s *scanState) unsigned(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.charCode(bits))
	}
	text, base := s.integerText(verb, false)
	v, err := strconv.ParseUint(text, base, 64)
	if err != nil {
		s.fail(err)
	}
	if bits < 64 && v>>bits != 0 {
		s.failf("unsigned integer overflow on token " + text)
	}
	return v
}

// Floating-point and complex numbers.

const floatVerbs = "beEfFgGv"

// floatText reads the longest text that looks like a float: nan, a signed inf, or a signed
// decimal or 0x mantissa with an optional exponent (e or p; p only after 0x).
func (s *scanState) floatText() string {
	s.tok = s.tok[:0]
	if s.takeWord("nan") {
		return string(s.tok)
	}
	s.takeIf("+-")
	if s.takeWord("inf") {
		return string(s.tok)
	}
	digits, exponents := decDigits+"_", "eEpP"
	if s.takeIf("0") && s.takeIf("xX") {
		digits, exponents = hexDigits+"_", "pP"
	}
	s.takeAll(digits)
	if s.takeIf(".") {
		s.takeAll(digits)
	}
	if s.takeIf(exponents) {
		s.takeIf("+-")
		s.takeAll(decDigits + "_")
	}
	return string(s.tok)
}

// toFloat parses a float's text. Besides strconv's syntax, a decimal mantissa may carry a
// binary exponent ("1.5p3" is 12); errors then name the whole text.
func (s *scanState) toFloat(text string, bits int) float64 {
	p := -1
scan:
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case 'x', 'X': // a hex mantissa: strconv reads its p exponent
			p = -1
			break scan
		case 'p':
			p = i
		}
	}
	if p < 0 {
		f, err := strconv.ParseFloat(text, bits)
		if err != nil {
			s.fail(err)
		}
		return f
	}
	mant, err := strconv.ParseFloat(text[:p], bits)
	if err == nil {
		var exp int
		if exp, err = strconv.Atoi(text[p+1:]); err == nil {
			return math.Ldexp(mant, exp)
		}
	}
	if ne, ok := err.(*strconv.NumError); ok {
		ne.Num = text
	}
	s.fail(err)
	return 0
}

func (s *scanState) float(verb rune, bits int, checkVerb bool) float64 {
	if checkVerb && !inSet(floatVerbs, verb) {
		s.badVerb(verb, "float"+strconv.Itoa(bits))
	}
	s.SkipSpace()
	s.requireInput()
	return s.toFloat(s.floatText(), bits)
}

// complexNum reads re+imi or re-imi, optionally in parentheses.
func (s *scanState) complexNum(verb rune, bits int) complex128 {
	if !inSet(floatVerbs, verb) {
		s.badVerb(verb, "complex")
	}
	s.SkipSpace()
	s.requireInput()
	open := s.takeIf("(")
	re := s.floatText()
	s.tok = s.tok[:0]
	if !s.takeIf("+-") {
		s.fail(errComplex)
	}
	sign := string(s.tok)
	im := sign + s.floatText()
	if !s.takeIf("i") || open && !s.takeIf(")") {
		s.fail(errComplex)
	}
	return complex(s.toFloat(re, bits/2), s.toFloat(im, bits/2))
}

// Strings: %s and %v take a word, %q a Go string literal, %x and %X hex-encoded bytes.

func (s *scanState) text(verb rune) string {
	if !inSet("svqxX", verb) {
		s.badVerb(verb, "string")
	}
	s.SkipSpace()
	s.requireInput()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	s.takeWhile(notSpace)
	return string(s.tok)
}

func (s *scanState) quoted() string {
	switch s.next() {
	case '`':
		for {
			r := s.needRune()
			if r == '`' {
				return string(s.tok)
			}
			s.tok = utf8.AppendRune(s.tok, r)
		}
	case '"':
		// collect the literal up to its closing quote, then let strconv judge it
		s.tok = append(s.tok, '"')
		escaped := false
		for {
			r := s.needRune()
			s.tok = utf8.AppendRune(s.tok, r)
			if escaped {
				escaped = false
			} else if r == '\\' {
				escaped = true
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.tok))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failf("expected quoted string")
	return ""
}

func hexValue(r rune) (byte, bool) {
	switch {
	case '0' <= r && r <= '9':
		return byte(r - '0'), true
	case 'a' <= r && r <= 'f':
		return byte(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return byte(r-'A') + 10, true
	}
	return 0, false
}

// hexBytes reads pairs of hex digits until a rune that cannot start a pair.
func (s *scanState) hexBytes() string {
	for {
		r := s.next()
		hi, ok := hexValue(r)
		if !ok {
			if r != endOfInput {
				s.UnreadRune()
			}
			break
		}
		lo, ok := hexValue(s.needRune())
		if !ok {
			s.failf("illegal hex digit")
		}
		s.tok = append(s.tok, hi<<4|lo)
	}
	if len(s.tok) == 0 {
		s.failf("no hex data for %x string")
	}
	return string(s.tok)
}

// Operands.

// scanOne reads one operand into arg for verb.
func (s *scanState) scanOne(verb rune, arg any) {
	s.tok = s.tok[:0]
	if sc, ok := arg.(Scanner); ok {
		err := sc.Scan(s, verb)
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			s.fail(err)
		}
		return
	}
	// pointers to the predeclared types directly (a nil one panics, as in Go); pointers to
	// named types through the kind underneath
	switch p := arg.(type) {
	case *string:
		*p = s.text(verb)
	case *[]byte:
		*p = []byte(s.text(verb))
	case *int:
		*p = int(s.signed(verb, 64))
	case *int64:
		*p = s.signed(verb, 64)
	case *int32:
		*p = int32(s.signed(verb, 32))
	case *int16:
		*p = int16(s.signed(verb, 16))
	case *int8:
		*p = int8(s.signed(verb, 8))
	case *uint:
		*p = uint(s.unsigned(verb, 64))
	case *uint64:
		*p = s.unsigned(verb, 64)
	case *uintptr:
		*p = uintptr(s.unsigned(verb, 64))
	case *uint32:
		*p = uint32(s.unsigned(verb, 32))
	case *uint16:
		*p = uint16(s.unsigned(verb, 16))
	case *uint8:
		*p = uint8(s.unsigned(verb, 8))
	case *float64:
		*p = s.float(verb, 64, true)
	case *float32:
		*p = float32(s.float(verb, 32, true))
	case *complex128:
		*p = s.complexNum(verb, 128)
	case *complex64:
		*p = complex64(s.complexNum(verb, 64))
	case *bool:
		*p = s.scanBool(verb)
	default:
		kind := scanKind(arg)
		if kind == "" {
			t := Sprintf("%T", arg)
			if t == "" || t[0] != '*' {
				s.failf("type not a pointer: " + t)
			}
			s.failf("can't scan type: " + t)
		}
		scanStore(arg, s.byKind(kind, verb))
	}
}

// kindBits: the integer kinds scanKind names, by size.
var kindBits = map[string]int{
	"int": 64, "int64": 64, "int32": 32, "int16": 16, "int8": 8,
	"uint": 64, "uint64": 64, "uintptr": 64, "uint32": 32, "uint16": 16, "uint8": 8,
}

// byKind reads an operand for a pointer to a named type whose underlying type is the kind
// scanKind names, and returns the value to store. Named floats take any verb (Go's
// reflection path does not check it).
func (s *scanState) byKind(kind string, verb rune) any {
	if bits, ok := kindBits[kind]; ok {
		if kind[0] == 'u' {
			return s.unsigned(verb, bits)
		}
		return s.signed(verb, bits)
	}
	switch kind {
	case "string":
		return s.text(verb)
	case "bytes":
		return []byte(s.text(verb))
	case "float64":
		return s.float(verb, 64, false)
	case "float32":
		return float64(float32(s.float(verb, 32, false)))
	case "complex128":
		return s.complexNum(verb, 128)
	case "complex64":
		return complex128(complex64(s.complexNum(verb, 64)))
	}
	return s.scanBool(verb)
}

// operands runs Scan and Scanln: every operand with %v; Scanln then wants the line's end.
func (s *scanState) operands(a []any) (done int, err error) {
	defer recoverScan(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		done++
	}
	if !s.nlEnds {
		return
	}
	for r := s.next(); r != '\n' && r != endOfInput; r = s.next() {
		if !isSpace(r) {
			s.failf("expected newline")
		}
	}
	return
}

// formatted runs Scanf: literal text and spaces of format are matched against the input,
// each verb reads the next operand.
func (s *scanState) formatted(format string, a []any) (done int, err error) {
	defer recoverScan(&err)
	for i := 0; i < len(format); {
		n := s.matchLiteral(format, i)
		if n > 0 {
			i += n
			continue
		}
		if format[i] != '%' {
			if n < 0 {
				s.failf("input does not match format")
			}
			break
		}
		i++
		// a width: digits, but never the format's last byte, and given up (the last byte
		// is then the verb) past a million
		s.width = noLimit
		for wid := 0; i < len(format)-1 && '0' <= format[i] && format[i] <= '9'; i++ {
			if wid > 1e6 {
				s.width, i = noLimit, len(format)-1
				break
			}
			wid = wid*10 + int(format[i]-'0')
			s.width = wid
		}
		verb, size := runeAt(format, i)
		i += size
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.SkipSpace()
			s.requireInput()
			if !s.takeIf("%") {
				s.failf("missing literal %")
			}
			continue
		}
		if done == len(a) {
			s.failf("too few operands for format '%" + format[i-size:] + "'")
		}
		s.stopAt = s.consumed + s.width
		if s.stopAt > noLimit {
			s.stopAt = noLimit
		}
		s.scanOne(verb, a[done])
		done++
		s.stopAt = noLimit
	}
	if done < len(a) {
		s.failf("too many operands")
	}
	return
}

// matchLiteral matches format's text from start up to its next verb against the input and
// returns the bytes of format it used: 0 at a verb, -1 when an input rune differs (left
// unread).
//
// A run of spaces and newlines in format: each newline wants one in the input (after any
// spaces), or the end of the input; the spaces after the last newline (or a run without
// newlines) take any spaces of the input, but not a newline, and a run without newlines
// needs at least one space unless the input has ended.
func (s *scanState) matchLiteral(format string, start int) int {
	i := start
	for i < len(format) {
		c, size := runeAt(format, i)
		if isSpace(c) {
			newlines, spaceAfter := 0, false
			for ; i < len(format); i += size {
				c, size = runeAt(format, i)
				if !isSpace(c) {
					break
				}
				spaceAfter = c != '\n'
				if c == '\n' {
					newlines++
				}
			}
			s.matchSpaces(newlines, spaceAfter)
			continue
		}
		if c == '%' {
			if i+size == len(format) {
				s.failf("missing verb: % at end of format string")
			}
			if format[i+size] != '%' {
				return i - start
			}
			i += size // %% stands for one %
		}
		if s.needRune() != c {
			s.UnreadRune()
			return -1
		}
		i += size
	}
	return i - start
}

// runeAt decodes the rune at s[i:] (ASCII without slicing s).
func runeAt(s string, i int) (rune, int) {
	if i < len(s) && s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func (s *scanState) matchSpaces(newlines int, spaceAfter bool) {
	for n := 0; n < newlines; n++ {
		if r := s.skipBlanks(s.next()); r != '\n' && r != endOfInput {
			s.failf("newline in format does not match input")
		}
	}
	if !spaceAfter {
		return
	}
	r := s.next()
	if newlines == 0 {
		switch {
		case r == '\n':
			s.failf("newline in input does not match format")
		case r != endOfInput && !isSpace(r):
			s.failf("expected space in input to match format")
		}
	}
	if s.skipBlanks(r) != endOfInput {
		s.UnreadRune()
	}
}

// skipBlanks reads past spaces other than newlines, starting with r, and returns the first
// other rune.
func (s *scanState) skipBlanks(r rune) rune {
	for r != '\n' && isSpace(r) {
		r = s.next()
	}
	return r
}

func scanKind(arg any) string
func scanStore(arg any, v any)
