package http

import (
	"errors"
	"internal/httpguts"
	"io"
	"io/fs"
	"log"
	"mime"
	"net/textproto"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// FileSystem opens files by slash-separated names.
type FileSystem interface {
	Open(name string) (File, error)
}

// File is what FileSystem.Open gives and FileServer serves.
type File interface {
	io.ReadSeekCloser
	Readdir(count int) ([]os.FileInfo, error)
	Stat() (os.FileInfo, error)
}

// Dir serves the files under one directory of the machine ("" is the current one).
type Dir string

// Open opens name (a slash path, cleaned as if rooted, so it cannot climb out of d) for
// reading inside d.
func (d Dir) Open(name string) (File, error) {
	// A NUL byte cannot be in a file name (Go's safefilepath check).
	if strings.IndexByte(name, 0) >= 0 {
		return nil, errors.New("http: invalid or unsafe file path")
	}
	root := string(d)
	if root == "" {
		root = "."
	}
	full := filepath.Join(root, httpguts.CleanPath("/"+name))
	f, err := os.Open(full)
	if err != nil {
		return nil, notExistBelowFile(err, full, os.Stat)
	}
	return f, nil
}

// FS serves an fs.FS (an embed.FS, os.DirFS, fs.Sub of one) as a FileSystem: FileServer's
// names lose their leading slash ("/" is the root "."), and its files get Seek and Readdir
// from what the fs.FS's files offer.
func FS(fsys fs.FS) FileSystem { return fsFileSystem{fsys} }

type fsFileSystem struct{ fsys fs.FS }

func (s fsFileSystem) Open(name string) (File, error) {
	rel := strings.TrimPrefix(name, "/")
	if rel == "" {
		rel = "."
	}
	f, err := s.fsys.Open(rel)
	if err != nil {
		return nil, notExistBelowFile(err, rel, func(p string) (fs.FileInfo, error) { return fs.Stat(s.fsys, p) })
	}
	return fsFile{f}, nil
}

// fsFile is an fs.File as a File; the texts of the two errors are Go's.
type fsFile struct{ fs.File }

func (f fsFile) Seek(offset int64, whence int) (int64, error) {
	if sk, ok := f.File.(io.Seeker); ok {
		return sk.Seek(offset, whence)
	}
	return 0, errors.New("io.File missing Seek method")
}

func (f fsFile) ReadDir(count int) ([]fs.DirEntry, error) {
	if d, ok := f.File.(fs.ReadDirFile); ok {
		return d.ReadDir(count)
	}
	return nil, errors.New("io.File directory missing ReadDir method")
}

func (f fsFile) Readdir(count int) ([]os.FileInfo, error) {
	entries, err := f.ReadDir(count)
	infos := make([]os.FileInfo, 0, len(entries))
	for _, e := range entries {
		// An entry removed meanwhile has no info: leave it out.
		if fi, err := e.Info(); err == nil {
			infos = append(infos, fi)
		}
	}
	return infos, err
}

// notExistBelowFile: opening "a/file.txt/more" fails with "not a directory", which a file
// server must report as a missing file (404), not as a server error. So when a proper
// prefix of name is a regular file, the error becomes fs.ErrNotExist; other errors stay.
func notExistBelowFile(openErr error, name string, stat func(string) (fs.FileInfo, error)) error {
	if errors.Is(openErr, fs.ErrNotExist) || errors.Is(openErr, fs.ErrPermission) {
		return openErr
	}
	for end := 0; end <= len(name); end++ {
		if end < len(name) && name[end] != '/' {
			continue
		}
		prefix := name[:end]
		if prefix == "" || prefix[len(prefix)-1] == '/' {
			continue // "" or an empty element (leading or doubled slash)
		}
		fi, err := stat(prefix)
		if err != nil {
			return openErr
		}
		if !fi.IsDir() {
			return fs.ErrNotExist
		}
	}
	return openErr
}

// replyOpenError answers a failed open or stat: 404 for a missing file, 403 for a
// forbidden one, 500 otherwise (never the error's own text, which names server paths).
func replyOpenError(w ResponseWriter, err error) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		Error(w, "404 page not found", StatusNotFound)
	case errors.Is(err, fs.ErrPermission):
		Error(w, "403 Forbidden", StatusForbidden)
	default:
		Error(w, "500 Internal Server Error", StatusInternalServerError)
	}
}

// openStat opens name and stats it; the file is closed again when Stat fails.
func openStat(fsys FileSystem, name string) (File, fs.FileInfo, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}

type fileHandler struct {
	root FileSystem
}

// FileServer serves the files of root: a file itself, a directory's index.html or else its
// listing. A request for ".../index.html" is redirected to ".../".
func FileServer(root FileSystem) Handler {
	return &fileHandler{root}
}

func (f *fileHandler) ServeHTTP(w ResponseWriter, r *Request) {
	if !strings.HasPrefix(r.URL.Path, "/") {
		r.URL.Path = "/" + r.URL.Path
	}
	serveFile(w, r, f.root, httpguts.CleanPath(r.URL.Path), true)
}

// ServeFile answers r with the file or directory name; a request path with a ".." element
// is refused (400).
func ServeFile(w ResponseWriter, r *Request, name string) {
	if hasDotDotElement(r.URL.Path) {
		Error(w, "invalid URL path", StatusBadRequest)
		return
	}
	slash := strings.LastIndexByte(name, '/')
	serveFile(w, r, Dir(name[:slash+1]), name[slash+1:], false)
}

// hasDotDotElement: some '/' or '\' separated element of p is "..".
func hasDotDotElement(p string) bool {
	start := 0
	for i := 0; i <= len(p); i++ {
		if i < len(p) && p[i] != '/' && p[i] != '\\' {
			continue
		}
		if p[start:i] == ".." {
			return true
		}
		start = i + 1
	}
	return false
}

// localRedirect answers 301 to a relative target, keeping the query.
func localRedirect(w ResponseWriter, r *Request, target string) {
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	w.Header().Set("Location", target)
	w.WriteHeader(StatusMovedPermanently)
}

// serveFile answers with name from fsys: a file, a directory's index.html or its listing.
// With canonical set, directory URLs must end in '/' and file URLs must not (301 to the
// right one otherwise); a URL naming index.html itself is sent to its directory.
func serveFile(w ResponseWriter, r *Request, fsys FileSystem, name string, canonical bool) {
	upath := r.URL.Path
	if strings.HasSuffix(upath, "/index.html") {
		localRedirect(w, r, "./")
		return
	}
	f, info, err := openStat(fsys, name)
	if err != nil {
		replyOpenError(w, err)
		return
	}
	defer f.Close()
	slashed := strings.HasSuffix(upath, "/")
	if canonical && upath != "" && info.IsDir() != slashed {
		if slashed {
			localRedirect(w, r, "../"+path.Base(upath))
		} else {
			localRedirect(w, r, path.Base(upath)+"/")
		}
		return
	}
	if info.IsDir() {
		if !slashed {
			localRedirect(w, r, path.Base(upath)+"/")
			return
		}
		index := strings.TrimSuffix(name, "/") + "/index.html"
		if idx, idxInfo, err := openStat(fsys, index); err == nil {
			defer idx.Close()
			name, info, f = index, idxInfo, idx
		}
	}
	if !info.IsDir() {
		size := info.Size()
		serveContent(w, r, info.Name(), info.ModTime(), func() (int64, error) { return size, nil }, f)
		return
	}
	if notModifiedSince(r, info.ModTime()) {
		writeNotModified(w)
		return
	}
	setLastModified(w, info.ModTime())
	dirList(w, r, f)
}

// dirList writes a directory's entries, sorted by name, as an HTML list of links
// (directories with a trailing '/').
func dirList(w ResponseWriter, r *Request, f File) {
	type entry struct {
		name string
		dir  bool
	}
	var list []entry
	var err error
	if d, ok := f.(fs.ReadDirFile); ok {
		var des []fs.DirEntry
		des, err = d.ReadDir(-1)
		for _, de := range des {
			list = append(list, entry{de.Name(), de.IsDir()})
		}
	} else {
		var fis []os.FileInfo
		fis, err = f.Readdir(-1)
		for _, fi := range fis {
			list = append(list, entry{fi.Name(), fi.IsDir()})
		}
	}
	if err != nil {
		log.Printf("http: error reading directory: %v", err)
		Error(w, "Error reading directory", StatusInternalServerError)
		return
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	var page strings.Builder
	page.WriteString("<pre>\n")
	for _, e := range list {
		if e.dir {
			e.name += "/"
		}
		link := url.URL{Path: e.name}
		page.WriteString(`<a href="` + link.String() + `">` + htmlEscape(e.name) + "</a>\n")
	}
	page.WriteString("</pre>\n")
	io.WriteString(w, page.String())
}

var errSeeker = errors.New("seeker can't seek")

// ServeContent answers req from content: Range requests, a Content-Type from the name's
// extension or else sniffed, and conditional requests (If-Match, If-None-Match,
// If-Modified-Since, If-Unmodified-Since, If-Range). The size comes from seeking to the end.
func ServeContent(w ResponseWriter, req *Request, name string, modtime time.Time, content io.ReadSeeker) {
	size := func() (int64, error) {
		end, err := content.Seek(0, io.SeekEnd)
		if err == nil {
			_, err = content.Seek(0, io.SeekStart)
		}
		if err != nil {
			return 0, errSeeker
		}
		return end, nil
	}
	serveContent(w, req, name, modtime, size, content)
}

// serveContent: preconditions first, then the type (by extension, else sniffed from the
// first 512 bytes), then the size and the ranges to send: none or whole (200), one (206
// with Content-Range), several (206 multipart/byteranges).
func serveContent(w ResponseWriter, r *Request, name string, modtime time.Time, sizeOf func() (int64, error), content io.ReadSeeker) {
	setLastModified(w, modtime)
	rangeHeader, done := checkPreconditions(w, r, modtime)
	if done {
		return
	}
	h := w.Header()
	ctype := ""
	if given, ok := h["Content-Type"]; ok {
		if len(given) > 0 {
			ctype = given[0]
		}
	} else {
		ctype = mime.TypeByExtension(filepath.Ext(name))
		if ctype == "" {
			head := make([]byte, sniffLen)
			n, _ := io.ReadFull(content, head)
			ctype = DetectContentType(head[:n])
			if _, err := content.Seek(0, io.SeekStart); err != nil {
				Error(w, "seeker can't seek", StatusInternalServerError)
				return
			}
		}
		h.Set("Content-Type", ctype)
	}
	size, err := sizeOf()
	if err != nil {
		Error(w, err.Error(), StatusInternalServerError)
		return
	}
	if size < 0 {
		// A negative size: no ranges, no length, and (as in Go) no body either.
		w.WriteHeader(StatusOK)
		return
	}
	spans, err := parseRange(rangeHeader, size)
	if err != nil {
		if err == errNoOverlap {
			h.Set("Content-Range", "bytes */"+strconv.FormatInt(size, 10))
		}
		Error(w, err.Error(), StatusRequestedRangeNotSatisfiable)
		return
	}
	var total int64
	for _, sp := range spans {
		total += sp.length
	}
	if total > size {
		// Asking for more than the whole (overlapping ranges): send it once instead.
		spans = nil
	}
	code, sendSize := StatusOK, size
	var body io.Reader = content
	switch len(spans) {
	case 0:
	case 1:
		if _, err := content.Seek(spans[0].start, io.SeekStart); err != nil {
			Error(w, err.Error(), StatusRequestedRangeNotSatisfiable)
			return
		}
		code, sendSize = StatusPartialContent, spans[0].length
		h.Set("Content-Range", spans[0].contentRange(size))
	default:
		parts := newByteranges(spans, ctype, size)
		pr := parts.reader(content)
		defer pr.Close() // stops the part writer when the copy ends early
		code, sendSize, body = StatusPartialContent, parts.size(), pr
		h.Set("Content-Type", "multipart/byteranges; boundary="+parts.boundary)
	}
	h.Set("Accept-Ranges", "bytes")
	if h.Get("Content-Encoding") == "" {
		h.Set("Content-Length", strconv.FormatInt(sendSize, 10))
	}
	w.WriteHeader(code)
	if r.Method != "HEAD" {
		io.CopyN(w, body, sendSize)
	}
}

// httpRange is one byte range of the content: length bytes from start.
type httpRange struct {
	start, length int64
}

func (sp httpRange) contentRange(size int64) string {
	return "bytes " + strconv.FormatInt(sp.start, 10) + "-" + strconv.FormatInt(sp.start+sp.length-1, 10) + "/" + strconv.FormatInt(size, 10)
}

var errNoOverlap = errors.New("invalid range: failed to overlap")

// parseRange reads a "bytes=" Range header (RFC 7233) against a content of size bytes:
// "a-b", "a-" (to the end) and "-n" (the last n bytes), comma separated, empty items
// skipped. A range starting past the end is dropped; errNoOverlap when all were. No header:
// no ranges.
func parseRange(header string, size int64) ([]httpRange, error) {
	if header == "" {
		return nil, nil
	}
	specs, ok := cutPrefix(header, "bytes=")
	if !ok {
		return nil, errors.New("invalid range")
	}
	var spans []httpRange
	dropped := false
	for _, spec := range strings.Split(specs, ",") {
		spec = textproto.TrimString(spec)
		if spec == "" {
			continue
		}
		sp, inside, err := parseOneRange(spec, size)
		if err != nil {
			return nil, err
		}
		if !inside {
			dropped = true
			continue
		}
		spans = append(spans, sp)
	}
	if dropped && len(spans) == 0 {
		return nil, errNoOverlap
	}
	return spans, nil
}

// parseOneRange parses one "first-last", "first-" or "-suffix" item; inside is false when
// it starts at or past the end.
func parseOneRange(spec string, size int64) (sp httpRange, inside bool, err error) {
	bad := errors.New("invalid range")
	dash := strings.IndexByte(spec, '-')
	if dash < 0 {
		return sp, false, bad
	}
	first, last := textproto.TrimString(spec[:dash]), textproto.TrimString(spec[dash+1:])
	if first == "" {
		// The last n bytes (all of them when n is larger).
		if last == "" || last[0] == '-' {
			return sp, false, bad
		}
		n, perr := strconv.ParseInt(last, 10, 64)
		if perr != nil || n < 0 {
			return sp, false, bad
		}
		if n > size {
			n = size
		}
		return httpRange{size - n, n}, true, nil
	}
	from, perr := strconv.ParseInt(first, 10, 64)
	if perr != nil || from < 0 {
		return sp, false, bad
	}
	if from >= size {
		return sp, false, nil
	}
	to := size - 1
	if last != "" {
		end, perr := strconv.ParseInt(last, 10, 64)
		if perr != nil || end < from {
			return sp, false, bad
		}
		if end < to {
			to = end
		}
	}
	return httpRange{from, to - from + 1}, true, nil
}

func cutPrefix(s, prefix string) (string, bool) {
	if strings.HasPrefix(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// byteranges is a multipart/byteranges body (RFC 7233 appendix A): each range as a part
// with its Content-Range and Content-Type, between boundary lines.
type byteranges struct {
	boundary string
	spans    []httpRange
	heads    []string // the text before each part's bytes
	tail     string
}

var boundaryCount uint64

func newByteranges(spans []httpRange, ctype string, size int64) *byteranges {
	b := &byteranges{boundary: randomBoundary(), spans: spans}
	for i, sp := range spans {
		lead := "--"
		if i > 0 {
			lead = "\r\n--"
		}
		b.heads = append(b.heads, lead+b.boundary+"\r\nContent-Range: "+sp.contentRange(size)+"\r\nContent-Type: "+ctype+"\r\n\r\n")
	}
	b.tail = "\r\n--" + b.boundary + "--\r\n"
	return b
}

// size is the body's length: the framing text and every range's bytes.
func (b *byteranges) size() int64 {
	n := int64(len(b.tail))
	for i, sp := range b.spans {
		n += int64(len(b.heads[i])) + sp.length
	}
	return n
}

// reader produces the body, seeking content to each range in turn.
func (b *byteranges) reader(content io.ReadSeeker) *io.PipeReader {
	pr, pw := io.Pipe()
	go func() {
		for i, sp := range b.spans {
			if _, err := io.WriteString(pw, b.heads[i]); err != nil {
				pw.CloseWithError(err)
				return
			}
			if _, err := content.Seek(sp.start, io.SeekStart); err != nil {
				pw.CloseWithError(err)
				return
			}
			if _, err := io.CopyN(pw, content, sp.length); err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		io.WriteString(pw, b.tail)
		pw.Close()
	}()
	return pr
}

// randomBoundary is 60 hex digits, as mime/multipart makes them. (Go draws them from
// crypto/rand; here a clock-seeded mix is enough to keep them unpredictable in practice.)
func randomBoundary() string {
	x := uint64(time.Now().UnixNano()) + atomic.AddUint64(&boundaryCount, 1)*0x9e3779b97f4a7c15
	const hex = "0123456789abcdef"
	out := make([]byte, 60)
	for i := range out {
		if i%16 == 0 {
			// splitmix64 step
			x += 0x9e3779b97f4a7c15
			z := x
			z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
			z = (z ^ (z >> 27)) * 0x94d049bb133111eb
			x = z ^ (z >> 31)
		}
		out[i] = hex[(x>>(4*uint(i%16)))&15]
	}
	return string(out)
}

// knownTime: modtime says something (neither the zero Time nor the Unix epoch).
func knownTime(modtime time.Time) bool {
	return !modtime.IsZero() && !modtime.Equal(time.Unix(0, 0))
}

func setLastModified(w ResponseWriter, modtime time.Time) {
	if knownTime(modtime) {
		w.Header().Set("Last-Modified", modtime.UTC().Format(TimeFormat))
	}
}

// writeNotModified answers 304 without the fields that describe a body (and without
// Last-Modified when an ETag identifies the version).
func writeNotModified(w ResponseWriter) {
	h := w.Header()
	drop := []string{"Content-Type", "Content-Length", "Content-Encoding"}
	if h.Get("Etag") != "" {
		drop = append(drop, "Last-Modified")
	}
	for _, k := range drop {
		delete(h, k)
	}
	w.WriteHeader(StatusNotModified)
}

// compareDate compares the HTTP date in header field key with modtime (to the second):
// known is false when the field is missing or unreadable or there is no modtime.
func compareDate(r *Request, key string, modtime time.Time) (atOrBefore bool, known bool) {
	v := r.Header.Get(key)
	if v == "" || !knownTime(modtime) {
		return false, false
	}
	t, err := ParseTime(v)
	if err != nil {
		return false, false
	}
	return !modtime.Truncate(time.Second).After(t), true
}

// notModifiedSince: a GET or HEAD whose If-Modified-Since is not older than modtime.
func notModifiedSince(r *Request, modtime time.Time) bool {
	if r.Method != "GET" && r.Method != "HEAD" {
		return false
	}
	notNewer, known := compareDate(r, "If-Modified-Since", modtime)
	return known && notNewer
}

// scanETag takes one entity tag (`"..."` or `W/"..."`) from the front of s, after
// optional whitespace: the tag and what follows it, or "" when s does not start with one.
func scanETag(s string) (etag, rest string) {
	s = textproto.TrimString(s)
	open := 0
	if strings.HasPrefix(s, "W/") {
		open = 2
	}
	if len(s) < open+2 || s[open] != '"' {
		return "", ""
	}
	end := strings.IndexByte(s[open+1:], '"')
	if end < 0 {
		return "", ""
	}
	end += open + 1
	// Between the quotes: etagc, that is no control byte, space or DEL.
	for i := open + 1; i < end; i++ {
		if s[i] < 0x21 || s[i] == 0x7f {
			return "", ""
		}
	}
	return s[:end+1], s[end+1:]
}

// matchETags walks a list of entity tags ("*", or tags separated by commas): whether "*"
// or a tag that same(tag) accepts is in it. A malformed item ends the walk.
func matchETags(list string, same func(tag string) bool) bool {
	for {
		list = textproto.TrimString(list)
		switch {
		case list == "":
			return false
		case list[0] == ',':
			list = list[1:]
			continue
		case list[0] == '*':
			return true
		}
		tag, rest := scanETag(list)
		if tag == "" {
			return false
		}
		if same(tag) {
			return true
		}
		list = rest
	}
}

// checkPreconditions applies RFC 7232's order: If-Match (or else If-Unmodified-Since) may
// fail with 412; If-None-Match (or else If-Modified-Since) may answer 304 (412 for other
// methods than GET/HEAD). It returns the Range header to honour: none when If-Range does
// not hold.
func checkPreconditions(w ResponseWriter, r *Request, modtime time.Time) (rangeHeader string, done bool) {
	etag := w.Header().get("Etag")
	strong := func(tag string) bool { return tag == etag && tag != "" && tag[0] == '"' }
	weak := func(tag string) bool { return strings.TrimPrefix(tag, "W/") == strings.TrimPrefix(etag, "W/") }
	var failed bool
	if im := r.Header.Get("If-Match"); im != "" {
		failed = !matchETags(im, strong)
	} else if notNewer, known := compareDate(r, "If-Unmodified-Since", modtime); known {
		failed = !notNewer
	}
	if failed {
		w.WriteHeader(StatusPreconditionFailed)
		return "", true
	}
	safe := r.Method == "GET" || r.Method == "HEAD"
	if inm := r.Header.get("If-None-Match"); inm != "" {
		if matchETags(inm, weak) {
			if safe {
				writeNotModified(w)
			} else {
				w.WriteHeader(StatusPreconditionFailed)
			}
			return "", true
		}
	} else if notModifiedSince(r, modtime) {
		writeNotModified(w)
		return "", true
	}
	rangeHeader = r.Header.get("Range")
	if rangeHeader == "" || !safe {
		return rangeHeader, false
	}
	ir := r.Header.get("If-Range")
	if ir == "" {
		return rangeHeader, false
	}
	// If-Range holds for the current strong ETag, or else for the exact modification date.
	holds := false
	if tag, _ := scanETag(ir); tag != "" {
		holds = tag == w.Header().Get("Etag") && tag[0] == '"'
	} else if !modtime.IsZero() {
		t, err := ParseTime(ir)
		holds = err == nil && t.Unix() == modtime.Unix()
	}
	if !holds {
		rangeHeader = ""
	}
	return rangeHeader, false
}
