package quotedprintable

import "io"

// maxLine is the longest encoded line, not counting its CRLF (RFC 2045).
const maxLine = 76

// Writer encodes to quoted-printable: lines of at most 76 characters (longer ones get a
// soft break "="), "=", control characters and bytes from 0x7f up as "=XX", blanks at a
// line end escaped. Line ends become CRLF unless Binary, where CR and LF are escaped too.
// Close flushes the last line.
type Writer struct {
	// Binary: the input is binary data, not text.
	Binary bool

	out     io.Writer
	line    []byte // the current output line, not written yet
	afterCR bool   // the last byte was a CR (its CRLF is out; an LF right after is swallowed)
}

// NewWriter returns a Writer encoding to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{out: w, line: make([]byte, 0, maxLine+2)}
}

const hexDigits = "0123456789ABCDEF"

// Write encodes p; the output is written a line at a time. On a failure the count is, as
// Go's, of the bytes before the run of unescaped bytes being written.
func (w *Writer) Write(p []byte) (int, error) {
	done := 0
	for i, c := range p {
		plain := c == ' ' || c == '\t' || c >= '!' && c <= '~' && c != '=' || !w.Binary && (c == '\r' || c == '\n')
		var err error
		switch {
		case !plain:
			done = i
			err = w.escape(c)
		case c == '\r' || c == '\n':
			err = w.lineEnd(c)
		default:
			err = w.literal(c)
		}
		if err != nil {
			return done, err
		}
		if !plain {
			done = i + 1
		}
	}
	return len(p), nil
}

// Close writes the line still pending (with a blank at its end escaped); w's writer is
// not closed.
func (w *Writer) Close() error {
	if err := w.escapeTrailingBlank(); err != nil {
		return err
	}
	return w.flush()
}

func (w *Writer) literal(c byte) error {
	if len(w.line) == maxLine-1 {
		if err := w.softBreak(); err != nil {
			return err
		}
	}
	w.line = append(w.line, c)
	w.afterCR = false
	return nil
}

func (w *Writer) escape(c byte) error {
	if len(w.line)+3 > maxLine-1 {
		if err := w.softBreak(); err != nil {
			return err
		}
	}
	w.line = append(w.line, '=', hexDigits[c>>4], hexDigits[c&15])
	return nil
}

// lineEnd ends the line with CRLF for a CR, an LF, or a CRLF pair.
func (w *Writer) lineEnd(c byte) error {
	if c == '\n' && w.afterCR {
		w.afterCR = false
		return nil
	}
	w.afterCR = c == '\r'
	if err := w.escapeTrailingBlank(); err != nil {
		return err
	}
	w.line = append(w.line, '\r', '\n')
	return w.flush()
}

// escapeTrailingBlank escapes a space or tab ending the line (it would be lost in transport).
func (w *Writer) escapeTrailingBlank() error {
	n := len(w.line)
	if n == 0 || w.line[n-1] != ' ' && w.line[n-1] != '\t' {
		return nil
	}
	c := w.line[n-1]
	w.line = w.line[:n-1]
	return w.escape(c)
}

func (w *Writer) softBreak() error {
	w.line = append(w.line, '=', '\r', '\n')
	return w.flush()
}

func (w *Writer) flush() error {
	if _, err := w.out.Write(w.line); err != nil {
		return err
	}
	w.line = w.line[:0]
	return nil
}
