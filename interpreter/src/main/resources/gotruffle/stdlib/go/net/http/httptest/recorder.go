package httptest

import (
	"bytes"
	"fmt"
	"internal/httpguts"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// ResponseRecorder is a ResponseWriter that keeps everything the handler did, for a test
// to look at afterwards.
type ResponseRecorder struct {
	// Code: the status the handler set (200 when it wrote without one).
	Code int
	// HeaderMap: the headers the handler set itself (use Result for the full response).
	HeaderMap http.Header
	// Body collects what the handler wrote (nothing is kept when nil).
	Body *bytes.Buffer
	// Flushed: the handler called Flush.
	Flushed bool

	committed bool           // the status line is out: later header changes are not part of it
	sent      http.Header    // HeaderMap as it was when committed (or when Result first ran)
	response  *http.Response // what Result built, handed out again on later calls
}

// NewRecorder makes a ResponseRecorder ready to pass to a handler.
func NewRecorder() *ResponseRecorder {
	return &ResponseRecorder{Code: 200, HeaderMap: http.Header{}, Body: &bytes.Buffer{}}
}

// Header implements http.ResponseWriter; a zero recorder gets its map here.
func (rw *ResponseRecorder) Header() http.Header {
	if rw.HeaderMap == nil {
		rw.HeaderMap = http.Header{}
	}
	return rw.HeaderMap
}

// commitForBody runs before body bytes are kept: the first of them decide the Content-Type
// when the handler named none (and chose no Transfer-Encoding), then the status is 200.
func (rw *ResponseRecorder) commitForBody(first func() []byte) {
	if rw.committed {
		return
	}
	h := rw.Header()
	if _, typed := h["Content-Type"]; !typed && h.Get("Transfer-Encoding") == "" {
		h.Set("Content-Type", http.DetectContentType(first()))
	}
	rw.WriteHeader(http.StatusOK)
}

// Write implements http.ResponseWriter.
func (rw *ResponseRecorder) Write(p []byte) (int, error) {
	rw.commitForBody(func() []byte { return p })
	if rw.Body != nil {
		rw.Body.Write(p)
	}
	return len(p), nil
}

// WriteString implements io.StringWriter.
func (rw *ResponseRecorder) WriteString(s string) (int, error) {
	rw.commitForBody(func() []byte {
		// Sniffing reads no further than its 512 bytes; convert no more.
		if len(s) > 512 {
			return []byte(s[:512])
		}
		return []byte(s)
	})
	if rw.Body != nil {
		rw.Body.WriteString(s)
	}
	return len(s), nil
}

// WriteHeader records the status code (http.ResponseWriter); only the first call counts,
// and a code outside 100..999 panics as a real server does.
func (rw *ResponseRecorder) WriteHeader(code int) {
	if rw.committed {
		return
	}
	if code > 999 || code < 100 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	rw.committed = true
	rw.Code = code
	rw.sent = rw.Header().Clone()
}

// Flush implements http.Flusher: it commits a 200 if nothing was sent yet.
func (rw *ResponseRecorder) Flush() {
	if !rw.committed {
		rw.WriteHeader(http.StatusOK)
	}
	rw.Flushed = true
}

// Result is the response as a client would see it: headers as they were at the first
// write or WriteHeader, trailers from Trailer and TrailerPrefix keys. Later calls return
// the same *http.Response.
func (rw *ResponseRecorder) Result() *http.Response {
	if res := rw.response; res != nil {
		return res
	}
	if rw.sent == nil {
		rw.sent = rw.HeaderMap.Clone()
	}
	code := rw.Code
	if code == 0 {
		code = http.StatusOK
	}
	var body io.ReadCloser = http.NoBody
	if rw.Body != nil {
		body = io.NopCloser(bytes.NewReader(rw.Body.Bytes()))
	}
	rw.response = &http.Response{
		Status:        fmt.Sprintf("%03d %s", code, http.StatusText(code)),
		StatusCode:    code,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        rw.sent,
		Body:          body,
		ContentLength: contentLength(rw.sent.Get("Content-Length")),
		Trailer:       rw.trailers(),
	}
	return rw.response
}

// trailers collects the trailer values from the current HeaderMap: the names the sent
// "Trailer" header announced (an empty map when it was there but named none usable), then
// every "Trailer:"-prefixed key. Nil when there are neither.
func (rw *ResponseRecorder) trailers() http.Header {
	var t http.Header
	if declared, ok := rw.sent["Trailer"]; ok {
		t = make(http.Header, len(declared))
		for _, name := range strings.Split(strings.Join(declared, ","), ",") {
			name = http.CanonicalHeaderKey(textproto.TrimString(name))
			if vs, ok := rw.HeaderMap[name]; ok && httpguts.TrailerAllowed(name) {
				t[name] = append([]string(nil), vs...)
			}
		}
	}
	for key, vs := range rw.HeaderMap {
		if !strings.HasPrefix(key, http.TrailerPrefix) {
			continue
		}
		name := key[len(http.TrailerPrefix):]
		if t == nil {
			t = http.Header{}
		}
		for _, v := range vs {
			t.Add(name, v)
		}
	}
	return t
}


// contentLength reads a Content-Length value; -1 when it is missing or not a number.
func contentLength(v string) int64 {
	v = textproto.TrimString(v)
	if v == "" {
		return -1
	}
	n, err := strconv.ParseUint(v, 10, 63)
	if err != nil {
		return -1
	}
	return int64(n)
}
