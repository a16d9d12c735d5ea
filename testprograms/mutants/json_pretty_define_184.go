// Classic: a hand-written JSON-like pretty printer over interface{} trees (maps with sorted
// keys, slices, strings with escapes, numbers, booleans, null), and a tiny parser that reads
// the output back so the round trip can be checked.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func pretty(v interface{}, indent string, b *strings.Builder) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(indent + "  ")
			pretty(e, indent+"  ", b)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case map[string]interface{}:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k = range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", indent, k)
			pretty(x[k], indent+"  ", b)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	default:
		fmt.Fprintf(b, "\"<unsupported %T>\"", x)
	}
}

type reader struct {
	s   string
	pos int
}

func (r *reader) skip() {
	for r.pos < len(r.s) && strings.ContainsRune(" \n\t,:", rune(r.s[r.pos])) {
		r.pos++
	}
}

func (r *reader) value() interface{} {
	r.skip()
	switch c := r.s[r.pos]; {
	case c == '{':
		r.pos++
		m := map[string]interface{}{}
		for r.skip(); r.s[r.pos] != '}'; r.skip() {
			k := r.value().(string)
			m[k] = r.value()
		}
		r.pos++
		return m
	case c == '[':
		r.pos++
		var l []interface{}
		for r.skip(); r.s[r.pos] != ']'; r.skip() {
			l = append(l, r.value())
		}
		r.pos++
		if l == nil {
			l = []interface{}{}
		}
		return l
	case c == '"':
		end := r.pos + 1
		for r.s[end] != '"' || r.s[end-1] == '\\' {
			end++
		}
		s, err := strconv.Unquote(r.s[r.pos : end+1])
		if err != nil {
			panic(err)
		}
		r.pos = end + 1
		return s
	default:
		end := r.pos
		for end < len(r.s) && !strings.ContainsRune(" \n\t,]}", rune(r.s[end])) {
			end++
		}
		tok := r.s[r.pos:end]
		r.pos = end
		switch tok {
		case "null":
			return nil
		case "true", "false":
			return tok == "true"
		}
		if n, err := strconv.Atoi(tok); err == nil {
			return n
		}
		f, _ := strconv.ParseFloat(tok, 64)
		return f
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "GoTruffle",
		"version": 0.1,
		"stars":   1200,
		"tags":    []interface{}{"go", "jvm", "truffle"},
		"nested": map[string]interface{}{
			"empty_list": []interface{}{},
			"empty_map":  map[string]interface{}{},
			"null":       nil,
			"ok":         true,
			"quote":      "say \"hi\"\n\ttab and unicode é ☃",
			"matrix":     []interface{}{[]interface{}{1, 2}, []interface{}{3.5, -4e-9}},
		},
		"big":   1e21,
		"weird": complex(1, 2),
	}
	var b strings.Builder
	pretty(doc, "", &b)
	out := b.String()
	fmt.Println(out)
	delete(doc, "weird")
	b.Reset()
	pretty(doc, "", &b)
	back := (&reader{s: b.String()}).value()
	var b2 strings.Builder
	pretty(back, "", &b2)
	fmt.Println("round trip identical:", b.String() == b2.String(), "lines:", strings.Count(b2.String(), "\n")+1)
	fmt.Println(back.(map[string]interface{})["nested"].(map[string]interface{})["matrix"])
}
