// text/scanner over readers that hand out a few bytes at a time and then fail: the error is
// reported with the text of the token read so far, tokens and positions across the refills,
// and a multi-byte character split between two reads.
package main

import (
	"errors"
	"fmt"
	"text/scanner"
)

// trickle gives at most k bytes per Read, then err.
type trickle struct {
	s   string
	k   int
	err error
}

func (t *trickle) Read(p []byte) (int, error) {
	if t.s == "" {
		return 0, t.err
	}
	n := t.k
	if n > len(t.s) {
		n = len(t.s)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, t.s[:n])
	t.s = t.s[n:]
	return n, nil
}

func scan(src string, k int, err error, mode uint) {
	var s scanner.Scanner
	s.Init(&trickle{src, k, err})
	s.Mode = mode
	s.Error = func(s *scanner.Scanner, msg string) {
		fmt.Printf("  error %q at %s (pos %s) text %q\n", msg, s.Position, s.Pos(), s.TokenText())
	}
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("  %s %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	fmt.Printf("  end %s errors=%d\n", s.Pos(), s.ErrorCount)
}

func main() {
	broken := errors.New("connection reset")
	for _, k := range []int{1, 2, 3, 5} {
		fmt.Println("chunk", k)
		scan("ident 12_345 \"str\\n\" 'é' /* c */ x.y 3.5e+2 世界 0x_1F", k, broken, scanner.GoTokens)
		scan("abc", k, broken, 0)
		scan("abc\ndef", k, errors.New("EOF"), scanner.ScanIdents)
	}
}
