// Package strings: functions on UTF-8 strings. The scanning and building work is done by Java
// natives (StringsNatives); functions taking Go callbacks are written here in Go.
package strings

import (
	"unicode"
	"unicode/utf8"
)

func Compare(a, b string) int
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Fields(s string) []string
func Index(s, substr string) int
func IndexAny(s, chars string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func Join(elems []string, sep string) string
func LastIndex(s, substr string) int
func LastIndexAny(s, chars string) int
func LastIndexByte(s string, c byte) int
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func Split(s, sep string) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func SplitN(s, sep string, n int) []string
func Title(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func ToUpper(s string) string
func ToValidUTF8(s, replacement string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimSpace(s string) string

// ReplaceAll substitutes new for every match of old in s.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// HasPrefix: s starts with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[0:len(prefix)] == prefix
}

// HasSuffix: s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// TrimPrefix drops prefix from the start of s, when it is there.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix drops suffix from the end of s, when it is there.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Clone returns a fresh copy of s (Go 1.18); an empty s gives "".
func Clone(s string) string {
	if s == "" {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return string(b)
}

// Cut splits s at the first sep: the part before, the part after, and whether sep was there.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// Map returns a copy of s with all its characters modified by mapping; negative results drop the
// character. Invalid UTF-8 bytes reach mapping as U+FFFD.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	b.Grow(len(s))
	for _, c := range s {
		if r := mapping(c); r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FieldsFunc cuts s at runs of runes for which f holds, dropping them and empty fields.
func FieldsFunc(s string, f func(rune) bool) []string {
	a := []string{}
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a = append(a, s[start:])
	}
	if cap(a) != len(a) {
		a = append(make([]string, 0, len(a)), a...)
	}
	return a
}

// IndexFunc returns the index of the first code point satisfying f(c), or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last code point satisfying f(c), or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := lastRune(s, i)
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// lastRune decodes the rune ending at s[end-1]; it looks at no more than UTFMax bytes (as Go's
// decoder does), and slicing only those keeps the loops above linear.
func lastRune(s string, end int) (rune, int) {
	start := end - utf8.UTFMax
	if start < 0 {
		start = 0
	}
	return utf8.DecodeLastRuneInString(s[start:end])
}

// TrimLeftFunc returns s without the leading code points satisfying f(c).
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// min bounds slices of s to what a decode needs: slicing a string copies its bytes here.
func min(a, b int) int {
	if b < a {
		return b
	}
	return a
}

// TrimRightFunc returns s without the trailing code points satisfying f(c).
func TrimRightFunc(s string, f func(rune) bool) string {
	i := LastIndexFunc(s, func(r rune) bool { return !f(r) })
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:min(i+utf8.UTFMax, len(s))])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns s without the leading and trailing code points satisfying f(c).
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// ToUpperSpecial maps s to upper case using the case mapping c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case using the case mapping c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case using the case mapping c.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }
