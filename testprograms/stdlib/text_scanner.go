// text/scanner: Go tokens with positions and token text, modes and custom whitespace/identifier
// rules, Next/Peek/Pos, comments, number literal forms and every error message (reported
// through Error and to stderr), long input read in chunks, a tiny expression evaluator.
package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/scanner"
	"unicode"
)

func scanAll(name, src string, setup func(*scanner.Scanner)) {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = name
	s.Error = func(s *scanner.Scanner, msg string) {
		fmt.Printf("  error at %s (pos %s): %s [%q]\n", s.Position, s.Pos(), msg, s.TokenText())
	}
	if setup != nil {
		setup(&s)
	}
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("  %s %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	fmt.Printf("  end %s errors=%d\n", s.Pos(), s.ErrorCount)
}

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func main() {
	const src = `// comment
if a > 10 {
	someParsable = text	/* block */ x := 'c' + "str\n" + ` + "`raw\nstring`" + `
}
π := 3.14e-2 + 0x1p4 + 0b101 + 0o17 + 017 + .5 + 1_000 + 0xFF_FF
`
	fmt.Println("default:")
	scanAll("example", src, nil)
	fmt.Println("comments kept, no idents:")
	scanAll("", "a /* x */ b // y\n3", func(s *scanner.Scanner) { s.Mode = scanner.ScanComments | scanner.ScanInts })
	fmt.Println("newlines as tokens, idents with '-':")
	scanAll("", "key-name = value\n  other-key=2\n", func(s *scanner.Scanner) {
		s.Whitespace ^= 1 << '\n'
		s.IsIdentRune = func(ch rune, i int) bool {
			return ch == '-' && i > 0 || unicode.IsLetter(ch) || unicode.IsDigit(ch) && i > 0
		}
	})
	fmt.Println("errors:")
	for _, bad := range []string{
		`"unterminated`, "'ab'", "'\\q'", `"\x4"`, "`raw", "/* open", "0x", "0b102", "08", "1e", "0x1.5",
		"0b1.0", "0o7e3", "1p3", "1__0", "0x_1", "1_", "'", "a\x00b", "é\xffz", "\"line\nbreak\"", "0_7",
	} {
		fmt.Printf("%q\n", bad)
		scanAll("bad.go", bad, nil)
	}

	// Next, Peek and Pos character by character, through a reader giving one byte at a time.
	var s scanner.Scanner
	s.Init(oneByte{strings.NewReader("héllo\nwörld ☃\n")})
	for {
		p := s.Peek()
		ch := s.Next()
		if ch == scanner.EOF {
			break
		}
		fmt.Printf("%q%v ", ch, p == ch)
		if ch == '\n' || ch == ' ' {
			fmt.Println(s.Pos())
		}
	}
	fmt.Println(s.Pos(), s.Peek() == scanner.EOF, s.Next() == scanner.EOF, s.TokenText() == "")

	// A long input read in chunks, with tokens across chunk boundaries.
	var b strings.Builder
	for i := 0; i < 600; i++ {
		fmt.Fprintf(&b, "ident%d %d.%d \"str%d\" ", i, i, i, i)
	}
	s.Init(strings.NewReader(b.String()))
	count, last := 0, ""
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		count++
		last = s.TokenText()
	}
	fmt.Println(count, last, s.Pos(), s.Position)

	// Errors without an Error function go to stderr.
	s.Init(strings.NewReader("x 'yy' 0b2"))
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Println(scanner.TokenString(tok), s.TokenText())
	}
	fmt.Println(s.ErrorCount, scanner.TokenString('+'), scanner.TokenString(scanner.Comment), scanner.TokenString(-10))
	var pos scanner.Position
	fmt.Println(pos.IsValid(), pos, scanner.Position{Filename: "f", Line: 2, Column: 3})

	// A calculator over the scanner.
	fmt.Println(eval("2 * (3 + 4.5) - 10 / 4"))
}

type parser struct {
	s   scanner.Scanner
	tok rune
}

func eval(expr string) float64 {
	var p parser
	p.s.Init(strings.NewReader(expr))
	p.tok = p.s.Scan()
	return p.sum()
}

func (p *parser) sum() float64 {
	v := p.product()
	for p.tok == '+' || p.tok == '-' {
		op := p.tok
		p.tok = p.s.Scan()
		if w := p.product(); op == '+' {
			v += w
		} else {
			v -= w
		}
	}
	return v
}

func (p *parser) product() float64 {
	v := p.factor()
	for p.tok == '*' || p.tok == '/' {
		op := p.tok
		p.tok = p.s.Scan()
		if w := p.factor(); op == '*' {
			v *= w
		} else {
			v /= w
		}
	}
	return v
}

func (p *parser) factor() float64 {
	switch p.tok {
	case '(':
		p.tok = p.s.Scan()
		v := p.sum()
		p.tok = p.s.Scan() // ')'
		return v
	default:
		v, _ := strconv.ParseFloat(p.s.TokenText(), 64)
		p.tok = p.s.Scan()
		return v
	}
}
