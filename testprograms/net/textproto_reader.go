// textproto_reader: net/textproto's MIMEHeader, CanonicalMIMEHeaderKey, TrimString, Error
// and Reader (lines, continued lines, MIME headers and their errors), recorded with Go 1.19.
package main

import (
	"bufio"
	"fmt"
	"net/textproto"
	"sort"
	"strings"
)

func reader(s string) *textproto.Reader {
	return textproto.NewReader(bufio.NewReaderSize(strings.NewReader(s), 16))
}

func main() {
	for _, k := range []string{"", "a", "content-type", "CONTENT-TYPE", "Content-Type", "x-forwarded-for", "-a-", "a--b",
		"with space", "bad:colon", "ünï", "x_y", "1abc-2def", "ALREADY-Canonical", "a\tb", "Www-Authenticate", "dnt"} {
		fmt.Printf("%q -> %q\n", k, textproto.CanonicalMIMEHeaderKey(k))
	}
	for _, s := range []string{"", "  ", " a b ", "\t\r\nx\r\n", "\vx\v", "\u00a0x"} {
		fmt.Printf("TrimString(%q) = %q\n", s, textproto.TrimString(s))
	}
	h := textproto.MIMEHeader{}
	h.Add("x-a", "1")
	h.Add("X-A", "2")
	h.Set("content-length", "3")
	h.Add("bad key", "v")
	fmt.Println(h.Get("X-a"), h.Values("x-a"), h.Get("missing"), h.Values("missing") == nil, h.Get("bad key"), len(h))
	h.Del("X-A")
	fmt.Println(h)
	var nilh textproto.MIMEHeader
	fmt.Printf("%q %v\n", nilh.Get("a"), nilh.Values("a") == nil)
	for _, e := range []*textproto.Error{{Code: 5, Msg: "x"}, {Code: 250, Msg: "ok"}, {Code: 1234, Msg: ""}, {Code: -1, Msg: "neg"}} {
		fmt.Printf("%q\n", e.Error())
	}
	fmt.Println(textproto.ProtocolError("short response"))

	lines := reader("first\r\nsecond\nthird line is much longer than the buffer size\r\n\r\nlast")
	for i := 0; i < 6; i++ {
		l, err := lines.ReadLine()
		fmt.Printf("ReadLine %q %v\n", l, err)
	}
	lb := reader("bytes\r\n")
	b, err := lb.ReadLineBytes()
	fmt.Printf("ReadLineBytes %q %v\n", b, err)
	b, err = lb.ReadLineBytes()
	fmt.Printf("ReadLineBytes %q %v %v\n", b, err, b == nil)

	cont := reader("Line one\r\n  continued\r\n\tand more  \r\nnext\r\n \r\n")
	for i := 0; i < 4; i++ {
		l, err := cont.ReadContinuedLine()
		fmt.Printf("ReadContinuedLine %q %v\n", l, err)
	}

	for _, in := range []string{
		"Host: example.com\r\nContent-Type: text/plain\r\n\r\nbody",
		"a: 1\r\nA: 2\r\nb:\t \tspaced\r\nc:\r\nd: x\r\n  y\r\n\tz\r\n\r\n",
		"no-colon-here\r\n\r\n",
		" leading: space\r\n\r\n",
		"\tleading: tab\r\n\r\n",
		": empty key\r\nk: v\r\n\r\n",
		"bad key: v\r\nx-y: w\r\n\r\n",
		"k: v\r\nunterminated: w",
		"k: v\r\n",
		"",
		"\r\n",
		"k: v\n\nrest",
		"k: v: w\r\nLong-Header-Name-Longer-Than-Buffer: value that also spans beyond the buffer\r\n\r\n",
		"k: v\r\n continued\r\n",
		"k: v\r\nmissing colon\r\n\r\n",
	} {
		m, err := reader(in).ReadMIMEHeader()
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("ReadMIMEHeader(%q):", in)
		for _, k := range keys {
			fmt.Printf(" %q=%q", k, m[k])
		}
		fmt.Printf(" err=%v\n", err)
	}
}
