// Package csv: reading and writing comma-separated values (RFC 4180 with Go's extensions:
// other delimiters, comments, lazy quotes, leading-space trimming).
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// ParseError is returned for parsing errors; line and column numbers are 1-based, columns in bytes.
type ParseError struct {
	StartLine int   // line where the record starts
	Line      int   // line where the error occurred
	Column    int   // column (1-based byte index) where the error occurred
	Err       error // the actual error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	text := fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
	if e.StartLine != e.Line { // a quoted field spanning lines
		text = fmt.Sprintf("record on line %d; ", e.StartLine) + text
	}
	return text
}

func (e *ParseError) Unwrap() error { return e.Err }

// The errors a ParseError can hold.
var (
	ErrTrailingComma = errors.New("extra delimiter at end of line") // no longer used
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// Reader parses CSV records from an input.
type Reader struct {
	Comma            rune // field delimiter (',' by NewReader)
	Comment          rune // lines starting with it are skipped (0: none)
	FieldsPerRecord  int  // > 0: exact count; 0: set by the first record; < 0: any
	LazyQuotes       bool // quotes may appear in unquoted fields and unescaped in quoted ones
	TrimLeadingSpace bool // leading white space of a field is ignored
	ReuseRecord      bool // Read may return a slice sharing the previous one's array
	TrailingComma    bool // deprecated, ignored

	r              *bufio.Reader
	numLine        int
	offset         int64
	recordBuffer   []byte
	fieldIndexes   []int
	fieldPositions []position
	lastRecord     []string
}

type position struct {
	line, col int
}

// NewReader parses CSV records from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read parses the next record into its fields; after the last one: nil, io.EOF.
func (r *Reader) Read() (record []string, err error) {
	var reuse []string
	if r.ReuseRecord {
		reuse = r.lastRecord
	}
	record, err = r.readRecord(reuse)
	if r.ReuseRecord {
		r.lastRecord = record
	}
	return record, err
}

// FieldPos returns the line and column where field of the last record read starts.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.fieldPositions) {
		panic("out of range index passed to FieldPos")
	}
	p := &r.fieldPositions[field]
	return p.line, p.col
}

// InputOffset: bytes of input consumed so far.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads all the remaining records.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads a line with its '\n' ("\r\n" becomes "\n"; a last line without a line
// break loses one trailing '\r').
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadBytes('\n')
	r.numLine++
	r.offset += int64(len(line))
	if len(line) > 0 && err == io.EOF {
		err = nil
		line = bytes.TrimSuffix(line, []byte{'\r'})
	}
	if bytes.HasSuffix(line, []byte("\r\n")) {
		line[len(line)-2] = '\n'
		line = line[:len(line)-1]
	}
	return line, err
}

// lengthNL is 1 when b ends with '\n'.
func lengthNL(b []byte) int {
	if bytes.HasSuffix(b, []byte{'\n'}) {
		return 1
	}
	return 0
}

func nextRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

// firstLine reads up to the first line that is neither empty nor a comment.
func (r *Reader) firstLine() ([]byte, error) {
	for {
		line, err := r.readLine()
		comment := r.Comment != 0 && nextRune(line) == r.Comment
		blank := err == nil && len(line) == lengthNL(line)
		switch {
		case !comment && !blank:
			return line, err
		case err != nil:
			return nil, err
		}
	}
}

func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || r.Comment != 0 && !validDelim(r.Comment) {
		return nil, errInvalidDelim
	}
	line, readErr := r.firstLine()
	if readErr == io.EOF {
		return nil, readErr
	}
	r.recordBuffer = r.recordBuffer[:0]
	r.fieldIndexes = r.fieldIndexes[:0]
	r.fieldPositions = r.fieldPositions[:0]
	p := &recordParser{r: r, line: line, at: position{r.numLine, 1}, start: r.numLine, readErr: readErr}
	err := p.parse()
	if err == nil {
		err = p.readErr
	}
	dst = r.fields(dst)
	if countErr := r.checkCount(len(dst), p.start); err == nil {
		err = countErr
	}
	return dst, err
}

// fields cuts the record's text into its fields, in dst's storage when it is big enough.
func (r *Reader) fields(dst []string) []string {
	text := string(r.recordBuffer) // one allocation for all fields
	if cap(dst) < len(r.fieldIndexes) {
		dst = make([]string, len(r.fieldIndexes))
	}
	dst = dst[:len(r.fieldIndexes)]
	from := 0
	for i, to := range r.fieldIndexes {
		dst[i], from = text[from:to], to
	}
	return dst
}

// checkCount holds a record of n fields to FieldsPerRecord (the first record sets it when 0).
func (r *Reader) checkCount(n, line int) error {
	switch {
	case r.FieldsPerRecord == 0:
		r.FieldsPerRecord = n
	case r.FieldsPerRecord > 0 && n != r.FieldsPerRecord:
		return &ParseError{StartLine: line, Line: line, Column: 1, Err: ErrFieldCount}
	}
	return nil
}

// recordParser splits one record into the Reader's recordBuffer, fieldIndexes and
// fieldPositions. line is what is left of the current line and at its position.
type recordParser struct {
	r       *Reader
	line    []byte
	at      position
	start   int   // the line where the record starts
	readErr error // the input's error, reported after the fields before it
}

func (p *recordParser) parse() error {
	for {
		if p.r.TrimLeadingSpace {
			p.trimSpace()
		}
		var more bool
		var err error
		if len(p.line) > 0 && p.line[0] == '"' {
			more, err = p.quoted()
		} else {
			more, err = p.unquoted()
		}
		if err != nil || !more {
			return err
		}
	}
}

// trimSpace skips leading white space; when only space is left, Go's column leaves out the
// line break.
func (p *recordParser) trimSpace() {
	n := bytes.IndexFunc(p.line, func(c rune) bool { return !unicode.IsSpace(c) })
	if n < 0 {
		n = len(p.line)
		p.at.col -= lengthNL(p.line)
	}
	p.skip(n)
}

func (p *recordParser) skip(n int) {
	p.line = p.line[n:]
	p.at.col += n
}

func (p *recordParser) endField(at position) {
	p.r.fieldIndexes = append(p.r.fieldIndexes, len(p.r.recordBuffer))
	p.r.fieldPositions = append(p.r.fieldPositions, at)
}

func (p *recordParser) fail(line, col int, err error) error {
	return &ParseError{StartLine: p.start, Line: line, Column: col, Err: err}
}

// unquoted reads a field that ends at the delimiter (more fields follow) or the line end.
func (p *recordParser) unquoted() (more bool, err error) {
	end := bytes.IndexRune(p.line, p.r.Comma)
	more = end >= 0
	if !more {
		end = len(p.line) - lengthNL(p.line)
	}
	field := p.line[:end]
	if q := bytes.IndexByte(field, '"'); q >= 0 && !p.r.LazyQuotes {
		return false, p.fail(p.r.numLine, p.at.col+q, ErrBareQuote)
	}
	p.r.recordBuffer = append(p.r.recordBuffer, field...)
	p.endField(p.at)
	if more {
		p.skip(end + utf8.RuneLen(p.r.Comma))
	}
	return more, nil
}

// quoted reads a field in double quotes, which may go on over several lines; "" inside is a
// quote, and the closing quote must come before the delimiter or the line end.
func (p *recordParser) quoted() (more bool, err error) {
	at := p.at
	p.skip(1)
	for {
		q := bytes.IndexByte(p.line, '"')
		if q >= 0 {
			p.r.recordBuffer = append(p.r.recordBuffer, p.line[:q]...)
			p.skip(q + 1)
			switch next := nextRune(p.line); {
			case next == '"':
				p.r.recordBuffer = append(p.r.recordBuffer, '"')
				p.skip(1)
			case next == p.r.Comma:
				p.skip(utf8.RuneLen(p.r.Comma))
				p.endField(at)
				return true, nil
			case len(p.line) == lengthNL(p.line):
				p.endField(at)
				return false, nil
			case p.r.LazyQuotes:
				p.r.recordBuffer = append(p.r.recordBuffer, '"')
			default:
				return false, p.fail(p.r.numLine, p.at.col-1, ErrQuote)
			}
			continue
		}
		if len(p.line) == 0 { // the input ended inside the quotes
			if p.readErr == nil && !p.r.LazyQuotes {
				return false, p.fail(p.at.line, p.at.col, ErrQuote)
			}
			p.endField(at)
			return false, nil
		}
		// The line (with its line break) belongs to the field; on to the next one.
		p.r.recordBuffer = append(p.r.recordBuffer, p.line...)
		if p.readErr != nil {
			return false, nil
		}
		p.at.col += len(p.line)
		line, err := p.r.readLine()
		if err == io.EOF {
			err = nil
		}
		p.line, p.readErr = line, err
		if len(line) > 0 {
			p.at = position{p.at.line + 1, 1}
		}
	}
}
