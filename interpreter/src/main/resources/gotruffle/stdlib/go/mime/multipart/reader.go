// Package multipart: MIME multipart bodies (RFC 2046), as HTML forms post them (RFC 7578):
// a Reader over the parts of a body, a Writer that makes one, and forms read into memory
// and temporary files.
package multipart

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"internal/mimeheader"
	"io"
	"mime"
	"mime/quotedprintable"
	"net/textproto"
	"path/filepath"
	"strings"
)

// A Reader reads the parts of a multipart body one after the other.
type Reader struct {
	in      *bufio.Reader // 4 KiB: a boundary line must fit
	tempDir string        // where ReadForm's temporary file goes ("" for os.TempDir)
	part    *Part         // the part being read, skipped by the next NextPart
	parts   int           // parts found so far

	// Delimiters, for boundary B: "\r\n" (or "\n" once the first boundary line ends so),
	// "\r\n--B" (or "\n--B"), "--B" and "--B--".
	eol, eolDelim, delim, closeDelim []byte
}

// NewReader reads the parts of r, delimited by boundary (the Content-Type's parameter).
func NewReader(r io.Reader, boundary string) *Reader {
	eolDelim := []byte("\r\n--" + boundary)
	return &Reader{
		in:         bufio.NewReaderSize(&stickyReader{r: r}, 4096),
		eol:        eolDelim[:2],
		eolDelim:   eolDelim,
		delim:      eolDelim[2:],
		closeDelim: []byte("--" + boundary + "--"),
	}
}

// stickyReader keeps returning the first error of r, whatever r would do afterwards.
type stickyReader struct {
	r   io.Reader
	err error
}

func (s *stickyReader) Read(p []byte) (int, error) {
	if s.err == nil {
		var n int
		n, s.err = s.r.Read(p)
		return n, s.err
	}
	return 0, s.err
}

// Part headers are read within these limits (Go 1.19.8's): 10 MB of keys, values and map
// overhead, and 10,000 fields (GODEBUG multipartmaxheaders).
const maxHeaderBytes = 10 << 20

func maxHeaderFields() int64 {
	return godebugInt("multipartmaxheaders", 10000)
}

// NextPart skips the rest of the current part and returns the next one, or io.EOF after
// the closing boundary. A quoted-printable Content-Transfer-Encoding is decoded (and the
// field removed from the part's Header).
func (r *Reader) NextPart() (*Part, error) {
	return r.next(true, maxHeaderBytes, maxHeaderFields())
}

// NextRawPart is NextPart without any decoding of the part's body.
func (r *Reader) NextRawPart() (*Part, error) {
	return r.next(false, maxHeaderBytes, maxHeaderFields())
}

func (r *Reader) next(decode bool, maxBytes, maxFields int64) (*Part, error) {
	if r.part != nil {
		r.part.Close()
	}
	if len(r.delim) == 2 {
		return nil, errors.New("multipart: boundary is empty")
	}
	// Lines before the first boundary are a preamble; between parts only the line end
	// that belongs to the boundary may come before it.
	sawEOL := false
	for {
		line, err := r.in.ReadSlice('\n')
		switch {
		case err == io.EOF && r.isClose(line):
			return nil, io.EOF
		case err != nil:
			return nil, fmt.Errorf("multipart: NextPart: %v", err)
		case r.isDelimiter(line):
			r.parts++
			p, err := r.newPart(decode, maxBytes, maxFields)
			if err != nil {
				return nil, err
			}
			r.part = p
			return p, nil
		case r.isClose(line):
			return nil, io.EOF
		case sawEOL:
			return nil, fmt.Errorf("multipart: expecting a new Part; got line %q", string(line))
		case r.parts == 0:
			// preamble
		case bytes.Equal(line, r.eol):
			sawEOL = true
		default:
			return nil, fmt.Errorf("multipart: unexpected line in Next(): %q", line)
		}
	}
}

func (r *Reader) newPart(decode bool, maxBytes, maxFields int64) (*Part, error) {
	p := &Part{Header: textproto.MIMEHeader{}, mr: r}
	h, err := mimeheader.ReadLimited(r.in, maxBytes, maxFields)
	if err != nil {
		if err.Error() == "message too large" {
			err = ErrMessageTooLarge
		}
		return nil, err
	}
	p.Header = h
	p.r = bodyReader{p}
	if decode && strings.EqualFold(p.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
		p.Header.Del("Content-Transfer-Encoding")
		p.r = quotedprintable.NewReader(p.r)
	}
	return p, nil
}

// afterBlanks is b without its leading spaces and tabs.
func afterBlanks(b []byte) []byte {
	return bytes.TrimLeft(b, " \t")
}

// isClose: line is the closing delimiter "--B--", maybe with blanks, and a line end or none.
func (r *Reader) isClose(line []byte) bool {
	if !bytes.HasPrefix(line, r.closeDelim) {
		return false
	}
	tail := afterBlanks(line[len(r.closeDelim):])
	return len(tail) == 0 || bytes.Equal(tail, r.eol)
}

// isDelimiter: line is "--B", maybe with blanks, and the line end. A first delimiter line
// ending in a bare LF switches the reader to LF line ends (not RFC 2046's, but seen).
func (r *Reader) isDelimiter(line []byte) bool {
	if !bytes.HasPrefix(line, r.delim) {
		return false
	}
	tail := afterBlanks(line[len(r.delim):])
	if r.parts == 0 && len(tail) == 1 && tail[0] == '\n' {
		r.eol = r.eol[1:]
		r.eolDelim = r.eolDelim[1:]
	}
	return bytes.Equal(tail, r.eol)
}

// A Part is one part of a multipart body: its header and a reader of its body.
type Part struct {
	// Header holds the part's header fields, keys canonicalized like http.Header's.
	Header textproto.MIMEHeader

	mr                *Reader
	r                 io.Reader // bodyReader, or a decoder over it
	disposition       string
	dispositionParams map[string]string

	ready   int   // body bytes known to be in mr.in before the next delimiter
	read    int64 // body bytes read so far
	stop    error // the end of the body (io.EOF) or the failure to return once ready is 0
	fillErr error // what the last attempt to buffer more input returned
}

// FormName is the name parameter of a "form-data" Content-Disposition, "" otherwise.
func (p *Part) FormName() string {
	p.parseDisposition()
	if p.disposition == "form-data" {
		return p.dispositionParams["name"]
	}
	return ""
}

// FileName is the filename parameter of the Content-Disposition, reduced to its last
// element by filepath.Base ("" if there is none).
func (p *Part) FileName() string {
	p.parseDisposition()
	if name := p.dispositionParams["filename"]; name != "" {
		return filepath.Base(name)
	}
	return ""
}

func (p *Part) parseDisposition() {
	if p.dispositionParams != nil {
		return
	}
	var err error
	p.disposition, p.dispositionParams, err = mime.ParseMediaType(p.Header.Get("Content-Disposition"))
	if err != nil {
		p.dispositionParams = map[string]string{}
	}
}

// Read reads the part's body, up to the next delimiter.
func (p *Part) Read(d []byte) (int, error) {
	return p.r.Read(d)
}

// Close skips what is left of the part's body.
func (p *Part) Close() error {
	io.Copy(io.Discard, p)
	return nil
}

// bodyReader reads a part's raw body out of the Reader's buffer.
type bodyReader struct{ p *Part }

func (b bodyReader) Read(d []byte) (int, error) {
	p := b.p
	in := p.mr.in
	// Find body bytes in the buffer, reading more input until some are sure not to be a
	// delimiter, or the delimiter or an error is met.
	for p.ready == 0 && p.stop == nil {
		buffered, _ := in.Peek(in.Buffered())
		p.ready, p.stop = bodyBytes(buffered, p.mr.delim, p.mr.eolDelim, p.read == 0, p.fillErr)
		if p.ready == 0 && p.stop == nil {
			if _, p.fillErr = in.Peek(len(buffered) + 1); p.fillErr == io.EOF {
				p.fillErr = io.ErrUnexpectedEOF
			}
		}
	}
	if p.ready == 0 {
		return 0, p.stop
	}
	if len(d) > p.ready {
		d = d[:p.ready]
	}
	n, _ := in.Read(d)
	p.read += int64(n)
	if p.ready -= n; p.ready > 0 {
		return n, nil
	}
	return n, p.stop
}

// bodyBytes looks at buffered input of a part's body: how many bytes of it are body for
// sure, and whether the body ends after them (io.EOF) or input failed (fillErr). A body may
// start with the delimiter itself (an empty body whose line end was taken by the header).
func bodyBytes(buf, delim, eolDelim []byte, atStart bool, fillErr error) (int, error) {
	if atStart {
		if bytes.HasPrefix(buf, delim) {
			switch delimiterAt(buf, delim, fillErr) {
			case notDelimiter:
				return len(delim), nil
			case needMore:
				return 0, nil
			default:
				return 0, io.EOF
			}
		}
		if bytes.HasPrefix(delim, buf) {
			return 0, fillErr
		}
	}
	if i := bytes.Index(buf, eolDelim); i >= 0 {
		switch delimiterAt(buf[i:], eolDelim, fillErr) {
		case notDelimiter:
			return i + len(eolDelim), nil
		case needMore:
			return i, nil
		default:
			return i, io.EOF
		}
	}
	if bytes.HasPrefix(eolDelim, buf) {
		return 0, fillErr
	}
	// Everything before the last line-end byte is body; from there on too, unless it could
	// be the start of a delimiter.
	if i := bytes.LastIndexByte(buf, eolDelim[0]); i >= 0 && bytes.HasPrefix(eolDelim, buf[i:]) {
		return i, nil
	}
	return len(buf), fillErr
}

const (
	notDelimiter = iota
	needMore
	isDelimiter
)

// delimiterAt: whether buf, which starts with the delimiter text, holds a real delimiter
// (followed by a blank, a line end or "--"), something else, or too little to tell.
func delimiterAt(buf, prefix []byte, fillErr error) int {
	rest := buf[len(prefix):]
	if len(rest) == 0 {
		if fillErr != nil {
			return isDelimiter
		}
		return needMore
	}
	switch rest[0] {
	case ' ', '\t', '\r', '\n':
		return isDelimiter
	case '-':
		if len(rest) == 1 {
			if fillErr != nil {
				return notDelimiter
			}
			return needMore
		}
		if rest[1] == '-' {
			return isDelimiter
		}
	}
	return notDelimiter
}
