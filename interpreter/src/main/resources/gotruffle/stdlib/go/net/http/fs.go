package http

import (
	"errors"
	"internal/httpguts"
	"io"
	"io/fs"
	"log"
	"mime"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// FileSystem opens files by slash-separated names.
type FileSystem interface {
	Open(name string) (File, error)
}

// File is what FileSystem.Open gives and FileServer serves.
type File interface {
	io.Closer
	io.Reader
	io.Seeker
	Readdir(count int) ([]os.FileInfo, error)
	Stat() (os.FileInfo, error)
}

// Dir serves the files under one directory of the machine ("" is the current one).
type Dir string

// osFile is an *os.File as an http.File.
type osFile struct {
	*os.File
}

// Readdir reads the directory's entries as FileInfos (count <= 0: all of them).
func (f osFile) Readdir(count int) ([]os.FileInfo, error) {
	entries, err := f.File.ReadDir(count)
	return entryInfos(entries), err
}

// entryInfos: the FileInfos of entries; one whose Info fails (removed meanwhile) is left out.
func entryInfos(entries []fs.DirEntry) []os.FileInfo {
	infos := make([]os.FileInfo, 0, len(entries))
	for _, e := range entries {
		if fi, err := e.Info(); err == nil {
			infos = append(infos, fi)
		}
	}
	return infos
}

// Open opens name (a slash path) for reading inside d; names cannot leave d.
func (d Dir) Open(name string) (File, error) {
	if strings.Contains(name, "\x00") {
		return nil, errors.New("http: invalid or unsafe file path")
	}
	dir := string(d)
	if dir == "" {
		dir = "."
	}
	clean := httpguts.CleanPath("/" + name)
	fullName := strings.TrimSuffix(dir, "/") + clean
	if dir == "/" {
		fullName = clean
	}
	f, err := os.Open(fullName)
	if err != nil {
		return nil, mapOpenError(err, fullName, os.Stat)
	}
	return osFile{f}, nil
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
		return nil, mapOpenError(err, rel, func(p string) (fs.FileInfo, error) { return fs.Stat(s.fsys, p) })
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
	return entryInfos(entries), err
}

// mapOpenError turns "not a directory" along the path into "does not exist" (stat: of the
// file system name is in).
func mapOpenError(originalErr error, name string, stat func(string) (fs.FileInfo, error)) error {
	if os.IsNotExist(originalErr) || os.IsPermission(originalErr) {
		return originalErr
	}
	parts := strings.Split(name, "/")
	for i := range parts {
		if parts[i] == "" {
			continue
		}
		fi, err := stat(strings.Join(parts[:i+1], "/"))
		if err != nil {
			return originalErr
		}
		if !fi.IsDir() {
			return os.ErrNotExist
		}
	}
	return originalErr
}

func toHTTPError(err error) (msg string, httpStatus int) {
	if os.IsNotExist(err) || errors.Is(err, os.ErrNotExist) {
		return "404 page not found", StatusNotFound
	}
	if os.IsPermission(err) || errors.Is(err, os.ErrPermission) {
		return "403 Forbidden", StatusForbidden
	}
	return "500 Internal Server Error", StatusInternalServerError
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
	upath := r.URL.Path
	if !strings.HasPrefix(upath, "/") {
		upath = "/" + upath
		r.URL.Path = upath
	}
	serveFile(w, r, f.root, httpguts.CleanPath(upath), true)
}

// ServeFile answers r with the file or directory name; a request path containing ".."
// is refused.
func ServeFile(w ResponseWriter, r *Request, name string) {
	if containsDotDot(r.URL.Path) {
		Error(w, "invalid URL path", StatusBadRequest)
		return
	}
	dir, file := "", name
	if i := strings.LastIndex(name, "/"); i >= 0 {
		dir, file = name[:i+1], name[i+1:]
	}
	serveFile(w, r, Dir(dir), file, false)
}

func containsDotDot(v string) bool {
	if !strings.Contains(v, "..") {
		return false
	}
	for _, ent := range strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == '\\' }) {
		if ent == ".." {
			return true
		}
	}
	return false
}

func localRedirect(w ResponseWriter, r *Request, newPath string) {
	if q := r.URL.RawQuery; q != "" {
		newPath += "?" + q
	}
	w.Header().Set("Location", newPath)
	w.WriteHeader(StatusMovedPermanently)
}

func pathBase(p string) string {
	if p == "" {
		return "."
	}
	for len(p) > 0 && p[len(p)-1] == '/' {
		p = p[:len(p)-1]
	}
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	if p == "" {
		return "/"
	}
	return p
}

func serveFile(w ResponseWriter, r *Request, fsys FileSystem, name string, redirect bool) {
	const indexPage = "/index.html"
	if strings.HasSuffix(r.URL.Path, indexPage) {
		localRedirect(w, r, "./")
		return
	}
	f, err := fsys.Open(name)
	if err != nil {
		msg, code := toHTTPError(err)
		Error(w, msg, code)
		return
	}
	defer f.Close()
	d, err := f.Stat()
	if err != nil {
		msg, code := toHTTPError(err)
		Error(w, msg, code)
		return
	}
	if redirect {
		url := r.URL.Path
		if d.IsDir() {
			if url[len(url)-1] != '/' {
				localRedirect(w, r, pathBase(url)+"/")
				return
			}
		} else if url[len(url)-1] == '/' {
			localRedirect(w, r, "../"+pathBase(url))
			return
		}
	}
	if d.IsDir() {
		url := r.URL.Path
		if url == "" || url[len(url)-1] != '/' {
			localRedirect(w, r, pathBase(url)+"/")
			return
		}
		index := strings.TrimSuffix(name, "/") + indexPage
		if ff, err := fsys.Open(index); err == nil {
			defer ff.Close()
			if dd, err := ff.Stat(); err == nil {
				name = index
				d = dd
				f = ff
			}
		}
	}
	if d.IsDir() {
		if checkIfModifiedSince(r, d.ModTime()) == condFalse {
			writeNotModified(w)
			return
		}
		setLastModified(w, d.ModTime())
		dirList(w, r, f)
		return
	}
	serveContent(w, r, d.Name(), d.ModTime(), d.Size(), f)
}

func dirList(w ResponseWriter, r *Request, f File) {
	dirs, err := f.Readdir(-1)
	if err != nil {
		log.Printf("http: error reading directory: %v", err)
		Error(w, "Error reading directory", StatusInternalServerError)
		return
	}
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	var b strings.Builder
	b.WriteString("<pre>\n")
	for _, d := range dirs {
		name := d.Name()
		if d.IsDir() {
			name += "/"
		}
		u := url.URL{Path: name}
		b.WriteString("<a href=\"" + u.String() + "\">" + htmlEscape(name) + "</a>\n")
	}
	b.WriteString("</pre>\n")
	io.WriteString(w, b.String())
}

// ServeContent answers req from content: Range requests, a Content-Type from the name's
// extension or else sniffed, and conditional requests (If-Modified-Since, If-None-Match).
func ServeContent(w ResponseWriter, req *Request, name string, modtime time.Time, content io.ReadSeeker) {
	size, err := content.Seek(0, io.SeekEnd)
	if err != nil {
		Error(w, "seeker can't seek", StatusInternalServerError)
		return
	}
	if _, err := content.Seek(0, io.SeekStart); err != nil {
		Error(w, "seeker can't seek", StatusInternalServerError)
		return
	}
	serveContent(w, req, name, modtime, size, content)
}

func fileExt(name string) string {
	for i := len(name) - 1; i >= 0 && name[i] != '/'; i-- {
		if name[i] == '.' {
			return name[i:]
		}
	}
	return ""
}

func serveContent(w ResponseWriter, r *Request, name string, modtime time.Time, size int64, content io.ReadSeeker) {
	setLastModified(w, modtime)
	done, rangeReq := checkPreconditions(w, r, modtime)
	if done {
		return
	}
	code := StatusOK
	if _, haveType := w.Header()["Content-Type"]; !haveType {
		ctype := mime.TypeByExtension(fileExt(name))
		if ctype == "" {
			buf := make([]byte, sniffLen)
			n, _ := io.ReadFull(content, buf)
			ctype = DetectContentType(buf[:n])
			if _, err := content.Seek(0, io.SeekStart); err != nil {
				Error(w, "seeker can't seek", StatusInternalServerError)
				return
			}
		}
		w.Header().Set("Content-Type", ctype)
	}
	sendSize := size
	if size >= 0 {
		start, length, ok, err := parseSingleRange(rangeReq, size)
		if err != nil {
			if err == errNoOverlap {
				w.Header().Set("Content-Range", "bytes */"+strconv.FormatInt(size, 10))
			}
			Error(w, err.Error(), StatusRequestedRangeNotSatisfiable)
			return
		}
		if ok {
			if _, err := content.Seek(start, io.SeekStart); err != nil {
				Error(w, err.Error(), StatusRequestedRangeNotSatisfiable)
				return
			}
			sendSize = length
			code = StatusPartialContent
			w.Header().Set("Content-Range", "bytes "+strconv.FormatInt(start, 10)+"-"+strconv.FormatInt(start+length-1, 10)+"/"+strconv.FormatInt(size, 10))
		}
		w.Header().Set("Accept-Ranges", "bytes")
		if w.Header().Get("Content-Encoding") == "" {
			w.Header().Set("Content-Length", strconv.FormatInt(sendSize, 10))
		}
	}
	w.WriteHeader(code)
	if r.Method != "HEAD" {
		io.CopyN(w, content, sendSize)
	}
}

var errNoOverlap = errors.New("invalid range: failed to overlap")

// parseSingleRange parses a "bytes=" Range header with one range (several ranges would need
// a multipart reply, which GoTruffle does not make: the whole content is sent instead).
func parseSingleRange(s string, size int64) (start, length int64, ok bool, err error) {
	if s == "" {
		return 0, 0, false, nil
	}
	const b = "bytes="
	if !strings.HasPrefix(s, b) {
		return 0, 0, false, errors.New("invalid range")
	}
	specs := strings.Split(s[len(b):], ",")
	if len(specs) != 1 {
		return 0, 0, false, nil
	}
	ra := strings.TrimSpace(specs[0])
	startS, endS, found := strings.Cut(ra, "-")
	if !found {
		return 0, 0, false, errors.New("invalid range")
	}
	startS, endS = strings.TrimSpace(startS), strings.TrimSpace(endS)
	if startS == "" {
		// suffix range: the last N bytes
		if endS == "" || endS[0] == '-' {
			return 0, 0, false, errors.New("invalid range")
		}
		i, perr := strconv.ParseInt(endS, 10, 64)
		if i < 0 || perr != nil {
			return 0, 0, false, errors.New("invalid range")
		}
		if i > size {
			i = size
		}
		if i == 0 {
			return 0, 0, false, errNoOverlap
		}
		return size - i, i, true, nil
	}
	i, perr := strconv.ParseInt(startS, 10, 64)
	if perr != nil || i < 0 {
		return 0, 0, false, errors.New("invalid range")
	}
	if i >= size {
		return 0, 0, false, errNoOverlap
	}
	start = i
	if endS == "" {
		length = size - start
	} else {
		e, perr := strconv.ParseInt(endS, 10, 64)
		if perr != nil || start > e {
			return 0, 0, false, errors.New("invalid range")
		}
		if e >= size {
			e = size - 1
		}
		length = e - start + 1
	}
	if start == 0 && length == size {
		return 0, 0, false, nil // the whole content: a 200
	}
	return start, length, true, nil
}

type condResult int

const (
	condNone condResult = iota
	condTrue
	condFalse
)

func isZeroTime(t time.Time) bool {
	return t.IsZero() || t.Equal(time.Unix(0, 0))
}

func setLastModified(w ResponseWriter, modtime time.Time) {
	if !isZeroTime(modtime) {
		w.Header().Set("Last-Modified", modtime.UTC().Format(TimeFormat))
	}
}

func writeNotModified(w ResponseWriter) {
	h := w.Header()
	delete(h, "Content-Type")
	delete(h, "Content-Length")
	delete(h, "Content-Encoding")
	if h.Get("Etag") != "" {
		delete(h, "Last-Modified")
	}
	w.WriteHeader(StatusNotModified)
}

func checkIfModifiedSince(r *Request, modtime time.Time) condResult {
	if r.Method != "GET" && r.Method != "HEAD" {
		return condNone
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || isZeroTime(modtime) {
		return condNone
	}
	t, err := ParseTime(ims)
	if err != nil {
		return condNone
	}
	modtime = modtime.Truncate(time.Second)
	if modtime.Before(t) || modtime.Equal(t) {
		return condFalse
	}
	return condTrue
}

func checkIfUnmodifiedSince(r *Request, modtime time.Time) condResult {
	ius := r.Header.Get("If-Unmodified-Since")
	if ius == "" || isZeroTime(modtime) {
		return condNone
	}
	t, err := ParseTime(ius)
	if err != nil {
		return condNone
	}
	modtime = modtime.Truncate(time.Second)
	if modtime.Before(t) || modtime.Equal(t) {
		return condTrue
	}
	return condFalse
}

// etagMatches reports whether the list of entity tags in header contains etag (weak
// comparison unless strong).
func etagMatches(header, etag string, strong bool) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" {
			return true
		}
		if strong && (strings.HasPrefix(t, "W/") || strings.HasPrefix(etag, "W/")) {
			continue
		}
		if strings.TrimPrefix(t, "W/") == strings.TrimPrefix(etag, "W/") {
			return true
		}
	}
	return false
}

func checkPreconditions(w ResponseWriter, r *Request, modtime time.Time) (done bool, rangeHeader string) {
	etag := w.Header().get("Etag")
	ch := condNone
	if im := r.Header.Get("If-Match"); im != "" {
		if etagMatches(im, etag, true) {
			ch = condTrue
		} else {
			ch = condFalse
		}
	}
	if ch == condNone {
		ch = checkIfUnmodifiedSince(r, modtime)
	}
	if ch == condFalse {
		w.WriteHeader(StatusPreconditionFailed)
		return true, ""
	}
	if inm := r.Header.get("If-None-Match"); inm != "" {
		if etagMatches(inm, etag, false) {
			if r.Method == "GET" || r.Method == "HEAD" {
				writeNotModified(w)
				return true, ""
			}
			w.WriteHeader(StatusPreconditionFailed)
			return true, ""
		}
	} else if checkIfModifiedSince(r, modtime) == condFalse {
		writeNotModified(w)
		return true, ""
	}
	rangeHeader = r.Header.get("Range")
	if rangeHeader != "" {
		if ir := r.Header.get("If-Range"); ir != "" {
			if ir != etag {
				if t, err := ParseTime(ir); err != nil || !t.Equal(modtime.Truncate(time.Second)) {
					rangeHeader = ""
				}
			}
		}
	}
	return false, rangeHeader
}
