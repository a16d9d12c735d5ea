// More of fmt's scanning: complex numbers, decimal mantissas with binary exponents, widths on
// every kind, custom Scanners that use the whole ScanState (ReadRune, UnreadRune, Width,
// SkipSpace, Token, Read), plain io.Readers (what a call leaves unread, bad UTF-8, read errors),
// carriage returns and Unicode spaces, and the error texts of each verb.
package main

import (
	"errors"
	"fmt"
	"io"
)

// plain is an io.Reader without ReadRune: the scanner reads it a byte at a time.
type plain struct{ s string }

func (p *plain) Read(b []byte) (int, error) {
	if len(p.s) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.s)
	p.s = p.s[n:]
	return n, nil
}

// failing gives its text, then a non-EOF error.
type failing struct{ s string }

func (f *failing) Read(b []byte) (int, error) {
	if len(f.s) == 0 {
		return 0, errors.New("disk on fire")
	}
	n := copy(b, f.s[:1])
	f.s = f.s[1:]
	return n, nil
}

// probe reports what the ScanState tells it and reads up to three runes itself.
type probe struct{ seen string }

func (p *probe) Scan(st fmt.ScanState, verb rune) error {
	w, ok := st.Width()
	p.seen = fmt.Sprintf("verb=%c wid=%d,%v", verb, w, ok)
	st.SkipSpace()
	for i := 0; i < 3; i++ {
		r, size, err := st.ReadRune()
		if err != nil {
			p.seen += fmt.Sprintf(" err=%v", err)
			return nil
		}
		p.seen += fmt.Sprintf(" %q/%d", r, size)
	}
	if err := st.UnreadRune(); err != nil {
		p.seen += " unread-err"
	}
	_, err := st.Read(make([]byte, 4))
	p.seen += fmt.Sprintf(" read=%v", err)
	return nil
}

// digits takes a run of digits without skipping spaces, through Token(false, f).
type digits string

func (d *digits) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(false, func(r rune) bool { return r >= '0' && r <= '9' })
	*d = digits(tok)
	return err
}

// word takes a token with the default predicate (nil: up to a space).
type word string

func (w *word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if len(tok) == 0 && err == nil {
		return io.EOF
	}
	*w = word("<" + string(tok) + ">")
	return err
}

type failer struct{}

func (failer) Scan(st fmt.ScanState, verb rune) error { return errors.New("custom failure") }

type Cplx complex64
type Ratio float32
type Bytes []byte
type Ints []int

func show(label string, n int, err error, vals ...any) {
	fmt.Printf("%-14s n=%d err=%v", label, n, err)
	if err == io.EOF {
		fmt.Print(" [EOF]")
	}
	if err == io.ErrUnexpectedEOF {
		fmt.Print(" [UnexpectedEOF]")
	}
	for _, v := range vals {
		fmt.Printf(" %v", v)
	}
	fmt.Println()
}

func main() {
	var c128 complex128
	var c64 complex64
	var f float64
	var f32 float32
	var i, j int
	var i8 int8
	var u, u2 uint
	var u16 uint16
	var s, t string
	var b bool
	var r rune
	var bs []byte

	n, err := fmt.Sscan("(1+2i) 3-4i 1e1+2.5i", &c128, &c64, &c128)
	show("complex", n, err, c64, c128)
	for _, in := range []string{"1+2", "(1+2i", "x", "1i", "(1-2i)x", "2.5+infi", "nan+nani"} {
		n, err = fmt.Sscan(in, &c128)
		show("complex "+in, n, err, c128)
	}
	n, err = fmt.Sscanf("1+1i", "%d", &c128)
	show("complex %d", n, err)
	var cx Cplx
	n, err = fmt.Sscan("(0.5-0.25i)", &cx)
	show("named cplx", n, err, cx)

	for _, in := range []string{"1.5p3", "2p-1", "3p", "1p1x", "0x1.8p1", "0x10", "1_000.5", "0x_1p0", "+Inf", "-nan", "1e", ".", "-", "1e+_5"} {
		f = 0
		n, err = fmt.Sscan(in, &f)
		show("float "+in, n, err, f)
	}
	var ra Ratio
	n, err = fmt.Sscanf("7p2", "%d", &ra)
	show("named float", n, err, ra)
	n, err = fmt.Sscanf("3.5e40", "%g", &f32)
	show("float32 range", n, err, f32)
	n, err = fmt.Sscanf("1.5", "%x", &f32)
	show("float %x", n, err, f32)
	n, err = fmt.Sscanf("1.5", "%s", &f)
	show("float %s", n, err)

	n, err = fmt.Sscanf("3.14159 abcdef 123456 xyz", "%4v %2s%3s %3d%d %1c%c", &f, &s, &t, &i, &j, &r, &i8)
	show("widths", n, err, f, s, t, i, j, string(r), i8)
	n, err = fmt.Sscanf("deadbeef", "%4x%x", &u, &u2)
	show("hex widths", n, err, u, u2)
	n, err = fmt.Sscanf("truex", "%3t", &b)
	show("bool width", n, err, b)
	n, err = fmt.Sscanf("616263", "%4x", &bs)
	show("bytes width", n, err, string(bs))
	n, err = fmt.Sscanf(`"abc"`, "%3q", &s)
	show("quote width", n, err)
	n, err = fmt.Sscanf("12345", "%0d", &i)
	show("width 0", n, err, i)
	n, err = fmt.Sscanf("1", "%5", &i)
	show("no verb", n, err)
	n, err = fmt.Sscanf("1", "%d%5")
	show("too few", n, err)

	var p probe
	n, err = fmt.Sscanf("  héllo", "%5v", &p)
	show("probe", n, err, p.seen)
	n, err = fmt.Sscan("ab", &p)
	show("probe short", n, err, p.seen)
	n, err = fmt.Sscanln("\nab", &p)
	show("probe newline", n, err, p.seen)
	var d1, d2 digits
	n, err = fmt.Sscan("123abc 45", &d1, &s, &d2)
	show("token", n, err, d1, s, d2)
	n, err = fmt.Sscan(" 9", &d1)
	show("token space", n, err, "<"+string(d1)+">")
	var w1, w2 word
	n, err = fmt.Sscanf("abcdef ghi", "%4v%v", &w1, &w2)
	show("token width", n, err, w1, w2)
	n, err = fmt.Sscan("   ", &w1)
	show("token empty", n, err)
	n, err = fmt.Sscan("x", failer{})
	show("failer", n, err)

	pr := &plain{"12x34 56\n78"}
	n, err = fmt.Fscan(pr, &i)
	show("plain 1", n, err, i)
	n, err = fmt.Fscan(pr, &i)
	show("plain 2", n, err, i)
	n, err = fmt.Fscanln(pr, &i)
	show("plain 3", n, err, i, fmt.Sprintf("%q", pr.s))
	pr = &plain{"\xe6\x97x y \xff\xfe"}
	n, err = fmt.Fscan(pr, &s, &t)
	show("bad utf8", n, err, fmt.Sprintf("%q %q", s, t))
	n, err = fmt.Fscan(pr, &s)
	show("bad utf8 tail", n, err, fmt.Sprintf("%q", s))
	pr = &plain{"\xe6\x97"}
	n, err = fmt.Fscan(pr, &s)
	show("cut utf8", n, err, fmt.Sprintf("%q", s))
	pr = &plain{"日本 語"}
	n, err = fmt.Fscanf(pr, "%c%c %s", &r, &i, &s)
	show("plain runes", n, err, string(r), string(rune(i)), s)
	n, err = fmt.Fscan(&failing{"42"}, &i)
	show("read error", n, err, i)
	n, err = fmt.Fscan(&failing{"4 2"}, &i, &j)
	show("read error 2", n, err, i)
	n, err = fmt.Fscanf(&failing{"ab"}, "ab%d", &i)
	show("read error 3", n, err)

	n, err = fmt.Sscanln("1\r\n", &i)
	show("crlf", n, err, i)
	n, err = fmt.Sscan("1\r2\r\n3", &i, &j, &u)
	show("cr", n, err, i, j, u)
	n, err = fmt.Sscanln("1 \r 2", &i, &j)
	show("cr ln", n, err, i, j)
	n, err = fmt.Sscan("1\u00a02\u30003\u20054", &i, &j, &u, &u2)
	show("unicode space", n, err, i, j, u, u2)
	n, err = fmt.Sscan("5\u200b6", &s)
	show("zero width", n, err, fmt.Sprintf("%q", s))
	n, err = fmt.Sscanln("1 2\n", &i)
	show("expected nl", n, err)
	n, err = fmt.Sscanln("1\n", &i, &j)
	show("unexpected nl", n, err)
	n, err = fmt.Sscanln("1  \t", &i)
	show("ln trailing", n, err, i)
	n, err = fmt.Sscanf("5\n\n", "%d\n", &i)
	show("nl nl", n, err, i)
	n, err = fmt.Sscanf("5 \n", "%d\n", &i)
	show("sp nl", n, err, i)
	n, err = fmt.Sscanf("5", "%d\n\n", &i)
	show("fmt nl eof", n, err, i)
	n, err = fmt.Sscanf("é5", "é%d", &i)
	show("utf8 literal", n, err, i)
	n, err = fmt.Sscanf("e5", "é%d", &i)
	show("literal miss", n, err)
	n, err = fmt.Sscanf("", "x%d", &i)
	show("literal eof", n, err)
	n, err = fmt.Sscanf("  ", "%d", &i)
	show("spaces eof", n, err)
	n, err = fmt.Sscanf("%5", "%%%d", &i)
	show("percent", n, err, i)
	n, err = fmt.Sscanf(" %5", "%%%d", &i)
	show("percent sp", n, err, i)
	n, err = fmt.Sscanf("x5", "%%%d", &i)
	show("percent miss", n, err)

	n, err = fmt.Sscanf("é", "%c", &i8)
	show("rune overflow", n, err)
	n, err = fmt.Sscanf("1F600", "%U", &r)
	show("U no prefix", n, err)
	n, err = fmt.Sscanf("U+", "%U", &r)
	show("U empty", n, err)
	n, err = fmt.Sscanf("U+41", "%U", &u16)
	show("U uint", n, err, u16)
	for _, in := range []string{"+5", "-0", "0x", "08", "0_1", "0b", "0o9", "1__2", "0X1F", "+", "-x"} {
		i, j = -1, -1
		n, err = fmt.Sscan(in, &i, &j)
		show("int "+in, n, err, i, j)
	}
	for _, in := range []string{"+5", "0x1f", "077", "-1", "70000"} {
		n, err = fmt.Sscan(in, &u16)
		show("uint16 "+in, n, err, u16)
	}
	n, err = fmt.Sscanf("0x1f", "%x", &i)
	show("%x 0x", n, err, i)
	n, err = fmt.Sscanf("-ff", "%x", &i)
	show("%x sign", n, err, i)
	n, err = fmt.Sscanf("-101", "%b", &i)
	show("%b", n, err, i)
	n, err = fmt.Sscanf("9", "%o", &i)
	show("%o bad", n, err)
	n, err = fmt.Sscanf("t", "%d", &b)
	show("bool %d", n, err)
	for _, in := range []string{"T", "F", "tr", "fa", "FALSE", "TrUe", "fx", "2", ""} {
		b = true
		n, err = fmt.Sscan(in, &b, &s)
		show("bool "+in, n, err, b)
	}

	for _, in := range []string{"`raw", `"a\"b"`, `"bad\q"`, "'x'", `"`, `"é\u00e9"`} {
		s = ""
		n, err = fmt.Sscanf(in, "%q", &s)
		show("quote "+in, n, err, s)
	}
	for _, in := range []string{"6g", "6", "4142 43", "zz", "4a4B"} {
		s = ""
		n, err = fmt.Sscanf(in, "%x", &s)
		show("hex "+in, n, err, fmt.Sprintf("%q", s))
	}
	n, err = fmt.Sscanf("abc", "%d", &s)
	show("string %d", n, err)
	var nb Bytes
	n, err = fmt.Sscanf("414243", "%X", &nb)
	show("named bytes", n, err, string(nb))
	var ns Ints
	n, err = fmt.Sscan("1", &ns)
	show("named ints", n, err)
	n, err = fmt.Sscan("1", &[]int{})
	show("int slice", n, err)
	n, err = fmt.Sscan("1", new(struct{ x int }))
	show("struct", n, err)
	n, err = fmt.Sscan("1", 5)
	show("not pointer", n, err)
	n, err = fmt.Sscan("1 2")
	show("no args", n, err)
	n, err = fmt.Sscanln("1 2")
	show("no args ln", n, err)
	n, err = fmt.Sscanln("  ")
	show("no args sp", n, err)
}
