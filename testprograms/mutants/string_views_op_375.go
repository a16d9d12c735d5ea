// Strings cut from other strings (s = s[n:], s[i:j] kept in variables and passed to
// functions) used everywhere a string goes: every consumer must see the same bytes.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Tok string

func (t Tok) Upper() string { return strings.ToUpper(string(t)) }

type pair struct {
	k, v string
}

var global string

// rest returns the part after the first space; named result.
func rest(s string) (r string) {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return ""
	}
	r = s[i+1:]
	return
}

func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

// captured: the parameter lives in a closure's variable.
func captured(s string) func() string {
	return func() string { return "<" + s + ">" }
}

func addr(s string) *string {
	p := &s
	s = s[1:]
	return p
}

func join(parts ...string) string { return strings.Join(parts, "|") }

func words(s string) []string {
	var out []string
	for len(s) > 0 {
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		n := 0
		for n < len(s) && s[n] != ' ' {
			n++
		}
		if n > 0 {
			out = append(out, s[:n])
		}
		s = s[n:]
	}
	return out
}

// skipSpace returns the rest of s after leading blanks (a part of s, as Go returns it).
func skipSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	return s
}

func (t Tok) Rest(n int) Tok { return t[n:] }

func Tail[S ~string](s S, n int) S { return s[len(s)-n:] }

func runes(s string) (n int, last rune) {
	for _, r := range s {
		n++
		last = r
	}
	return
}

func safe(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	src := "alpha beta  gamma délta 42 3.5 epsilon"
	s := src
	s = s[6:] // "beta  gamma ..."
	t := s[:4]
	fmt.Println(s, len(s), t, len(t))
	fmt.Printf("%s|%q|%v|%10s|%-6s|%x|%X|% x\n", t, t, t, t, t, t, t, t)
	fmt.Println(t == "beta", t != "beta", t < "betb", t > "bet", t == s[:4], s[:4] == src[6:10], "" == s[:0])
	fmt.Println(strings.Compare(t, "beta"), strings.Contains(s, "gamma"), strings.Index(s, "délta"), strings.IndexByte(s, 'g'),
		strings.IndexByte(s[:3], 'a'), strings.Index(s[:6], "gamma"), strings.Contains(s[2:], "beta"), strings.HasPrefix(s, "beta"),
		strings.HasSuffix(s[:4], "ta"), strings.ToUpper(t), strings.Repeat(t, 2), strings.Fields(s), strings.Split(s[:11], " "))
	fmt.Println(strings.TrimSpace(s[4:13]), strings.Replace(s, "a", "A", 2), strings.Title(s[:4]), strings.Count(s, "a"), strings.LastIndex(s, "a"))

	// runes and bytes
	d := s[strings.Index(s, "d"):]
	r, w := utf8.DecodeRuneInString(d[1:])
	lr, lw := utf8.DecodeLastRuneInString(d[:3])
	fmt.Println(string(r), w, string(lr), lw, utf8.RuneCountInString(d[:6]), utf8.ValidString(d[1:2]), utf8.FullRuneInString(d[1:2]), utf8.FullRuneInString(d[1:3]))
	for i, c := range d[:6] {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	b := []byte(d[:6])
	rs := []rune(d[:6])
	fmt.Println(b, rs, string(b[1:3]), string(rs[1]), len(b), len(rs))
	n := copy(b, s[:3])
	b = append(b, t...)
	fmt.Println(n, string(b), bytes.Equal(b[:3], []byte(s[:3])))

	// numbers
	num := src[strings.Index(src, "42"):]
	i, err := strconv.Atoi(num[:2])
	f, err2 := strconv.ParseFloat(num[3:6], 64)
	_, err3 := strconv.Atoi(num[:4])
	fmt.Println(i, err, f, err2, err3, strconv.Quote(d[:6]), strconv.QuoteToASCII(d[:6]))

	// maps, switch, interfaces, structs, slices, channels
	m := map[string]int{}
	for _, wd := range words(src) {
		m[wd]++
		m[wd[:1]] += 10
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println(m[s[:4]], m[t])
	delete(m, t)
	_, ok := m["beta"]
	fmt.Println(ok, len(m))
	for _, x := range []string{s[:4], s[6:11], src[:5], s[:0]} {
		switch x {
		case "beta":
			fmt.Print("B ")
		case "gamma", "alpha":
			fmt.Print("GA ")
		case "":
			fmt.Print("empty ")
		}
	}
	fmt.Println()
	var a any = t
	var a2 any = "beta"
	switch v := a.(type) {
	case string:
		fmt.Println("string", v, a == a2, len(v))
	}
	ma := map[any]bool{a: true}
	fmt.Println(ma["beta"], ma[s[:4]])
	p1, p2 := pair{t, s[6:11]}, pair{"beta", "gamma"}
	fmt.Println(p1 == p2, p1, fmt.Sprintf("%+v %#v", p1, p2))
	arr := [2]string{t, "x"}
	fmt.Println(arr == [2]string{"beta", "x"})
	ch := make(chan string, 2)
	ch <- s[:4]
	ch <- t[1:]
	fmt.Println(<-ch, <-ch)
	done := make(chan string)
	go func(x string) { done <- x + "!" }(s[6:11])
	fmt.Println(<-done)

	// functions: views as arguments, results, captured and address-taken parameters
	fmt.Println(rest(s), "/", firstWord(s), "/", captured(s[:4])(), "/", *addr(s[:4]), "/", join(t, s[6:11], src[:1]))
	tk := Tok(s[:4])
	var tk2 Tok = Tok(src)[6:10]
	fmt.Println(tk.Upper(), tk == tk2, tk2[1:], len(tk2))
	global = s[:4]
	fmt.Println(global, global == t)
	x, y := s[:4], s[6:11]
	x- y = y, x
	x += "+" + y[1:]
	fmt.Println(x, y, t+s[6:8]+src[len(src)-3:])
	defer fmt.Println("deferred", t, s[6:11])

	// other packages
	e := errors.New(s[:4])
	fmt.Println(e, e.Error() == "beta")
	js, _ := json.Marshal(map[string]string{t: s[6:11]})
	fmt.Println(string(js))
	fmt.Println(reflect.ValueOf(t).Len(), reflect.ValueOf(s[:4]).String(), reflect.DeepEqual(t, "beta"))
	var sb strings.Builder
	sb.WriteString(s[:4])
	sb.WriteString(t[2:])
	fmt.Println(sb.String(), sb.Len())
	fmt.Fprintln(os.Stdout, s[6:11])
	buf := bytes.NewBufferString(s[:4])
	buf.WriteString(d[:3])
	fmt.Println(buf.String())

	// panics on views
	safe(func() { fmt.Println(t[7]) })
	safe(func() { hi := 9; fmt.Println(t[2:hi]) })
	safe(func() { lo := 3; fmt.Println(t[lo:2]) })
	safe(func() { panic(s[:4]) })
	safe(func() { panic(errors.New(t[1:])) })

	// results that are parts of arguments, and ranges over parts
	in := "  \t key = välue ;; next"
	rest2 := skipSpace(in)
	word := rest2[:strings.IndexByte(rest2, ' ')]
	rest2 = strings.TrimSpace(rest2[len(word):])
	rest2 = strings.TrimPrefix(rest2, "=")
	rest2 = strings.TrimLeft(rest2, " ")
	val := strings.TrimRight(rest2[:strings.Index(rest2, ";")], " ")
	rest2 = strings.Trim(rest2[len(val):], "; ")
	fmt.Printf("%q %q %q %q %d\n", word, val, rest2, skipSpace(in)[:3], len(skipSpace(in)))
	fmt.Println(strings.TrimSuffix(val, "ue"), strings.TrimLeftFunc(in, func(r rune) bool { return r == ' ' || r == '\t' })[:3],
		strings.IndexFunc(val, func(r rune) bool { return r > 127 }), strings.TrimSpace(in[:4]) == "", strings.Trim(val[1:], "vue"))
	rn, lastR := runes(val[:3])
	rn2, lastR2 := runes(in[9:12])
	fmt.Println(rn, string(lastR), rn2, lastR2 == utf8.RuneError)
	for i, r := range skipSpace(in)[:6] {
		fmt.Print(i, string(r), ",")
	}
	fmt.Println()
	kv := map[string]string{skipSpace(in)[:3]: strings.TrimSpace(in[9:16])}
	held := pair{skipSpace(in)[:3], Tail(val, 3)}
	fmt.Println(kv, held, held == pair{"key", "lue"}, Tok(val).Rest(2), Tail[Tok](Tok(val), 2)+Tok(word))
	var anyRes any = skipSpace(in[2:])
	fmt.Println(anyRes == any(in[3:]), fmt.Sprint(skipSpace(in[5:8])+"|"))

	// a lexer: s = s[n:] to the end
	src2 := strings.Repeat("x1 := y22+3 // c\n", 50)
	idents, nums, ops := 0, 0, 0
	for q := src2; len(q) > 0; {
		c := q[0]
		k := 1
		switch {
		case c == ' ' || c == '\n':
		case strings.HasPrefix(q, "//"):
			k = strings.IndexByte(q, '\n')
		case 'a' <= c && c <= 'z':
			for k < len(q) && ('a' <= q[k] && q[k] <= 'z' || '0' <= q[k] && q[k] <= '9') {
				k++
			}
			idents++
		case '0' <= c && c <= '9':
			for k < len(q) && '0' <= q[k] && q[k] <= '9' {
				k++
			}
			nums++
		default:
			ops++
		}
		q = q[k:]
	}
	fmt.Println(idents, nums, ops)
}
