package strconv

// FormatComplex formats c as "(a+bi)" with FormatFloat's fmt and prec for both parts;
// bitSize 64 means complex64 (float32 parts), 128 complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize /= 2
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts s ("N", "Ni" or "N±Ni", optionally in parentheses) to a complex number
// of bitSize 64 or 128. Errors are *NumError with Func "ParseComplex" and the whole input.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error is reported only if the syntax is fine
	re, n, err := parseComplexPart(s, size, orig)
	if err != nil {
		if n < 0 {
			return 0, err
		}
		pending = err
	}
	if n < 0 {
		n = -n
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	default:
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	im, n, err := parseComplexPart(s, size, orig)
	if err != nil {
		if n < 0 {
			return 0, err
		}
		pending = err
	}
	if n < 0 {
		n = -n
	}
	if s[n:] != "i" {
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	return complex(re, im), pending
}

// parseComplexPart parses the float at the start of s. It returns the prefix length n; on a
// syntax error n is negative and err final, on a range error err is the pending error.
func parseComplexPart(s string, size int, orig string) (float64, int, error) {
	n := floatPrefixLen(s)
	if n == 0 {
		return 0, -1, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	f, err := ParseFloat(s[:n], size)
	if err != nil {
		if ne, ok := err.(*NumError); ok && ne.Err == ErrRange {
			return f, n, &NumError{"ParseComplex", orig, ErrRange}
		}
		return 0, -1, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	return f, n, nil
}

// floatPrefixLen is the length of the longest prefix of s that looks like a float literal
// (sign, digits with '_', '.', exponent; hex mantissas with p exponents; Inf, Infinity, NaN).
func floatPrefixLen(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if n := prefixFold(s[i:], "infinity"); n == 8 || n >= 3 {
		if n != 8 {
			n = 3
		}
		return i + n
	}
	if i == 0 && prefixFold(s, "nan") == 3 {
		return 3
	}
	hex := false
	if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		hex = true
		i += 2
	}
	digits := false
	dot := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c == '.' {
			if dot {
				break
			}
			dot = true
			continue
		}
		if '0' <= c && c <= '9' || hex && ('a' <= lower(c) && lower(c) <= 'f') {
			digits = true
			continue
		}
		break
	}
	if !digits {
		return 0
	}
	if i < len(s) && (!hex && lower(s[i]) == 'e' || hex && lower(s[i]) == 'p') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && ('0' <= s[k] && s[k] <= '9' || s[k] == '_') {
			k++
		}
		if k > j {
			i = k
		}
	}
	return i
}

func lower(c byte) byte {
	return c | 0x20
}

// prefixFold is how many leading bytes of s match word, ignoring ASCII case.
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}
