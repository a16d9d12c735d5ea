package multipart

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"sort"
	"strings"
)

// A Writer writes a multipart body: CreatePart (or its form helpers) starts each part, Close
// writes the closing delimiter.
type Writer struct {
	out      io.Writer
	boundary string
	current  *partWriter // the part being written; nil before the first one and after Close
}

// NewWriter returns a Writer to w with a random boundary.
func NewWriter(w io.Writer) *Writer {
	var b [30]byte
	if _, err := io.ReadFull(rand.Reader, b[:]); err != nil {
		panic(err)
	}
	return &Writer{out: w, boundary: fmt.Sprintf("%x", b[:])}
}

// Boundary is the writer's boundary.
func (w *Writer) Boundary() string {
	return w.boundary
}

// SetBoundary replaces the random boundary, before anything is written: 1 to 70 characters
// of RFC 2046's set (letters, digits, '()+_,-./:=? and spaces, but not a space at the end).
func (w *Writer) SetBoundary(boundary string) error {
	if w.current != nil {
		return errors.New("mime: SetBoundary called after write")
	}
	err := checkBoundary(boundary)
	if err == nil {
		w.boundary = boundary
	}
	return err
}

func checkBoundary(b string) error {
	if len(b) == 0 || len(b) > 70 {
		return errors.New("mime: invalid boundary length")
	}
	for i, c := range b {
		allowed := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			strings.ContainsRune("'()+_,-./:=?", c) || c == ' ' && i < len(b)-1
		if !allowed {
			return errors.New("mime: invalid boundary character")
		}
	}
	return nil
}

// FormDataContentType is the Content-Type of the body: multipart/form-data with the
// boundary, quoted when it holds a special character or a space.
func (w *Writer) FormDataContentType() string {
	if strings.ContainsAny(w.boundary, `()<>@,;:\"/[]?= `) {
		return `multipart/form-data; boundary="` + w.boundary + `"`
	}
	return "multipart/form-data; boundary=" + w.boundary
}

// CreatePart ends the current part and starts a new one with header (fields in key order)
// and returns the writer of its body.
func (w *Writer) CreatePart(header textproto.MIMEHeader) (io.Writer, error) {
	var sb strings.Builder
	if w.current != nil {
		if err := w.current.finish(); err != nil {
			return nil, err
		}
		sb.WriteString("\r\n")
	}
	sb.WriteString("--" + w.boundary + "\r\n")
	fields := make([]string, 0, len(header))
	for name := range header {
		fields = append(fields, name)
	}
	sort.Strings(fields)
	for _, name := range fields {
		for _, value := range header[name] {
			sb.WriteString(name + ": " + value + "\r\n")
		}
	}
	sb.WriteString("\r\n")
	if _, err := io.WriteString(w.out, sb.String()); err != nil {
		return nil, err
	}
	w.current = &partWriter{w: w}
	return w.current, nil
}

// quoteEscaper backslash-escapes what cannot stand in a quoted parameter as it is.
var quoteEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`)

// CreateFormFile starts a file part: form-data with name and filename, of type
// application/octet-stream.
func (w *Writer) CreateFormFile(fieldname, filename string) (io.Writer, error) {
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="`+quoteEscaper.Replace(fieldname)+
		`"; filename="`+quoteEscaper.Replace(filename)+`"`)
	h.Set("Content-Type", "application/octet-stream")
	return w.CreatePart(h)
}

// CreateFormField starts a form-data part named fieldname.
func (w *Writer) CreateFormField(fieldname string) (io.Writer, error) {
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="`+quoteEscaper.Replace(fieldname)+`"`)
	return w.CreatePart(h)
}

// WriteField writes a whole form field.
func (w *Writer) WriteField(fieldname, value string) error {
	body, err := w.CreateFormField(fieldname)
	if err == nil {
		_, err = io.WriteString(body, value)
	}
	return err
}

// Close ends the current part and writes the closing delimiter.
func (w *Writer) Close() error {
	if w.current != nil {
		if err := w.current.finish(); err != nil {
			return err
		}
		w.current = nil
	}
	_, err := io.WriteString(w.out, "\r\n--"+w.boundary+"--\r\n")
	return err
}

// partWriter writes a part's body straight through; the first write error sticks to the
// part and is reported again when the part is ended.
type partWriter struct {
	w        *Writer
	finished bool
	err      error
}

func (p *partWriter) finish() error {
	p.finished = true
	return p.err
}

func (p *partWriter) Write(b []byte) (int, error) {
	if p.finished {
		return 0, errors.New("multipart: can't write to finished part")
	}
	n, err := p.w.out.Write(b)
	if err != nil {
		p.err = err
	}
	return n, err
}
