// http_serve_content: ServeContent's Range handling (single, suffix, open, several ranges as
// multipart/byteranges, no overlap, bad syntax), conditional requests (If-Match,
// If-None-Match, If-Modified-Since, If-Unmodified-Since, If-Range) with fixed modtimes,
// types by name or sniffed, and FileServer/ServeFile over a temp dir with fixed modtimes.
package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"
)

var mod = time.Date(2020, 1, 2, 3, 4, 5, 600, time.UTC)

var boundary = regexp.MustCompile(`[0-9a-f]{60}`)

func show(label string, rec *httptest.ResponseRecorder) {
	var keys []string
	for k := range rec.Header() {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var hs []string
	for _, k := range keys {
		hs = append(hs, k+"="+strings.Join(rec.Header()[k], "|"))
	}
	out := fmt.Sprintf("%s: %d [%s] %q", label, rec.Code, strings.Join(hs, " "), rec.Body.String())
	fmt.Println(boundary.ReplaceAllString(out, "BOUNDARY"))
}

func content(label, method, name string, modtime time.Time, hdr map[string]string, pre map[string]string) {
	rec := httptest.NewRecorder()
	for k, v := range pre {
		rec.Header().Set(k, v)
	}
	req := httptest.NewRequest(method, "/c", nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	http.ServeContent(rec, req, name, modtime, strings.NewReader("0123456789abcdefghij"))
	show(label, rec)
}

type badSeeker struct{ io.Reader }

func (badSeeker) Seek(int64, int) (int64, error) { return 0, errors.New("nope") }

type endOnly struct{ *strings.Reader }

func (e endOnly) Seek(off int64, whence int) (int64, error) {
	if whence == io.SeekStart && off > 0 {
		return 0, errors.New("no start seek")
	}
	return e.Reader.Seek(off, whence)
}

func main() {
	for _, r := range []string{"", "bytes=0-", "bytes=0-19", "bytes=0-99", "bytes=5-9", "bytes=-5", "bytes=-0", "bytes=-25", "bytes=20-",
		"bytes=25-30", "bytes=9-5", "bytes=x-5", "bytes=5", "bytes=", "bytes=,", "items=0-1", "Bytes=0-1", "bytes= 3 - 4 ", "bytes=--5",
		"bytes=-+5", "bytes=+2-3", "bytes=0-1,3-4", "bytes=0-,5-", "bytes=20-,25-", "bytes=20-,0-1", "bytes=0-1,20-,-2", "bytes=1-1, ,2-2",
		"bytes=0-9,10-19", "bytes=0-0,0-0,0-0"} {
		content("range "+r, "GET", "data.txt", mod, map[string]string{"Range": r}, nil)
	}
	content("multi typed", "GET", "noext", mod, map[string]string{"Range": "bytes=0-1,-1"}, map[string]string{"Content-Type": "x/y"})
	content("head range", "HEAD", "data.txt", mod, map[string]string{"Range": "bytes=1-2"}, nil)
	content("post range", "POST", "data.txt", mod, map[string]string{"Range": "bytes=1-2"}, nil)
	content("sniffed", "GET", "noext", mod, nil, nil)
	content("html", "GET", "page.html", time.Time{}, nil, nil)
	content("epoch", "GET", "a.unknownext", time.Unix(0, 0), nil, nil)
	content("encoded", "GET", "a.txt", mod, map[string]string{"Range": "bytes=0-3"}, map[string]string{"Content-Encoding": "gzip"})
	content("preset type", "GET", "a.txt", mod, nil, map[string]string{"Content-Type": "text/custom"})

	etag := map[string]string{"Etag": `"abc"`}
	weak := map[string]string{"Etag": `W/"abc"`}
	for _, im := range []string{`"abc"`, `W/"abc"`, `"x", "abc"`, `*`, `"x"`, `abc`, ` , "abc"`, `"x" "abc"`, `"abc`, `""`} {
		content("If-Match "+im, "GET", "a.txt", mod, map[string]string{"If-Match": im}, etag)
	}
	content("If-Match weak etag", "GET", "a.txt", mod, map[string]string{"If-Match": `W/"abc"`}, weak)
	content("If-Match no etag", "GET", "a.txt", mod, map[string]string{"If-Match": `"abc"`}, nil)
	for _, inm := range []string{`"abc"`, `W/"abc"`, `*`, `"x"`, `"x" ,W/"abc"`, `garbage, "abc"`, `,,"abc"`} {
		content("If-None-Match "+inm, "GET", "a.txt", mod, map[string]string{"If-None-Match": inm}, etag)
		content("If-None-Match POST "+inm, "POST", "a.txt", mod, map[string]string{"If-None-Match": inm}, etag)
	}
	content("If-None-Match weak", "HEAD", "a.txt", mod, map[string]string{"If-None-Match": `"abc"`}, weak)
	content("If-None-Match keeps type", "GET", "a.txt", mod, map[string]string{"If-None-Match": `"abc"`},
		map[string]string{"Etag": `"abc"`, "Content-Type": "x/y", "Content-Length": "3", "Content-Encoding": "br"})
	dates := []string{mod.Format(http.TimeFormat), mod.Add(time.Second).Format(http.TimeFormat), mod.Add(-time.Second).Format(http.TimeFormat),
		"garbage", mod.Format(time.RFC850), mod.Format(time.ANSIC)}
	for _, d := range dates {
		content("If-Modified-Since "+d, "GET", "a.txt", mod, map[string]string{"If-Modified-Since": d}, nil)
		content("If-Unmodified-Since "+d, "GET", "a.txt", mod, map[string]string{"If-Unmodified-Since": d}, nil)
	}
	content("If-Modified-Since POST", "POST", "a.txt", mod, map[string]string{"If-Modified-Since": dates[1]}, nil)
	content("If-Modified-Since zero modtime", "GET", "a.txt", time.Time{}, map[string]string{"If-Modified-Since": dates[1]}, nil)
	content("If-Modified-Since with etag", "GET", "a.txt", mod, map[string]string{"If-Modified-Since": dates[1]}, etag)
	content("If-None-Match beats If-Modified-Since", "GET", "a.txt", mod, map[string]string{"If-Modified-Since": dates[1], "If-None-Match": `"x"`}, etag)
	content("If-Match beats If-Unmodified-Since", "GET", "a.txt", mod, map[string]string{"If-Match": `"abc"`, "If-Unmodified-Since": dates[2]}, etag)
	for _, ir := range []string{`"abc"`, `W/"abc"`, `"x"`, dates[0], dates[1], "garbage", ""} {
		content("If-Range "+ir, "GET", "a.txt", mod, map[string]string{"Range": "bytes=1-2", "If-Range": ir}, etag)
	}
	content("If-Range date, zero modtime", "GET", "a.txt", time.Time{}, map[string]string{"Range": "bytes=1-2", "If-Range": dates[0]}, nil)
	content("If-Range POST", "POST", "a.txt", mod, map[string]string{"Range": "bytes=1-2", "If-Range": `"x"`}, etag)

	rec := httptest.NewRecorder()
	http.ServeContent(rec, httptest.NewRequest("GET", "/", nil), "x.txt", mod, badSeeker{strings.NewReader("abc")})
	show("bad seeker", rec)
	rec = httptest.NewRecorder()
	http.ServeContent(rec, httptest.NewRequest("GET", "/", nil), "noext", mod, badSeeker{strings.NewReader("abc")})
	show("bad seeker sniff", rec)
	rec = httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("If-Modified-Since", dates[1])
	http.ServeContent(rec, req, "x.txt", mod, badSeeker{strings.NewReader("abc")})
	show("bad seeker, not modified", rec)
	rec = httptest.NewRecorder()
	req = httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Range", "bytes=2-")
	http.ServeContent(rec, req, "x.txt", mod, endOnly{strings.NewReader("abcdef")})
	show("range seek fails", rec)

	dir, err := os.MkdirTemp("", "servecontent")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/a.txt", []byte("alpha text\n"), 0644)
	os.Mkdir(dir+"/d", 0755)
	os.WriteFile(dir+"/d/index.html", []byte("<p>index</p>"), 0644)
	os.Mkdir(dir+"/e", 0755)
	os.WriteFile(dir+"/e/z.txt", []byte("z"), 0644)
	os.WriteFile(dir+"/e/y?#.txt", []byte("y"), 0644)
	os.Mkdir(dir+"/e/sub dir", 0755)
	for _, p := range []string{"/a.txt", "/d", "/d/index.html", "/e", "/e/z.txt", "/e/y?#.txt", "/e/sub dir", "/"} {
		os.Chtimes(dir+p, mod, mod)
	}
	fs := http.FileServer(http.Dir(dir))
	get := func(h http.Handler, target string, hdr map[string]string) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", target, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		h.ServeHTTP(rec, req)
		show(target, rec)
	}
	for _, p := range []string{"/a.txt", "/a.txt?q=1", "/a.txt/", "/d", "/d?x=y", "/d/", "/d/index.html", "/d/index.html?k=v", "/e/", "/e",
		"/e/y%3F%23.txt", "/e/sub%20dir/", "/missing", "/a.txt/more", "/../a.txt", "/e/../a.txt", "//a.txt", "/./d/"} {
		get(fs, p, nil)
	}
	get(fs, "/e/", map[string]string{"If-Modified-Since": dates[1]})
	get(fs, "/e/", map[string]string{"If-Modified-Since": dates[2]})
	get(fs, "/a.txt", map[string]string{"Range": "bytes=-3"})
	noSlash := httptest.NewRecorder()
	nreq := httptest.NewRequest("GET", "/a.txt", nil)
	nreq.URL.Path = "a.txt"
	fs.ServeHTTP(noSlash, nreq)
	show("no leading slash", noSlash)
	fmt.Println("  path now", nreq.URL.Path)
	get(http.FileServer(http.FS(os.DirFS(dir))), "/e/", nil)
	get(http.FileServer(http.FS(os.DirFS(dir))), "/a.txt", map[string]string{"Range": "bytes=0-4"})
	get(http.FileServer(http.FS(os.DirFS(dir))), "/missing/x", nil)
	sf := func(name string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, name) })
	}
	get(sf(dir+"/a.txt"), "/whatever/", nil)
	get(sf(dir+"/d"), "/x", nil)
	get(sf(dir+"/d"), "/x/", nil)
	get(sf(dir+"/e/"), "/x/", nil)
	get(sf(dir+"/a.txt"), "/x/..", nil)
	get(sf(dir+"/a.txt"), "/x/..y", nil)
	get(sf(dir+"/a.txt/nope"), "/x", nil)
	get(sf(dir+"/nope"), "/x", nil)
	get(sf(dir+"/d/index.html"), "/p/index.html", nil)
	d := http.Dir(dir)
	for _, name := range []string{"/a.txt", "a.txt", "/../../a.txt", "/a.txt/x", "/nope", "/e/z.txt/", "/a\x00b"} {
		f, err := d.Open(name)
		if err != nil {
			fmt.Printf("Open(%q): %q notexist=%v\n", name, strings.ReplaceAll(err.Error(), dir, "DIR"), errors.Is(err, os.ErrNotExist))
			continue
		}
		st, _ := f.Stat()
		f.Close()
		fmt.Printf("Open(%q): %s %d\n", name, st.Name(), st.Size())
	}
}
