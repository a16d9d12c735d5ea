// Scanning: the Scan, Scanln, Scanf families over any io.Reader, with Go 1.19's rules for
// spaces, newlines, verbs and error values. Readers without ReadRune are read one byte at a
// time (so nothing of os.Stdin is consumed beyond what a call needs, except one rune of
// lookahead that Go also loses).
package fmt

import (
	"errors"
	"io"
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

// strReader reads a string; it has only Read, like Go's, so strings are scanned byte-wise too.
type strReader struct{ s string }

func (r *strReader) Read(b []byte) (int, error) {
	n := copy(b, r.s)
	r.s = r.s[n:]
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func Sscan(str string, a ...any) (n int, err error)   { return Fscan(&strReader{str}, a...) }
func Sscanln(str string, a ...any) (n int, err error) { return Fscanln(&strReader{str}, a...) }
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&strReader{str}, format, a...)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanner(r, true, false)
	return s.doScan(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanner(r, false, true)
	return s.doScan(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanner(r, false, false)
	return s.doScanf(format, a)
}

// byteRuneReader turns a plain Reader into a RuneScanner reading single bytes; it keeps one
// rune for UnreadRune (peek >= 0 while a rune is pushed back).
type byteRuneReader struct {
	r    io.Reader
	one  []byte
	peek rune
}

func (b *byteRuneReader) readByte() (byte, error) {
	n, err := io.ReadFull(b.r, b.one)
	if n != 1 {
		return 0, err
	}
	return b.one[0], nil
}

func (b *byteRuneReader) ReadRune() (rune, int, error) {
	if b.peek >= 0 {
		r := b.peek
		b.peek = ^r
		return r, utf8.RuneLen(r), nil
	}
	c, err := b.readByte()
	if err != nil {
		return 0, 0, err
	}
	if c < utf8.RuneSelf {
		b.peek = ^rune(c)
		return rune(c), 1, nil
	}
	buf := []byte{c}
	for !utf8.FullRune(buf) && len(buf) < utf8.UTFMax {
		c, err = b.readByte()
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			break
		}
		buf = append(buf, c)
	}
	r, size := utf8.DecodeRune(buf)
	if size < len(buf) {
		// invalid encoding: only the first byte is consumed as U+FFFD; keep no pending bytes
		// beyond what Go would (rare; the rest is dropped)
	}
	b.peek = ^r
	return r, size, err
}

func (b *byteRuneReader) UnreadRune() error {
	if b.peek >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	b.peek = ^b.peek
	return nil
}

const scanEOF = -1
const hugeWidth = 1 << 30

type scanError struct{ err error }

type scanner struct {
	rs        io.RuneScanner
	buf       []byte
	count     int
	atEOF     bool
	nlIsEnd   bool
	nlIsSpace bool
	argLimit  int
	limit     int
	maxWid    int
}

func newScanner(r io.Reader, nlIsSpace, nlIsEnd bool) *scanner {
	s := &scanner{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeWidth, limit: hugeWidth, maxWid: hugeWidth}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &byteRuneReader{r: r, one: make([]byte, 1), peek: -1}
	}
	return s
}

func (s *scanner) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		err = io.EOF
		return
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *scanner) Width() (wid int, ok bool) {
	if s.maxWid == hugeWidth {
		return 0, false
	}
	return s.maxWid, true
}

func (s *scanner) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanner) fail(err error)         { panic(scanError{err}) }
func (s *scanner) failString(msg string) { panic(scanError{errors.New(msg)}) }

func (s *scanner) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return scanEOF
		}
		s.fail(err)
	}
	return r
}

func (s *scanner) mustReadRune() rune {
	r := s.getRune()
	if r == scanEOF {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *scanner) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func notSpace(r rune) bool { return !isSpace(r) }

func (s *scanner) SkipSpace() {
	for {
		r := s.getRune()
		if r == scanEOF {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

func (s *scanner) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == scanEOF {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func hasRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

func (s *scanner) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == scanEOF {
		return false
	}
	if hasRune(ok, r) {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

func (s *scanner) peek(ok string) bool {
	r := s.getRune()
	if r != scanEOF {
		s.UnreadRune()
	}
	return hasRune(ok, r)
}

func (s *scanner) notEOF() {
	if r := s.getRune(); r == scanEOF {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *scanner) accept(ok string) bool { return s.consume(ok, true) }

func (s *scanner) okVerb(verb rune, okVerbs, typ string) bool {
	if hasRune(okVerbs, verb) {
		return true
	}
	s.failString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.failString("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.failString("syntax error scanning boolean")
		}
		return false
	}
	return false
}

const (
	binDigits = "01"
	octDigits = "01234567"
	decDigits = "0123456789"
	hexDigits = "0123456789aAbBcCdDeEfF"
	signChars = "+-"
)

func (s *scanner) getBase(verb rune) (int, string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binDigits
	case 'o':
		return 8, octDigits
	case 'x', 'X', 'U':
		return 16, hexDigits
	}
	return 10, decDigits
}

func (s *scanner) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.failString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *scanner) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.failString("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *scanner) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexDigits + "_", true
	}
	return 0, octDigits + "_", true
}

func (s *scanner) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else {
		s.accept(signChars)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.failString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanner) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	n := uint(bitSize)
	if x := (i << (64 - n)) >> (64 - n); x != i {
		s.failString("unsigned integer overflow on token " + tok)
	}
	return i
}

func (s *scanner) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(signChars)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decDigits + "_"
	exp := "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits = hexDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signChars)
		for s.accept(decDigits + "_") {
		}
	}
	return string(s.buf)
}

func (s *scanner) scanFloat(verb rune, bits int, typ string) float64 {
	s.okVerb(verb, "beEfFgGv", typ)
	s.SkipSpace()
	s.notEOF()
	tok := s.floatToken()
	f, err := strconv.ParseFloat(tok, bits)
	if err != nil {
		s.fail(err)
	}
	return f
}

func (s *scanner) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

func (s *scanner) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		res, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return res
	}
	s.failString("expected quoted string")
	return ""
}

func hexVal(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10, true
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10, true
	}
	return -1, false
}

func (s *scanner) hexByte() (byte, bool) {
	r1 := s.getRune()
	if r1 == scanEOF {
		return 0, false
	}
	v1, ok := hexVal(r1)
	if !ok {
		s.UnreadRune()
		return 0, false
	}
	v2, ok := hexVal(s.mustReadRune())
	if !ok {
		s.failString("illegal hex digit")
		return 0, false
	}
	return byte(v1<<4 | v2), true
}

func (s *scanner) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.failString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

func (s *scanner) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*v = s.scanFloat(verb, 64, "float64")
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		if k := scanKind(arg); k != "" {
			s.scanNamed(k, verb, arg)
			return
		}
		t := Sprintf("%T", arg)
		if len(t) == 0 || t[0] != '*' {
			s.failString("type not a pointer: " + t)
			return
		}
		s.failString("can't scan type: " + t)
	}
}

func scanRecover(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *scanner) doScan(a []any) (numProcessed int, err error) {
	defer scanRecover(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == scanEOF {
				break
			}
			if !isSpace(r) {
				s.failString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the literal text of format (up to the next verb) against the input; it
// returns the bytes of format consumed, or -1 when an input rune did not match.
func (s *scanner) advance(format string) (i int) {
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fc) && i < len(format) {
				if fc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				in := s.getRune()
				for isSpace(in) && in != '\n' {
					in = s.getRune()
				}
				if in != '\n' && in != scanEOF {
					s.failString("newline in format does not match input")
				}
			}
			if trailingSpace {
				in := s.getRune()
				if newlines == 0 {
					if !isSpace(in) && in != scanEOF {
						s.failString("expected space in input to match format")
					}
					if in == '\n' {
						s.failString("newline in input does not match format")
					}
				}
				for isSpace(in) && in != '\n' {
					in = s.getRune()
				}
				if in != scanEOF {
					s.UnreadRune()
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.failString("missing verb: % at end of format string")
			}
			next, _ := utf8.DecodeRuneInString(format[i+w:])
			if next != '%' {
				return
			}
			i += w
		}
		in := s.mustReadRune()
		if fc != in {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

func (s *scanner) doScanf(format string, a []any) (numProcessed int, err error) {
	defer scanRecover(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.failString("input does not match format")
			}
			break
		}
		i++
		// optional width
		wid, present := 0, false
		for i <= end && format[i] >= '0' && format[i] <= '9' {
			wid = wid*10 + int(format[i]-'0')
			present = true
			i++
		}
		s.maxWid = hugeWidth
		if present {
			s.maxWid = wid
		}
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.failString("missing literal %")
			}
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.failString("too few operands for format '%" + format[i-cw:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.failString("too many operands")
	}
	return
}

// scanNamed scans into a pointer to a named type whose underlying type is basic (or []byte).
func (s *scanner) scanNamed(kind string, verb rune, arg any) {
	var v any
	switch kind {
	case "bool":
		v = s.scanBool(verb)
	case "int", "int64":
		v = s.scanInt(verb, 64)
	case "int8":
		v = s.scanInt(verb, 8)
	case "int16":
		v = s.scanInt(verb, 16)
	case "int32":
		v = s.scanInt(verb, 32)
	case "uint", "uint64", "uintptr":
		v = s.scanUint(verb, 64)
	case "uint8":
		v = s.scanUint(verb, 8)
	case "uint16":
		v = s.scanUint(verb, 16)
	case "uint32":
		v = s.scanUint(verb, 32)
	case "float32":
		s.SkipSpace()
		s.notEOF()
		f, err := strconv.ParseFloat(s.floatToken(), 32)
		if err != nil {
			s.fail(err)
		}
		v = f
	case "float64":
		s.SkipSpace()
		s.notEOF()
		f, err := strconv.ParseFloat(s.floatToken(), 64)
		if err != nil {
			s.fail(err)
		}
		v = f
	case "string":
		v = s.convertString(verb)
	case "bytes":
		v = []byte(s.convertString(verb))
	}
	scanStore(arg, v)
}

func scanKind(arg any) string
func scanStore(arg any, v any)
