package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern indicates a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match tests name against the shell pattern as a whole: '*' any run of non-slash bytes,
// '?' one non-slash character, '[...]' classes with ranges and '^', '\\' escapes. A bad
// pattern gives ErrBadPattern (unless a final '*' decided the match already).
func Match(pattern, name string) (matched bool, err error) {
	for len(pattern) > 0 {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// a final star takes the rest of the element
			for i := 0; i < len(name); i++ {
				if name[i] == '/' {
					return false, nil
				}
			}
			return true, nil
		}
		last := len(pattern) == 0
		if t, ok, err := matchHere(chunk, name); ok && (len(t) == 0 || !last) {
			name = t
			continue
		} else if err != nil {
			return false, err
		}
		if star && starMatch(chunk, &name, last, &err) {
			continue
		}
		if err != nil {
			return false, err
		}
		// no match: still report a malformed rest of the pattern
		for len(pattern) > 0 {
			_, chunk, pattern = nextChunk(pattern)
			if _, _, err := matchHere(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// starMatch tries chunk after skipping 1, 2, ... non-slash bytes of *name (a leading star);
// on success *name becomes the rest after the match.
func starMatch(chunk string, name *string, last bool, err *error) bool {
	s := *name
	for skip := 1; skip <= len(s) && s[skip-1] != '/'; skip++ {
		t, ok, e := matchHere(chunk, s[skip:])
		if ok {
			if last && len(t) > 0 {
				continue
			}
			*name = t
			return true
		}
		if e != nil {
			*err = e
			return false
		}
	}
	return false
}

// nextChunk splits off the leading stars and the star-free piece after them.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchHere matches a star-free chunk against the start of s and returns what follows. Once the
// match has failed the chunk is still read to the end, to report a malformed pattern.
func matchHere(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negate := len(chunk) > 0 && chunk[0] == '^'
			if negate {
				chunk = chunk[1:]
			}
			in := false
			for ranges := 0; ; ranges++ {
				if ranges > 0 && len(chunk) > 0 && chunk[0] == ']' {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = classChar(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = classChar(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					in = true
				}
			}
			if in == negate {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if len(chunk) == 0 {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one (possibly escaped) character of a class; something must follow it.
func classChar(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, chunk, ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, chunk, ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	rest = chunk[n:]
	if r == utf8.RuneError && n == 1 || len(rest) == 0 {
		err = ErrBadPattern
	}
	return r, rest, err
}
