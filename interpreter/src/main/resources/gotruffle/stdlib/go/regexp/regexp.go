// Package regexp: RE2 regular expressions (Go's syntax and leftmost-first semantics), matched
// by re2j on the UTF-8 bytes so all indexes are byte offsets as in Go. The Find/Replace/Split
// families are written here on top of one native: the submatch indexes of the next match at
// or after a position.
package regexp

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
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
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
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// MatchString compiles pattern and tells whether it matches somewhere in s.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

func (re *Regexp) MatchString(s string) bool { return match(re.h, s, 0) != nil }
func (re *Regexp) Match(b []byte) bool       { return match(re.h, string(b), 0) != nil }

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

func (re *Regexp) FindString(s string) string {
	a := match(re.h, s, 0)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := match(re.h, s, 0)
	if a == nil {
		return nil
	}
	return a[0:2]
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	a := match(re.h, s, 0)
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int { return match(re.h, s, 0) }

func (re *Regexp) Find(b []byte) []byte {
	a := match(re.h, string(b), 0)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a := match(re.h, string(b), 0)
	if a == nil {
		return nil
	}
	return a[0:2]
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := match(re.h, string(b), 0)
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int { return match(re.h, string(b), 0) }

// allMatches calls deliver for each successive non-overlapping match (at most n when n >= 0);
// an empty match right after the previous match is skipped.
func (re *Regexp) allMatches(s string, n int, deliver func([]int)) {
	end := len(s)
	if n < 0 {
		n = end + 1
	}
	for pos, i, prevMatchEnd := 0, 0, -1; i < n && pos <= end; {
		matches := match(re.h, s, pos)
		if matches == nil {
			break
		}
		accept := true
		if matches[1] == pos {
			if matches[0] == prevMatchEnd {
				accept = false
			}
			if pos < end {
				pos += runeWidth(s, pos)
			} else {
				pos = end + 1
			}
		} else {
			pos = matches[1]
		}
		prevMatchEnd = matches[1]
		if accept {
			deliver(matches)
			i++
		}
	}
}

// runeWidth is the byte length of the UTF-8 sequence at s[i] (1 for invalid bytes).
func runeWidth(s string, i int) int {
	for j, _ := range s[i:] {
		if j > 0 {
			return j
		}
	}
	return len(s) - i
}

func (re *Regexp) FindAllString(s string, n int) []string {
	var result []string
	re.allMatches(s, n, func(m []int) {
		result = append(result, s[m[0]:m[1]])
	})
	return result
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(s, n, func(m []int) {
		result = append(result, m[0:2])
	})
	return result
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var result [][]string
	re.allMatches(s, n, func(m []int) {
		slice := make([]string, len(m)/2)
		for j := range slice {
			if m[2*j] >= 0 {
				slice[j] = s[m[2*j]:m[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(s, n, func(m []int) {
		result = append(result, m)
	})
	return result
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var result [][]byte
	re.allMatches(string(b), n, func(m []int) {
		result = append(result, b[m[0]:m[1]:m[1]])
	})
	return result
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var result [][]int
	re.allMatches(string(b), n, func(m []int) {
		result = append(result, m[0:2])
	})
	return result
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var result [][][]byte
	re.allMatches(string(b), n, func(m []int) {
		slice := make([][]byte, len(m)/2)
		for j := range slice {
			if m[2*j] >= 0 {
				slice[j] = b[m[2*j]:m[2*j+1]:m[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	var result [][]int
	re.allMatches(string(b), n, func(m []int) {
		result = append(result, m)
	})
	return result
}

// replaceAll copies src with each match swapped for what repl appends; an empty match
// straight after the previous match is left alone, and the search always moves on.
func (re *Regexp) replaceAll(src string, repl func(dst []byte, m []int) []byte) []byte {
	lastMatchEnd := 0
	searchPos := 0
	var buf []byte
	end := len(src)
	for searchPos <= end {
		a := match(re.h, src, searchPos)
		if a == nil {
			break
		}
		buf = append(buf, src[lastMatchEnd:a[0]]...)
		if a[1] > lastMatchEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastMatchEnd = a[1]
		width := 0
		if searchPos < end {
			width = runeWidth(src, searchPos)
		}
		if searchPos+width > a[1] {
			searchPos += width
		} else if searchPos+1 > a[1] {
			searchPos++
		} else {
			searchPos = a[1]
		}
	}
	buf = append(buf, src[lastMatchEnd:]...)
	return buf
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replaceAll(src, func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, src, m)
	}))
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(src, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s := string(src)
	r := string(repl)
	b := re.replaceAll(s, func(dst []byte, m []int) []byte {
		return re.expand(dst, r, s, m)
	})
	if b == nil {
		return []byte{}
	}
	return b
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	b := re.replaceAll(string(src), func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
	if b == nil {
		return []byte{}
	}
	return b
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	b := re.replaceAll(string(src), func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
	if b == nil {
		return []byte{}
	}
	return b
}

// Expand appends template to dst with $1, ${1}, $name and ${name} replaced by submatches.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for len(template) > 0 {
		i := 0
		for i < len(template) && template[i] != '$' {
			i++
		}
		if i == len(template) {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			// Malformed; the $ is literal text.
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				dst = append(dst, src[match[2*num]:match[2*num+1]]...)
			}
		} else {
			for i, namei := range re.subexpNames {
				if name == namei && 2*i+1 < len(match) && match[2*i] >= 0 {
					dst = append(dst, src[match[2*i]:match[2*i+1]]...)
					break
				}
			}
		}
	}
	dst = append(dst, template...)
	return dst
}

// extract parses a name or number (optionally in braces) after a $.
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := false
	if str[0] == '{' {
		brace = true
		str = str[1:]
	}
	i := len(str)
	for j, r := range str {
		if !isWordRune(r) && r != '_' {
			i = j
			break
		}
	}
	if i == 0 {
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for k := 0; k < len(name); k++ {
		if name[k] < '0' || '9' < name[k] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[k]) - '0'
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	rest = str[i:]
	ok = true
	return
}

// Split cuts s at every match (into at most n pieces when n > 0).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	strs := make([]string, 0, len(matches))
	beg := 0
	end := 0
	for _, match := range matches {
		if n > 0 && len(strs) == n-1 {
			break
		}
		end = match[0]
		if match[1] != 0 {
			strs = append(strs, s[beg:end])
		}
		beg = match[1]
	}
	if end != len(s) {
		strs = append(strs, s[beg:])
	}
	return strs
}
