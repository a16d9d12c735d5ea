// Edge cases of fmt's scanning on strings: verbs and widths in Sscanf, literal text and
// spaces/newlines in formats, quoted and hex strings, base prefixes, overflow, bools, bad
// verbs, too many/few operands, custom Scanners, and the exact error values.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type upper string

func (u *upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r >= 'a' && r <= 'z' })
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return errors.New("no lowercase word")
	}
	*u = upper(strings.ToUpper(string(tok)))
	return nil
}

func show(n int, err error, vals ...any) {
	fmt.Printf("n=%d err=%v", n, err)
	if err == io.EOF {
		fmt.Print(" [io.EOF]")
	}
	if err == io.ErrUnexpectedEOF {
		fmt.Print(" [io.ErrUnexpectedEOF]")
	}
	for _, v := range vals {
		fmt.Printf(" %v", v)
	}
	fmt.Println()
}

func main() {
	var i, j int
	var i8 int8
	var u8 uint8
	var u uint
	var i64 int64
	var f32 float32
	var f float64
	var s, t string
	var b bool
	var bs []byte
	var r rune

	n, err := fmt.Sscan("", &i)
	show(n, err)
	n, err = fmt.Sscan("   \n  ", &i)
	show(n, err)
	n, err = fmt.Sscan("0x1F 0b101 017 0o17 -42", &i, &j, &u, &i64, &i8)
	show(n, err, i, j, u, i64, i8)
	n, err = fmt.Sscan("300", &i8)
	show(n, err, i8)
	n, err = fmt.Sscan("256", &u8)
	show(n, err, u8)
	n, err = fmt.Sscan("-5", &u)
	show(n, err, u)
	n, err = fmt.Sscan("1_000 +7", &i, &j)
	show(n, err, i, j)
	n, err = fmt.Sscan("99999999999999999999", &i64)
	show(n, err)
	n, err = fmt.Sscan("true FALSE 1 0 T f", &b, &b, &b, &b, &b, &b)
	show(n, err, b)
	n, err = fmt.Sscan("tru", &b)
	show(n, err, b)
	n, err = fmt.Sscan("yes", &b)
	show(n, err, b)
	n, err = fmt.Sscan("2.5 -1e3 .5 inf NaN 0x1p4", &f32, &f, &f, &f, &f, &f)
	show(n, err, f32, f)
	n, err = fmt.Sscan("1.5.5", &f, &s)
	show(n, err, f, s)
	n, err = fmt.Sscan("abc", &f)
	show(n, err)
	n, err = fmt.Sscan("héllo wörld\tbytes", &s, &t, &bs)
	show(n, err, s, t, string(bs))
	n, err = fmt.Sscan("5", i)
	show(n, err)
	var m map[string]int
	n, err = fmt.Sscan("5", &m)
	show(n, err)
	var up upper
	n, err = fmt.Sscan("  gopher rest", &up, &s)
	show(n, err, up, s)
	n, err = fmt.Sscan("123", &up)
	show(n, err)

	n, err = fmt.Sscanln("1 2 3", &i, &j)
	show(n, err, i, j)
	n, err = fmt.Sscanln("4 5  \n6", &i, &j)
	show(n, err, i, j)
	n, err = fmt.Sscanln("", &i)
	show(n, err)
	n, err = fmt.Sscanln("\n7", &i)
	show(n, err)
	n, err = fmt.Sscanln("8", &i, &j)
	show(n, err, i)

	n, err = fmt.Sscanf("(1,2)", "(%d,%d)", &i, &j)
	show(n, err, i, j)
	n, err = fmt.Sscanf("(1;2)", "(%d,%d)", &i, &j)
	show(n, err, i)
	n, err = fmt.Sscanf("12345", "%2d%3d", &i, &j)
	show(n, err, i, j)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &t)
	show(n, err, s, t)
	n, err = fmt.Sscanf("ff 0x10 777 101", "%x %v %o %b", &i, &j, &u, &i64)
	show(n, err, i, j, u, i64)
	n, err = fmt.Sscanf("FF", "%X", &i)
	show(n, err, i)
	n, err = fmt.Sscanf(`"a\tb" `+"`raw q`"+` 68656c6c6f`, "%q %q %x", &s, &t, &bs)
	show(n, err, fmt.Sprintf("%q %q %q", s, t, bs))
	n, err = fmt.Sscanf("ab", "%c%c", &r, &i)
	show(n, err, string(r), i)
	n, err = fmt.Sscanf(" x", "%c", &r)
	show(n, err, fmt.Sprintf("%q", r))
	n, err = fmt.Sscanf("日本", "%c", &r)
	show(n, err, string(r))
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	show(n, err, i)
	n, err = fmt.Sscanf("50", "%d%%", &i)
	show(n, err, i)
	n, err = fmt.Sscanf("1 2", "%d", &i, &j)
	show(n, err, i)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &i, &j)
	show(n, err)
	n, err = fmt.Sscanf("x", "%d", &i)
	show(n, err)
	n, err = fmt.Sscanf("5", "%s", &i)
	show show(n, err)
	n, err = fmt.Sscanf("5", "%d", &s)
	show(n, err)
	n, err = fmt.Sscanf("true", "%d", &b)
	show(n, err)
	n, err = fmt.Sscanf("1.5", "%d", &f)
	show(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &j)
	show(n, err, i)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &j)
	show(n, err, i, j)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &j)
	show(n, err, i)
	n, err = fmt.Sscanf("1   \n\n2", "%d \n\n %d", &i, &j)
	show(n, err, i, j)
	n, err = fmt.Sscanf("12", "%d ", &i)
	show(n, err, i)
	n, err = fmt.Sscanf("1 2", "%d%d", &i, &j)
	show(n, err, i, j)
	n, err = fmt.Sscanf("7", "%d%", &i)
	show(n, err, i)
	n, err = fmt.Sscanf("7", "", &i)
	show(n, err)
	n, err = fmt.Sscanf("key: value", "key: %s", &s)
	show(n, err, s)
	n, err = fmt.Sscanf("key:value", "key: %s", &s)
	show(n, err, s)
	n, err = fmt.Sscanf("a", "b")
	show(n, err)
	n, err = fmt.Sscanf(`"unterminated`, "%q", &s)
	show(n, err)
	n, err = fmt.Sscanf("zz", "%x", &s)
	show(n, err)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	show(n, err, string(r))

	rd := strings.NewReader("10 20\n30 40\n")
	for {
		n, err = fmt.Fscanln(rd, &i, &j)
		show(n, err, i, j)
		if err != nil {
			break
		}
	}
	rd = strings.NewReader("1 2 3")
	var sum int
	for {
		_, err = fmt.Fscan(rd, &i)
		if err != nil {
			show(0, err, sum)
			break
		}
		sum += i
	}
}
