// Package bytes: functions for the manipulation of byte slices, mirroring package strings.
// Searches over the slices are Java natives (BytesNatives); results that Go returns as
// subslices of the input are subslices here too.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func Equal(a, b []byte) bool
func Compare(a, b []byte) int
func Index(s, sep []byte) int
func IndexByte(b []byte, c byte) int
func LastIndex(s, sep []byte) int
func LastIndexByte(s []byte, c byte) int
func Count(s, sep []byte) int
func hasPrefix(s, prefix []byte) bool
func hasSuffix(s, suffix []byte) bool

// trimming helpers over a string view of the slice: index bounds of what remains
func trimLeftIndex(s []byte, cutset string) int
func trimRightIndex(s []byte, cutset string) int
func spaceBounds(s []byte) (int, int)

func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

func HasPrefix(s, prefix []byte) bool { return hasPrefix(s, prefix) }

func HasSuffix(s, suffix []byte) bool { return hasSuffix(s, suffix) }

func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(string(s), chars) }

func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

// Cut splits s at the first sep: the part before, the part after, and whether sep was there.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Runes decodes s as UTF-8 into a slice of runes.
func Runes(s []byte) []rune { return []rune(string(s)) }

// Repeat concatenates count copies of b into a fresh slice.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	return []byte(strings.Repeat(string(b), count))
}

// Join concatenates the elements of s with sep between them, into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

// Replace substitutes new for the first n matches of old in a copy of s (n < 0: every match).
func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// ReplaceAll substitutes new for every match of old in a copy of s.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }
func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }
func Title(s []byte) []byte   { return []byte(strings.Title(string(s))) }

func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(string(s), string(replacement)))
}

func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// Map returns a copy of s with each character modified by mapping; negative results are dropped.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if m := mapping(r); m >= 0 {
			b = utf8.AppendRune(b, m)
		}
		i += w
	}
	return b
}

// Split cuts s at every sep, dropping the separators.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitN slices s into at most n subslices separated by sep.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfter cuts s just after every sep, keeping the separators.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s into at most n subslices after each instance of sep.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// genSplit cuts s at sep, keeping sepSave bytes of sep with each piece; pieces except the last
// have no spare capacity, so appending to one never overwrites the next.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	k := 0
	for k < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[k] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		k++
	}
	a[k] = s
	return a[:k+1]
}

// explode splits s into UTF-8 sequences, at most n of them.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k+1 >= n {
			a[k] = s
			k++
			break
		}
		_, size := utf8.DecodeRune(s)
		a[k] = s[0:size:size]
		s = s[size:]
		k++
	}
	return a[0:k]
}

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc cuts s at runs of runes for which f holds, dropping them and empty fields.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	a := [][]byte{}
	start := -1
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		a = append(a, s[start:len(s):len(s)])
	}
	if cap(a) != len(a) {
		a = append(make([][]byte, 0, len(a)), a...)
	}
	return a
}

// IndexFunc returns the byte index of the first code point satisfying f(c), or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if f(r) {
			return i
		}
		i += w
	}
	return -1
}

// LastIndexFunc returns the byte index of the last code point satisfying f(c), or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := IndexFunc(s, func(r rune) bool { return !f(r) })
	if i == -1 {
		return nil
	}
	return s[i:]
}

func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := LastIndexFunc(s, func(r rune) bool { return !f(r) })
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRune(s[i:])
		i += w
	} else {
		i++
	}
	return s[0:i]
}

func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// TrimSpace returns a subslice of s without leading and trailing white space (nil if nothing remains).
func TrimSpace(s []byte) []byte {
	from, to := spaceBounds(s)
	if from == to {
		return nil
	}
	return s[from:to]
}

// Trim returns a subslice of s without the leading and trailing runes contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	s = s[:trimRightIndex(s, cutset)]
	return TrimLeft(s, cutset)
}

// TrimLeft returns a subslice of s without the leading runes contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	s = s[trimLeftIndex(s, cutset):]
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRight returns a subslice of s without the trailing runes contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return s[:trimRightIndex(s, cutset)]
}
