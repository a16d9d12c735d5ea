// Package quotedprintable: the quoted-printable transfer encoding of RFC 2045 (as mail and
// multipart bodies use it).
package quotedprintable

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// Reader decodes quoted-printable text. It is lenient as Go's is: "=\n" is a soft line
// break like "=\r\n", a bare CR or LF passes through, lower-case hex digits and bytes of
// 0x80 and above are accepted, and a "=" as the very last byte of the input is dropped.
type Reader struct {
	in      *bufio.Reader
	pending []byte // decoded-ready rest of the current line (still with its escapes)
	err     error  // what reading the input ended with; returned once pending is used up
}

// NewReader returns a Reader decoding r.
func NewReader(r io.Reader) *Reader {
	return &Reader{in: bufio.NewReader(r)}
}

// nextLine loads the next input line into pending: trailing blanks and the line end are
// cut, then a final "=" (a soft break) is removed, otherwise the line end is put back as
// it was (CRLF or LF).
func (r *Reader) nextLine() {
	raw, err := r.in.ReadSlice('\n')
	r.err = err
	end := len(raw)
	for end > 0 {
		c := raw[end-1]
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			break
		}
		end--
	}
	line, cut := raw[:end], raw[end:]
	if end > 0 && line[end-1] == '=' {
		line = line[:end-1]
		softBreak := len(cut) > 0 && cut[0] == '\n' || len(cut) > 1 && cut[0] == '\r' && cut[1] == '\n'
		finalEquals := len(cut) == 0 && len(line) > 0 && err == io.EOF
		if !softBreak && !finalEquals {
			r.err = fmt.Errorf("quotedprintable: invalid bytes after =: %q", cut)
		}
		r.pending = line
		return
	}
	if bytes.HasSuffix(raw, []byte("\n")) {
		if bytes.HasSuffix(raw, []byte("\r\n")) {
			line = append(line, '\r', '\n')
		} else {
			line = append(line, '\n')
		}
	}
	r.pending = line
}

func hexValue(c byte) (byte, error) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', nil
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, nil
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, nil
	}
	return 0, fmt.Errorf("quotedprintable: invalid hex byte 0x%02x", c)
}

// escaped decodes the two hex digits after a "=" at the start of s.
func escaped(s []byte) (byte, error) {
	if len(s) < 3 {
		return 0, io.ErrUnexpectedEOF
	}
	hi, err := hexValue(s[1])
	if err != nil {
		return 0, err
	}
	lo, err := hexValue(s[2])
	if err != nil {
		return 0, err
	}
	return hi<<4 | lo, nil
}

// Read decodes into p.
func (r *Reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(r.pending) == 0 {
			if r.err != nil {
				return n, r.err
			}
			r.nextLine()
			continue
		}
		c := r.pending[0]
		width := 1
		switch {
		case c == '=':
			b, err := escaped(r.pending)
			switch {
			case err == nil:
				c, width = b, 3
			case len(r.pending) > 1 && r.pending[1] != '\r' && r.pending[1] != '\n':
				// a "=" not followed by hex digits stands for itself
			default:
				return n, err
			}
		case c == '\t' || c == '\r' || c == '\n' || c >= 0x80:
		case c < ' ' || c > '~':
			return n, fmt.Errorf("quotedprintable: invalid unescaped byte 0x%02x in body", c)
		}
		p[n] = c
		n++
		r.pending = r.pending[width:]
	}
	return n, nil
}
