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
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
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
	if r.ReuseRecord {
		record, err = r.readRecord(r.lastRecord)
		r.lastRecord = record
	} else {
		record, err = r.readRecord(nil)
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

// readLine reads a line with its '\n' ("\r\n" becomes "\n"; a final "\r" without "\n" is dropped).
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadBytes('\n')
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.numLine++
	r.offset += int64(n)
	if k := len(line); k >= 2 && line[k-2] == '\r' && line[k-1] == '\n' {
		line[k-2] = '\n'
		line = line[:k-1]
	}
	return line, err
}

func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

func nextRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}
	// the first line that is neither a comment nor empty
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if r.Comment != 0 && nextRune(line) == r.Comment {
			line = nil
			continue
		}
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			continue
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}

	var err error
	commaLen := utf8.RuneLen(r.Comma)
	recLine := r.numLine
	r.recordBuffer = r.recordBuffer[:0]
	r.fieldIndexes = r.fieldIndexes[:0]
	r.fieldPositions = r.fieldPositions[:0]
	pos := position{line: r.numLine, col: 1}
	endField := func(at position) {
		r.fieldIndexes = append(r.fieldIndexes, len(r.recordBuffer))
		r.fieldPositions = append(r.fieldPositions, at)
	}
fields:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(c rune) bool { return !unicode.IsSpace(c) })
			if i < 0 {
				i = len(line)
				pos.col -= lengthNL(line)
			}
			line = line[i:]
			pos.col += i
		}
		if len(line) == 0 || line[0] != '"' {
			// an unquoted field runs to the delimiter or the line end
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-lengthNL(field)]
			}
			if !r.LazyQuotes {
				if j := bytes.IndexByte(field, '"'); j >= 0 {
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col + j, Err: ErrBareQuote}
					break fields
				}
			}
			r.recordBuffer = append(r.recordBuffer, field...)
			endField(pos)
			if i >= 0 {
				line = line[i+commaLen:]
				pos.col += i + commaLen
				continue fields
			}
			break fields
		}
		// a quoted field, possibly over several lines
		fieldPos := pos
		line = line[1:]
		pos.col++
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				r.recordBuffer = append(r.recordBuffer, line[:i]...)
				line = line[i+1:]
				pos.col += i + 1
				switch c := nextRune(line); {
				case c == '"': // "" is a quote
					r.recordBuffer = append(r.recordBuffer, '"')
					line = line[1:]
					pos.col++
				case c == r.Comma:
					line = line[commaLen:]
					pos.col += commaLen
					endField(fieldPos)
					continue fields
				case lengthNL(line) == len(line):
					endField(fieldPos)
					break fields
				case r.LazyQuotes:
					r.recordBuffer = append(r.recordBuffer, '"')
				default:
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col - 1, Err: ErrQuote}
					break fields
				}
			case len(line) > 0:
				// the field goes on on the next line
				r.recordBuffer = append(r.recordBuffer, line...)
				if errRead != nil {
					break fields
				}
				pos.col += len(line)
				line, errRead = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			default:
				// end of input inside the quotes
				if !r.LazyQuotes && errRead == nil {
					err = &ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: ErrQuote}
					break fields
				}
				endField(fieldPos)
				break fields
			}
		}
	}
	if err == nil {
		err = errRead
	}

	str := string(r.recordBuffer)
	dst = dst[:0]
	if cap(dst) < len(r.fieldIndexes) {
		dst = make([]string, len(r.fieldIndexes))
	}
	dst = dst[:len(r.fieldIndexes)]
	prev := 0
	for i, idx := range r.fieldIndexes {
		dst[i] = str[prev:idx]
		prev = idx
	}
	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: recLine, Line: recLine, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}
