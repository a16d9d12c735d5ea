package multipart

import (
	"bytes"
	"errors"
	"io"
	"net/textproto"
	"os"
	"strconv"
	"strings"
)

// ErrMessageTooLarge: ReadForm's form, or a part's header, is over its limits.
var ErrMessageTooLarge = errors.New("multipart: message too large")

// A Form is a parsed multipart form: the values of the plain fields and the headers of the
// files, by field name.
type Form struct {
	Value map[string][]string
	File  map[string][]*FileHeader
}

// RemoveAll deletes the form's temporary files; the first failure (other than a file
// already gone) is returned.
func (f *Form) RemoveAll() error {
	var first error
	for _, fhs := range f.File {
		for _, fh := range fhs {
			if fh.tmpfile == "" {
				continue
			}
			if err := os.Remove(fh.tmpfile); err != nil && first == nil && !errors.Is(err, os.ErrNotExist) {
				first = err
			}
		}
	}
	return first
}

// A FileHeader describes a file part of a form; Open reads its content.
type FileHeader struct {
	Filename string
	Header   textproto.MIMEHeader
	Size     int64

	content []byte // the file in memory, or nil when it is on disk:
	tmpfile string // the temporary file holding it,
	tmpoff  int64  // at this offset,
	shared  bool   // the file holding other parts too
}

// A File is a form file opened for reading.
type File interface {
	io.Reader
	io.Seeker
	io.ReaderAt
	io.Closer
}

// Open opens the file's content.
func (fh *FileHeader) Open() (File, error) {
	if fh.content != nil {
		return sectionFile{io.NewSectionReader(bytes.NewReader(fh.content), 0, int64(len(fh.content))), nil}, nil
	}
	f, err := os.Open(fh.tmpfile)
	if err != nil || !fh.shared {
		return f, err
	}
	return sectionFile{io.NewSectionReader(f, fh.tmpoff, fh.Size), f}, nil
}

// sectionFile is a File over a section; closing closes the file under it, if any.
type sectionFile struct {
	*io.SectionReader
	under io.Closer
}

func (s sectionFile) Close() error {
	if s.under == nil {
		return nil
	}
	return s.under.Close()
}

// godebug is the value of key in $GODEBUG (its first setting), "" if unset.
func godebug(key string) string {
	for _, kv := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// godebugInt is a non-negative integer setting of $GODEBUG, def when unset or invalid.
func godebugInt(key string, def int64) int64 {
	if v, err := strconv.ParseInt(godebug(key), 10, 64); err == nil && v >= 0 {
		return v
	}
	return def
}

// ReadForm reads the whole body as a form, as Go 1.19.8 does. Values are kept in memory,
// within maxMemory plus 10 MB (counting names, map entries and file headers too; a
// negative maxMemory leaves that much less); files, within maxMemory, then in one
// temporary file (one each with GODEBUG=multipartfiles=distinct). At most 1,000 parts
// (GODEBUG multipartmaxparts) and 10,000 header fields in all (multipartmaxheaders); past
// a limit the error is ErrMessageTooLarge. On an error the temporary files are removed.
func (r *Reader) ReadForm(maxMemory int64) (form *Form, err error) {
	form = &Form{Value: map[string][]string{}, File: map[string][]*FileHeader{}}
	st := &formState{
		form:     form,
		distinct: godebug("multipartfiles") == "distinct",
		fileMem:  maxMemory,
		mem:      maxMemory + 10<<20,
	}
	if st.mem <= 0 {
		st.mem = 1<<63 - 1
		if maxMemory < 0 {
			st.mem = 0
		}
	}
	defer func() { err = st.finish(err) }()
	partsLeft := godebugInt("multipartmaxparts", 1000)
	fieldsLeft := maxHeaderFields()
	var p *Part
	for err == nil {
		if p, err = r.next(true, st.mem, fieldsLeft); err != nil {
			break
		}
		if partsLeft--; partsLeft < 0 {
			err = ErrMessageTooLarge
			break
		}
		name := p.FormName()
		if name == "" {
			continue
		}
		if err = st.charge(int64(len(name)) + mapEntrySize); err != nil {
			break
		}
		if p.FileName() == "" {
			err = st.readValue(name, p)
			continue
		}
		for _, vs := range p.Header {
			fieldsLeft -= int64(len(vs))
		}
		err = st.readFile(r, name, p)
	}
	if err == io.EOF {
		return form, nil
	}
	return nil, err
}

// Memory accounting of ReadForm (Go's estimates of what a map entry and a FileHeader cost).
const (
	mapEntrySize   = 200
	fileHeaderSize = 100
)

// formState is ReadForm's progress: memory left, and the temporary file being filled.
type formState struct {
	form     *Form
	distinct bool  // one temporary file per file part
	fileMem  int64 // memory left for files
	mem      int64 // memory left for everything
	tmp      *os.File
	tmpEnd   int64 // bytes in tmp so far
	onDisk   int   // file parts written to temporary files
	copyBuf  []byte
}

func (st *formState) charge(n int64) error {
	if st.mem -= n; st.mem < 0 {
		return ErrMessageTooLarge
	}
	return nil
}

func (st *formState) readValue(name string, p *Part) error {
	var b bytes.Buffer
	n, err := io.CopyN(&b, p, st.mem+1)
	if err != nil && err != io.EOF {
		return err
	}
	if err := st.charge(n); err != nil {
		return err
	}
	st.form.Value[name] = append(st.form.Value[name], b.String())
	return nil
}

// headerSize estimates the memory a part's header takes.
func headerSize(h textproto.MIMEHeader) int64 {
	n := 400 + mapEntrySize*len(h)
	for k, vs := range h {
		n += len(k)
		for _, v := range vs {
			n += len(v)
		}
	}
	return int64(n)
}

func (st *formState) readFile(r *Reader, name string, p *Part) error {
	if err := st.charge(headerSize(p.Header) + mapEntrySize + fileHeaderSize); err != nil {
		return err
	}
	fh := &FileHeader{Filename: p.FileName(), Header: p.Header}
	var b bytes.Buffer
	n, err := io.CopyN(&b, p, st.fileMem+1)
	if err != nil && err != io.EOF {
		return err
	}
	if n <= st.fileMem {
		fh.content = b.Bytes()
		fh.Size = int64(len(fh.content))
		st.fileMem -= n
		st.mem -= n
	} else if err := st.spill(r, fh, b.Bytes(), p); err != nil {
		return err
	}
	st.form.File[name] = append(st.form.File[name], fh)
	return nil
}

// spill writes a file too large for memory (head already read, the rest still in p) to
// the temporary file.
func (st *formState) spill(r *Reader, fh *FileHeader, head []byte, p *Part) error {
	if st.tmp == nil {
		f, err := os.CreateTemp(r.tempDir, "multipart-")
		if err != nil {
			return err
		}
		st.tmp = f
	}
	st.onDisk++
	if _, err := st.tmp.Write(head); err != nil {
		return err
	}
	if st.copyBuf == nil {
		st.copyBuf = make([]byte, 32<<10)
	}
	// (a plain writer, so that the copy goes through copyBuf)
	rest, err := io.CopyBuffer(struct{ io.Writer }{st.tmp}, p, st.copyBuf)
	if err != nil {
		return err
	}
	fh.tmpfile = st.tmp.Name()
	fh.tmpoff = st.tmpEnd
	fh.Size = int64(len(head)) + rest
	st.tmpEnd += fh.Size
	if st.distinct {
		if err := st.tmp.Close(); err != nil {
			return err
		}
		st.tmp = nil
	}
	return nil
}

// finish closes the temporary file, marks the file parts as sharing it when it holds
// several, and on an error removes everything written.
func (st *formState) finish(err error) error {
	if st.tmp != nil {
		if cerr := st.tmp.Close(); err == nil {
			err = cerr
		}
	}
	if !st.distinct && st.onDisk > 1 {
		for _, fhs := range st.form.File {
			for _, fh := range fhs {
				fh.shared = true
			}
		}
	}
	if err != nil {
		st.form.RemoveAll()
		if st.tmp != nil {
			os.Remove(st.tmp.Name())
		}
	}
	return err
}
