// encoding/csv's Writer: which fields get quoted (delimiters ASCII and not, quotes, line
// breaks, leading spaces of every kind, `\.`), line breaks inside quoted fields with and
// without UseCRLF, invalid delimiters, and errors of the underlying writer.
package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
)

type failing struct{ after int }

func (f *failing) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("no space")
	}
	f.after--
	return len(p), nil
}

func main() {
	fields := []string{"", "plain", "a,b", "say \"hi\"", "line1\nline2", "cr\rinside", "crlf\r\nend", " lead", "\tlead", "\u3000ideographic", "\u00a0nbsp", "trail ", `\.`, `\.x`, "semi;colon", "ünï·cödé", "\"", "\n", "\r"}
	for _, crlf := range []bool{false, true} {
		for _, comma := range []rune{',', ';', '·', '\t'} {
			var buf bytes.Buffer
			w := csv.NewWriter(&buf)
			w.Comma = comma
			w.UseCRLF = crlf
			err := w.Write(fields)
			w.Write([]string{})
			w.Write([]string{""})
			w.Flush()
			fmt.Printf("%v %q: %v %v %q\n", crlf, comma, err, w.Error(), buf.String())
		}
	}
	for _, comma := range []rune{'"', '\r', '\n', 0xFFFD, -1, 0} {
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Comma = comma
		fmt.Println(w.Write([]string{"a"}), w.WriteAll([][]string{{"b"}}), buf.Len())
	}
	w := csv.NewWriter(&failing{})
	w.Write([]string{"x"})
	fmt.Println(w.Error())
	w.Flush()
	fmt.Println(w.Error(), w.Write([]string{"y"}))
	w = csv.NewWriter(&failing{after: 1})
	big := string(bytes.Repeat([]byte("z"), 5000))
	fmt.Println(w.WriteAll([][]string{{big}, {big}}), w.Error())
	w = csv.NewWriter(&failing{after: 5})
	fmt.Println(w.WriteAll([][]string{{"a", "b"}, {"c"}}), w.Error())
}
