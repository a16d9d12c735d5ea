// Package regexp: RE2 regular expressions (Go's syntax and leftmost-first semantics), matched
// by re2j on the UTF-8 bytes so all indexes are byte offsets as in Go. The Find/Replace/Split
// families are written here on top of one native: the submatch indexes of the next match at
// or after a position.
package regexp

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Regexp is a compiled RE2 expression (backed by RE2/J); safe for concurrent use.
type Regexp struct {
	expr        string
	h           any
	numSubexp   int
	subexpNames []string
	longest     bool
}

func compile(expr string, longest bool) (h any, numSubexp int, names []string, err string)

// match returns the submatch index pairs of the leftmost match starting at or after pos
// (-1 for groups that did not take part), or nil.
func match(h any, s string, pos int) []int

func isWordRune(r rune) bool

type regexpError struct{ s string }

func (e *regexpError) Error() string { return e.s }

func newRegexp(expr string, longest bool) (*Regexp, error) {
	h, n, names, err := compile(expr, longest)
	if err != "" {
		return nil, &regexpError{err}
	}
	return &Regexp{expr: expr, h: h, numSubexp: n, subexpNames: names, longest: longest}, nil
}

// Compile parses expr (RE2 syntax) into a Regexp, or says what is wrong with it.
func Compile(expr string) (*Regexp, error) { return newRegexp(expr, false) }

// CompilePOSIX is like Compile but uses leftmost-longest matching (POSIX syntax checks are not
// applied).
func CompilePOSIX(expr string) (*Regexp, error) { return newRegexp(expr, true) }

// MustCompile is Compile that panics on a bad expression.
func MustCompile(str string) *Regexp { return mustCompile("Compile", str, false) }

// MustCompilePOSIX is CompilePOSIX that panics on a bad expression.
func MustCompilePOSIX(str string) *Regexp { return mustCompile("CompilePOSIX", str, true) }

// mustCompile panics with Go's text: the function's name, the quoted expression, the error.
func mustCompile(fn, expr string, longest bool) *Regexp {
	re, err := newRegexp(expr, longest)
	if err == nil {
		return re
	}
	panic("regexp: " + fn + "(" + quote(expr) + "): " + err.Error())
}

func quote(s string) string

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() {
	if re.longest {
		return
	}
	h, _, _, _ := compile(re.expr, true)
	re.h = h
	re.longest = true
}

func (re *Regexp) String() string        { return re.expr }
func (re *Regexp) NumSubexp() int        { return re.numSubexp }
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex is the index of the first group called name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name == "" {
		return -1
	}
	return re.groupNamed(name, 1)
}

// groupNamed is the first group at index from or later whose name is name, or -1.
func (re *Regexp) groupNamed(name string, from int) int {
	for i := from; i < len(re.subexpNames); i++ {
		if re.subexpNames[i] == name {
			return i
		}
	}
	return -1
}

// MatchString compiles pattern and tells whether it matches somewhere in s.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err == nil {
		matched = re.MatchString(s)
	}
	return
}

// Match is MatchString on the bytes of b.
func Match(pattern string, b []byte) (matched bool, err error) { return MatchString(pattern, string(b)) }

func (re *Regexp) MatchString(s string) bool { return match(re.h, s, 0) != nil }
func (re *Regexp) Match(b []byte) bool       { return match(re.h, string(b), 0) != nil }

// MatchReader compiles pattern and tells whether it matches somewhere in the runes of r.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err == nil {
		matched = re.MatchReader(r)
	}
	return
}

// readRunes reads r to its end and gives the text whose byte offsets are those ReadRune reported:
// a rune read as an invalid byte (RuneError of size 1) stays one byte. Unlike Go, which stops
// reading at the match, the whole stream is consumed.
func readRunes(r io.RuneReader) string {
	var b strings.Builder
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			return b.String()
		}
		if c == utf8.RuneError && size == 1 {
			b.WriteByte(0xff)
		} else {
			b.WriteRune(c)
		}
	}
}

// MatchReader tells whether re matches somewhere in the runes of r.
func (re *Regexp) MatchReader(r io.RuneReader) bool { return re.MatchString(readRunes(r)) }

// FindReaderIndex is FindStringIndex on the runes of r (byte offsets into the stream).
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) { return re.FindStringIndex(readRunes(r)) }

// FindReaderSubmatchIndex is FindStringSubmatchIndex on the runes of r.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.FindStringSubmatchIndex(readRunes(r))
}

// Copy returns a new Regexp of the same expression (deprecated in Go: a Regexp is safe to share).
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// QuoteMeta backslash-escapes every character of s that has a meaning in a regular expression.
func QuoteMeta(s string) string {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$':
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return string(b)
}

// The native returns every match as index pairs, group 0 (the whole match) first; the Find
// methods below only reshape them. Byte results are capped at their end so appending to one
// never writes into the searched slice.

// groupStrings holds the text of each group of m in s ("" for a group that did not match).
func groupStrings(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for g := range out {
		if lo, hi := m[2*g], m[2*g+1]; lo >= 0 {
			out[g] = s[lo:hi]
		}
	}
	return out
}

// groupBytes is groupStrings over b (nil for a group that did not match).
func groupBytes(b []byte, m []int) [][]byte {
	out := make([][]byte, len(m)/2)
	for g := range out {
		if lo, hi := m[2*g], m[2*g+1]; lo >= 0 {
			out[g] = b[lo:hi:hi]
		}
	}
	return out
}

func (re *Regexp) FindString(s string) string {
	if m := match(re.h, s, 0); m != nil {
		return s[m[0]:m[1]]
	}
	return ""
}

func (re *Regexp) FindStringIndex(s string) (loc []int) {
	if m := match(re.h, s, 0); m != nil {
		loc = m[:2]
	}
	return
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	if m := match(re.h, s, 0); m != nil {
		return groupStrings(s, m)
	}
	return nil
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int { return match(re.h, s, 0) }

func (re *Regexp) Find(b []byte) []byte {
	if m := match(re.h, string(b), 0); m != nil {
		return b[m[0]:m[1]:m[1]]
	}
	return nil
}

func (re *Regexp) FindIndex(b []byte) (loc []int) { return re.FindStringIndex(string(b)) }

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	if m := match(re.h, string(b), 0); m != nil {
		return groupBytes(b, m)
	}
	return nil
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int { return match(re.h, string(b), 0) }

// each hands visit the successive non-overlapping matches in s, left to right, until visit
// says stop or limit matches were handed (limit < 0: all). An empty match that touches the
// end of the match found just before it is passed over, as Go does; after an empty match the
// search resumes one character further on.
func (re *Regexp) each(s string, limit int, visit func(m []int) bool) {
	from, prevEnd := 0, -1
	for handed := 0; handed != limit && from <= len(s); {
		m := match(re.h, s, from)
		if m == nil {
			return
		}
		start, end := m[0], m[1]
		touching := start == end && start == prevEnd
		prevEnd = end
		switch {
		case end > from:
			from = end
		case from < len(s):
			_, w := utf8.DecodeRuneInString(s[from:])
			from += w
		default:
			from++
		}
		if touching {
			continue
		}
		handed++
		if !visit(m) {
			return
		}
	}
}

func (re *Regexp) FindAllString(s string, n int) (all []string) {
	re.each(s, n, func(m []int) bool {
		all = append(all, s[m[0]:m[1]])
		return true
	})
	return
}

func (re *Regexp) FindAllStringIndex(s string, n int) (all [][]int) {
	re.each(s, n, func(m []int) bool {
		all = append(all, m[:2])
		return true
	})
	return
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) (all [][]string) {
	re.each(s, n, func(m []int) bool {
		all = append(all, groupStrings(s, m))
		return true
	})
	return
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) (all [][]int) {
	re.each(s, n, func(m []int) bool {
		all = append(all, m)
		return true
	})
	return
}

func (re *Regexp) FindAll(b []byte, n int) (all [][]byte) {
	re.each(string(b), n, func(m []int) bool {
		all = append(all, b[m[0]:m[1]:m[1]])
		return true
	})
	return
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.FindAllStringIndex(string(b), n) }

func (re *Regexp) FindAllSubmatch(b []byte, n int) (all [][][]byte) {
	re.each(string(b), n, func(m []int) bool {
		all = append(all, groupBytes(b, m))
		return true
	})
	return
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// replace copies src with every match (as each finds them) swapped for what subst appends.
// Nothing appended at all gives nil, which the []byte forms return as Go does.
func (re *Regexp) replace(src string, subst func(out []byte, m []int) []byte) []byte {
	var out []byte
	kept := 0
	re.each(src, -1, func(m []int) bool {
		out = subst(append(out, src[kept:m[0]]...), m)
		kept = m[1]
		return true
	})
	return append(out, src[kept:]...)
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replace(src, func(out []byte, m []int) []byte { return re.expand(out, repl, src, m) }))
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(src, func(out []byte, m []int) []byte { return append(out, repl...) }))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(src, func(out []byte, m []int) []byte { return append(out, repl(src[m[0]:m[1]])...) }))
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s, r := string(src), string(repl)
	return re.replace(s, func(out []byte, m []int) []byte { return re.expand(out, r, s, m) })
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(string(src), func(out []byte, m []int) []byte { return append(out, repl...) })
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(string(src), func(out []byte, m []int) []byte { return append(out, repl(src[m[0]:m[1]])...) })
}

// Expand appends template to dst with $1, ${1}, $name and ${name} replaced by submatches.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

// expand appends tmpl to dst, each group reference replaced by that group's text in src per m
// (nothing for an unknown group or one that did not match); "$$" is a '$', and a '$' that starts
// no reference stays as it is.
func (re *Regexp) expand(dst []byte, tmpl string, src string, m []int) []byte {
	for {
		i := strings.IndexByte(tmpl, '$')
		if i < 0 {
			return append(dst, tmpl...)
		}
		dst = append(dst, tmpl[:i]...)
		tmpl = tmpl[i+1:]
		if strings.HasPrefix(tmpl, "$") {
			dst = append(dst, '$')
			tmpl = tmpl[1:]
			continue
		}
		ref, rest, ok := groupRef(tmpl)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		tmpl = rest
		if g := re.refGroup(ref, m); g >= 0 {
			dst = append(dst, src[m[2*g]:m[2*g+1]]...)
		}
	}
}

// groupRef reads the reference that follows a '$': the longest run of letters, digits and
// '_', bare or between braces. rest is what follows it; ok is false when there is none.
func groupRef(t string) (ref, rest string, ok bool) {
	braced := strings.HasPrefix(t, "{")
	body := t
	if braced {
		body = t[1:]
	}
	n := len(body)
	for i, r := range body {
		if r != '_' && !isWordRune(r) {
			n = i
			break
		}
	}
	switch {
	case n == 0:
		return "", t, false
	case !braced:
		return body[:n], body[n:], true
	case n < len(body) && body[n] == '}':
		return body[:n], body[n+1:], true
	}
	return "", t, false
}

// refGroup is the group a reference stands for when it matched in m, else -1. A reference of
// at most 9 decimal digits without a leading zero is a group number; anything else is a name,
// the first group of that name that matched.
func (re *Regexp) refGroup(ref string, m []int) int {
	took := func(g int) bool { return 2*g+1 < len(m) && m[2*g] >= 0 }
	if num, ok := groupNumber(ref); ok {
		if took(num) {
			return num
		}
		return -1
	}
	for g := re.groupNamed(ref, 0); g >= 0; g = re.groupNamed(ref, g+1) {
		if took(g) {
			return g
		}
	}
	return -1
}

func groupNumber(ref string) (int, bool) {
	if len(ref) > 9 || (len(ref) > 1 && ref[0] == '0') {
		return 0, false
	}
	num := 0
	for _, c := range []byte(ref) {
		if c < '0' || c > '9' {
			return 0, false
		}
		num = 10*num + int(c-'0')
	}
	return num, true
}

// Split cuts s at every match into the pieces between them (at most n pieces when n > 0; the
// last piece is the rest of s). An empty match at the start makes no empty first piece, and
// an empty match at the end no empty last piece.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if s == "" && re.expr != "" {
		return []string{""}
	}
	pieces := []string{}
	from, lastStart := 0, 0
	re.each(s, n, func(m []int) bool {
		if len(pieces) == n-1 {
			return false
		}
		if m[1] > 0 {
			pieces = append(pieces, s[from:m[0]])
		}
		from, lastStart = m[1], m[0]
		return true
	})
	if lastStart != len(s) {
		pieces = append(pieces, s[from:])
	}
	return pieces
}
