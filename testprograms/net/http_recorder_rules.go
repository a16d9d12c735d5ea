// http_recorder_rules: httptest.ResponseRecorder's rules: the header snapshot at the first
// write, first WriteHeader wins, invalid codes panic, Content-Type sniffing (512 bytes, skipped
// when a type or Transfer-Encoding is set), Flush, the zero recorder, Result's Status,
// ContentLength and trailers (declared and TrailerPrefix keys, forbidden names dropped).
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

func headers(h http.Header) string {
	if h == nil {
		return "nil"
	}
	var keys []string
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []string
	for _, k := range keys {
		out = append(out, k+"="+strings.Join(h[k], "|"))
	}
	return "[" + strings.Join(out, " ") + "]"
}

func show(label string, rec *httptest.ResponseRecorder) {
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	fmt.Printf("%s: code=%d flushed=%v status=%q %d cl=%d header=%s trailer=%s body=%q err=%v\n", label, rec.Code, rec.Flushed,
		res.Status, res.StatusCode, res.ContentLength, headers(res.Header), headers(res.Trailer), body, err)
	fmt.Printf("  map=%s same=%v proto=%s nobody=%v\n", headers(rec.HeaderMap), rec.Result() == res, res.Proto, res.Body == http.NoBody)
}

func main() {
	rec := httptest.NewRecorder()
	show("untouched", rec)

	rec = httptest.NewRecorder()
	rec.Header().Set("X-Before", "1")
	rec.Write([]byte("<html><body>hi"))
	rec.Header().Set("X-After", "2")
	rec.WriteHeader(500)
	rec.Write([]byte(" more"))
	show("snapshot", rec)

	rec = httptest.NewRecorder()
	rec.WriteHeader(201)
	rec.WriteHeader(202)
	rec.Header().Set("Content-Length", " 12 ")
	show("first code", rec)

	rec = httptest.NewRecorder()
	rec.Header().Set("Content-Length", " 12 ")
	rec.WriteHeader(204)
	show("content-length", rec)
	for _, cl := range []string{"", "abc", "-1", "+5", "007", "99999999999999999999", "12 3"} {
		rec = httptest.NewRecorder()
		rec.Header().Set("Content-Length", cl)
		fmt.Printf("  cl %q -> %d\n", cl, rec.Result().ContentLength)
	}

	for _, code := range []int{99, 1000, 0, -1, 100, 999} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("WriteHeader(%d) panics: %v\n", code, r)
				}
			}()
			rec := httptest.NewRecorder()
			rec.WriteHeader(code)
			fmt.Printf("WriteHeader(%d): %q\n", code, rec.Result().Status)
		}()
	}
	rec = httptest.NewRecorder()
	rec.Write([]byte("x"))
	rec.WriteHeader(5)
	fmt.Println("after write, bad code ignored:", rec.Code)
	for _, code := range []int{0, 7, 42, 299, 600} {
		rec = httptest.NewRecorder()
		rec.Code = code
		fmt.Printf("Code %d -> %q %d\n", code, rec.Result().Status, rec.Result().StatusCode)
	}

	long := strings.Repeat(" ", 600) + "<html>"
	rec = httptest.NewRecorder()
	rec.WriteString(long)
	show("long string", rec)
	rec = httptest.NewRecorder()
	rec.WriteString(strings.Repeat(" ", 500) + "<html>")
	fmt.Println("short string:", rec.Header().Get("Content-Type"))
	rec = httptest.NewRecorder()
	rec.Write([]byte(long))
	fmt.Println("long bytes:", rec.Header().Get("Content-Type"))
	rec = httptest.NewRecorder()
	rec.Write([]byte("\x00\x01binary"))
	fmt.Println("binary:", rec.Header().Get("Content-Type"))
	rec = httptest.NewRecorder()
	rec.Write(nil)
	fmt.Println("empty:", rec.Header().Get("Content-Type"), rec.Code)
	rec = httptest.NewRecorder()
	rec.Header()["Content-Type"] = nil
	rec.Write([]byte("<html>"))
	show("nil type kept", rec)
	rec = httptest.NewRecorder()
	rec.Header().Set("Transfer-Encoding", "chunked")
	rec.Write([]byte("<html>"))
	show("te", rec)
	rec = httptest.NewRecorder()
	rec.Header().Set("transfer-encoding", "chunked")
	rec.Write([]byte("%PDF-"))
	show("te lower", rec)

	rec = httptest.NewRecorder()
	rec.Flush()
	rec.Write([]byte("after flush"))
	show("flush", rec)
	rec = httptest.NewRecorder()
	rec.WriteHeader(404)
	rec.Flush()
	show("flush after 404", rec)

	zero := &httptest.ResponseRecorder{}
	zero.Write([]byte("dropped"))
	show("zero recorder", zero)
	zero = &httptest.ResponseRecorder{}
	show("zero untouched", zero)
	zero = &httptest.ResponseRecorder{}
	zero.WriteHeader(418)
	show("zero 418", zero)
	zero = &httptest.ResponseRecorder{}
	zero.Flush()
	fmt.Println("zero flush:", zero.Code, zero.Flushed, headers(zero.HeaderMap))

	rec = httptest.NewRecorder()
	h := rec.Header()
	h.Set("Trailer", "X-T1, content-type,If-Match , x-t2")
	h.Add("Trailer", "Host,X-T3,Transfer-Encoding,Www-Authenticate,X-Missing")
	h.Set("Content-Type", "text/plain")
	rec.WriteString("body")
	h.Set("X-T1", "v1")
	h.Add("X-T2", "a")
	h.Add("X-T2", "b")
	h.Set("X-T3", "v3")
	h.Set("If-Match", "im")
	h.Set("Host", "hh")
	h.Set(http.TrailerPrefix+"X-Late", "late")
	h.Add(http.TrailerPrefix+"x-low", "low")
	h.Add(http.TrailerPrefix+"X-T1", "again")
	res := rec.Result()
	fmt.Println("trailers:", headers(res.Trailer), headers(res.Header))
	h.Set("X-T1", "changed")
	fmt.Println("copied:", res.Trailer.Get("X-T1"))

	rec = httptest.NewRecorder()
	rec.Header().Set(http.TrailerPrefix+"Only", "o")
	fmt.Println("prefix only:", headers(rec.Result().Trailer))
	rec = httptest.NewRecorder()
	rec.Header()["Trailer"] = nil
	fmt.Println("empty Trailer:", headers(rec.Result().Trailer))

	rec = httptest.NewRecorder()
	rec.Body = nil
	n, err := rec.Write([]byte("abc"))
	fmt.Println("nil body write:", n, err)
	n, err = rec.WriteString("abcd")
	fmt.Println("nil body write string:", n, err)
	show("nil body", rec)

	rec = httptest.NewRecorder()
	rec.HeaderMap = nil
	rec.WriteHeader(203)
	show("nil map", rec)

	rec = httptest.NewRecorder()
	rec.WriteString("first")
	r1 := rec.Result()
	rec.WriteString(" second")
	b1, _ := io.ReadAll(r1.Body)
	fmt.Printf("cached result body %q, recorder body %q\n", b1, rec.Body.String())

	var _ http.Flusher = rec
	var _ io.StringWriter = rec
}
