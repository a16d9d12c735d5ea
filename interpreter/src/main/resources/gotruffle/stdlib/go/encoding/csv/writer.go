package csv

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Writer writes records using CSV encoding (buffered: call Flush).
type Writer struct {
	Comma   rune // field delimiter (',' by NewWriter)
	UseCRLF bool // end lines with \r\n

	w *bufio.Writer
}

// NewWriter writes CSV records to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', w: bufio.NewWriter(w)}
}

// Write writes one record, quoting fields as needed.
func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for i, field := range record {
		if i > 0 {
			if _, err := w.w.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if w.fieldNeedsQuotes(field) {
			field = w.quoted(field)
		}
		if _, err := w.w.WriteString(field); err != nil {
			return err
		}
	}
	lineEnd := "\n"
	if w.UseCRLF {
		lineEnd = "\r\n"
	}
	_, err := w.w.WriteString(lineEnd)
	return err
}

// quoted is field between double quotes, its quotes doubled; with UseCRLF every line break
// inside becomes \r\n (a \r of its own is dropped, a \n gets one).
func (w *Writer) quoted(field string) string {
	var sb strings.Builder
	sb.Grow(len(field) + 2)
	sb.WriteByte('"')
	for i := 0; i < len(field); i++ {
		switch c := field[i]; {
		case c == '"':
			sb.WriteString(`""`)
		case c == '\r' && w.UseCRLF:
		case c == '\n' && w.UseCRLF:
			sb.WriteString("\r\n")
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

// Flush hands buffered output to the wrapped writer; see Error for failures.
func (w *Writer) Flush() { w.w.Flush() }

// Error reports any error of a previous Write or Flush (bufio keeps the first one).
func (w *Writer) Error() error {
	_, err := w.w.Write(nil)
	return err
}

// WriteAll writes all records and flushes.
func (w *Writer) WriteAll(records [][]string) error {
	for _, record := range records {
		if err := w.Write(record); err != nil {
			return err
		}
	}
	return w.w.Flush()
}

// fieldNeedsQuotes: empty fields are not quoted; fields with the delimiter, a quote, CR or
// LF, starting with a space, or `\.` are.
func (w *Writer) fieldNeedsQuotes(field string) bool {
	switch {
	case field == "":
		return false
	case field == `\.`, strings.ContainsRune(field, w.Comma), strings.ContainsAny(field, "\"\r\n"):
		return true
	}
	first, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(first)
}
