package http

import (
	"bufio"
	"errors"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"sync"
)

// NoBody is an empty body: Read reports EOF, Close nil. A client request with it says
// "zero bytes" explicitly.
var NoBody = noBody{}

type noBody struct{}

func (noBody) Read([]byte) (int, error)         { return 0, io.EOF }
func (noBody) Close() error                     { return nil }
func (noBody) WriteTo(io.Writer) (int64, error) { return 0, nil }

// shouldClose tells whether a message with these headers asks to close the connection after
// it (HTTP/1.0 without keep-alive, or "Connection: close"); removeCloseHeader deletes it.
func shouldClose(major, minor int, header Header, removeCloseHeader bool) bool {
	conv := header["Connection"]
	switch {
	case major < 1:
		return true
	case major == 1 && minor == 0:
		return listHas(conv, "close") || !listHas(conv, "keep-alive")
	case !listHas(conv, "close"):
		return false
	}
	if removeCloseHeader {
		header.Del("Connection")
	}
	return true
}

// listHas reports whether one of the comma-separated lists in values has token as an element
// (ASCII case ignored, spaces and tabs around elements trimmed): how a message's own Connection
// header decides Request.Close. The server's wish to close reads Connection with hasToken.
func listHas(values []string, token string) bool {
	for _, v := range values {
		for _, elem := range strings.Split(v, ",") {
			elem = strings.Trim(elem, " \t")
			if len(elem) == len(token) && sameASCIIFold(elem, token) {
				return true
			}
		}
	}
	return false
}

// bodyAllowedForStatus: status may carry a body (not 1xx, 204 or 304).
func bodyAllowedForStatus(status int) bool {
	switch {
	case status >= 100 && status <= 199:
		return false
	case status == 204:
		return false
	case status == 304:
		return false
	}
	return true
}

// readTransfer sets the body framing of a request or response read from r: Content-Length,
// chunked Transfer-Encoding, or (responses only) everything until the connection closes.
func readTransfer(msg any, r *bufio.Reader) error {
	var header Header
	var isResponse bool
	var status int
	var method string
	var major, minor int
	switch rr := msg.(type) {
	case *Response:
		header, isResponse, status = rr.Header, true, rr.StatusCode
		major, minor = rr.ProtoMajor, rr.ProtoMinor
		if rr.Request != nil {
			method = rr.Request.Method
		}
		rr.Close = shouldClose(major, minor, header, true)
	case *Request:
		header, method = rr.Header, rr.Method
		major, minor = rr.ProtoMajor, rr.ProtoMinor
		status = 200
	}
	if major == 0 && minor == 0 {
		major, minor = 1, 1
	}
	chunked := false
	if te, ok := header["Transfer-Encoding"]; ok {
		delete(header, "Transfer-Encoding")
		if major == 1 && minor == 0 {
			// HTTP/1.0 does not have Transfer-Encoding: ignore it
		} else {
			if len(te) != 1 {
				return &unsupportedTEError{"too many transfer encodings: " + strings.Join(te, ",")}
			}
			if !strings.EqualFold(textproto.TrimString(te[0]), "chunked") {
				return &unsupportedTEError{"unsupported transfer encoding: " + strconv.Quote(te[0])}
			}
			chunked = true
			delete(header, "Content-Length")
		}
	}
	length, err := fixLength(isResponse, status, method, header, chunked)
	if err != nil {
		return err
	}
	isHead := isResponse && method == "HEAD"
	var rbody io.ReadCloser
	var closeAfter bool
	switch {
	case isHead || isResponse && !bodyAllowedForStatus(status):
		rbody = NoBody
		if chunked {
			length = -1
		}
	case chunked:
		b := &body{src: newChunkedReader(r), r: r}
		if rr, ok := msg.(*Response); ok {
			b.resp = rr
		}
		if rr, ok := msg.(*Request); ok {
			b.req = rr
		}
		rbody = b
		length = -1
	case length == 0:
		rbody = NoBody
	case length > 0:
		rbody = &body{src: io.LimitReader(r, length)}
	default: // length < 0: a response read until the connection closes
		if isResponse {
			rbody = &body{src: r, closing: true}
			closeAfter = true
		} else {
			rbody = NoBody
			length = 0
		}
	}
	switch rr := msg.(type) {
	case *Request:
		rr.Body = rbody
		rr.ContentLength = length
		if chunked {
			rr.TransferEncoding = []string{"chunked"}
		}
	case *Response:
		rr.Body = rbody
		rr.ContentLength = length
		if chunked {
			rr.TransferEncoding = []string{"chunked"}
		}
		if closeAfter {
			rr.Close = true
		}
	}
	return nil
}

type unsupportedTEError struct {
	err string
}

func (uste *unsupportedTEError) Error() string { return uste.err }

// fixLength returns the body length of a message: -1 for unknown (read to EOF or chunked).
func fixLength(isResponse bool, status int, method string, header Header, chunked bool) (int64, error) {
	isRequest := !isResponse
	contentLens := header["Content-Length"]
	if len(contentLens) > 1 {
		first := textproto.TrimString(contentLens[0])
		for _, ct := range contentLens[1:] {
			if first != textproto.TrimString(ct) {
				return 0, errors.New("http: message cannot contain multiple Content-Length headers; got " + strconv.Quote(strings.Join(contentLens, ",")))
			}
		}
		header.Del("Content-Length")
		header.Add("Content-Length", first)
		contentLens = header["Content-Length"]
	}
	if isResponse && method == "HEAD" {
		if len(contentLens) > 0 {
			if n, err := parseContentLength(contentLens[0]); err == nil {
				return n, nil
			}
		}
		return 0, nil
	}
	if status/100 == 1 {
		return 0, nil
	}
	switch status {
	case 204, 304:
		return 0, nil
	}
	if chunked {
		return -1, nil
	}
	if len(contentLens) > 0 {
		n, err := parseContentLength(contentLens[0])
		if err != nil {
			return -1, err
		}
		return n, nil
	}
	header.Del("Content-Length")
	if isRequest {
		return 0, nil
	}
	return -1, nil
}

func parseContentLength(cl string) (int64, error) {
	cl = textproto.TrimString(cl)
	if cl == "" {
		return -1, badStringError("invalid empty Content-Length", cl)
	}
	n, err := strconv.ParseUint(cl, 10, 63)
	if err != nil {
		return 0, badStringError("bad Content-Length", cl)
	}
	return int64(n), nil
}

// maxPostHandlerReadBytes is how much of an unread request body the server reads (and
// discards) after a handler returns, to keep the connection; beyond it the connection closes.
const maxPostHandlerReadBytes = 256 << 10

// body is the Body of a request or response read from a connection; it reads the trailer
// of a chunked body and knows whether it was read to the end.
type body struct {
	src          io.Reader
	r            *bufio.Reader // for a chunked body's trailer
	req          *Request      // the message a trailer belongs to
	resp         *Response
	closing      bool // read until the connection closes
	doEarlyClose bool // server side: on Close, drain at most maxPostHandlerReadBytes

	mu         sync.Mutex
	sawEOF     bool
	closed     bool
	earlyClose bool   // Close stopped before EOF: the connection cannot be reused
	onHitEOF   func() // called (mu held) when EOF is reached
}

func (b *body) Read(p []byte) (n int, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0, ErrBodyReadAfterClose
	}
	return b.readLocked(p)
}

func (b *body) readLocked(p []byte) (n int, err error) {
	if b.sawEOF {
		return 0, io.EOF
	}
	n, err = b.src.Read(p)
	if err == io.EOF {
		b.sawEOF = true
		if b.r != nil {
			if e := b.readTrailer(); e != nil {
				err = e
				b.sawEOF = false
				b.closed = true
			}
		}
		if lr, ok := b.src.(*io.LimitedReader); ok && lr.N > 0 {
			err = io.ErrUnexpectedEOF
		}
	}
	if err == nil && n > 0 {
		if lr, ok := b.src.(*io.LimitedReader); ok && lr.N == 0 {
			err = io.EOF
			b.sawEOF = true
		}
	}
	if b.sawEOF && b.onHitEOF != nil {
		b.onHitEOF()
	}
	return n, err
}

// readTrailer reads the trailer lines after the last chunk (up to the blank line).
func (b *body) readTrailer() error {
	buf, err := b.r.Peek(2)
	if string(buf) == "\r\n" {
		b.r.Discard(2)
		return nil
	}
	if len(buf) < 2 {
		if err == io.EOF {
			return io.ErrUnexpectedEOF
		}
		return err
	}
	if err != nil {
		return err
	}
	h, err := textproto.NewReader(b.r).ReadMIMEHeader()
	if err != nil {
		if err == io.EOF {
			return io.ErrUnexpectedEOF
		}
		return err
	}
	hdr := Header(h)
	if b.req != nil {
		if b.req.Trailer == nil {
			b.req.Trailer = make(Header)
		}
		for k, v := range hdr {
			b.req.Trailer[k] = v
		}
	}
	if b.resp != nil {
		if b.resp.Trailer == nil {
			b.resp.Trailer = make(Header)
		}
		for k, v := range hdr {
			b.resp.Trailer[k] = v
		}
	}
	return nil
}

// unreadDataSize is how many bytes of a fixed-length body are left (-1: unknown).
func (b *body) unreadDataSizeLocked() int64 {
	if lr, ok := b.src.(*io.LimitedReader); ok {
		return lr.N
	}
	return -1
}

func (b *body) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil
	}
	var err error
	switch {
	case b.sawEOF:
	case b.r == nil && b.closing:
		// read-until-close body: nothing to drain, the connection goes
	case b.doEarlyClose:
		if lr, ok := b.src.(*io.LimitedReader); ok && lr.N > maxPostHandlerReadBytes {
			b.earlyClose = true
		} else {
			var n int64
			n, err = io.CopyN(io.Discard, bodyLocked{b}, maxPostHandlerReadBytes)
			if err == io.EOF {
				err = nil
			}
			if n == maxPostHandlerReadBytes {
				b.earlyClose = true
			}
		}
	default:
		_, err = io.Copy(io.Discard, bodyLocked{b})
	}
	b.closed = true
	return err
}

func (b *body) didEarlyClose() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.earlyClose
}

func (b *body) bodyRemains() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return !b.sawEOF
}

func (b *body) registerOnHitEOF(fn func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.onHitEOF = fn
}

// bodyLocked reads a body whose mutex the caller holds.
type bodyLocked struct {
	b *body
}

func (bl bodyLocked) Read(p []byte) (n int, err error) {
	if bl.b.closed {
		return 0, ErrBodyReadAfterClose
	}
	return bl.b.readLocked(p)
}

// chunkedReader decodes chunked transfer encoding ("size\r\ndata\r\n"... "0\r\n").
type chunkedReader struct {
	r        *bufio.Reader
	n        uint64 // unread bytes in the current chunk
	err      error
	checkEnd bool // the CRLF after a chunk's data is still to be read
}

func newChunkedReader(r io.Reader) io.Reader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	return &chunkedReader{r: br}
}

var errMalformedChunk = errors.New("malformed chunked encoding")

func (cr *chunkedReader) beginChunk() {
	var line []byte
	line, cr.err = readChunkLine(cr.r)
	if cr.err != nil {
		return
	}
	cr.n, cr.err = parseHexUint(line)
	if cr.err != nil {
		return
	}
	if cr.n == 0 {
		cr.err = io.EOF
	}
}

func (cr *chunkedReader) Read(b []uint8) (n int, err error) {
	for cr.err == nil {
		if cr.checkEnd {
			if n > 0 && cr.r.Buffered() < 2 {
				// the CRLF may not have arrived yet: return what we have
				break
			}
			var crlf []byte
			if crlf, cr.err = cr.r.Peek(2); cr.err == nil {
				if string(crlf) != "\r\n" {
					cr.err = errMalformedChunk
					break
				}
				cr.r.Discard(2)
			} else if cr.err == io.EOF {
				cr.err = io.ErrUnexpectedEOF
			}
			cr.checkEnd = false
		}
		if cr.err != nil {
			break
		}
		if cr.n == 0 {
			if n > 0 && cr.r.Buffered() == 0 {
				break
			}
			cr.beginChunk()
			continue
		}
		if len(b) == 0 {
			break
		}
		rbuf := b
		if uint64(len(rbuf)) > cr.n {
			rbuf = rbuf[:cr.n]
		}
		var n0 int
		n0, cr.err = cr.r.Read(rbuf)
		n += n0
		b = b[n0:]
		cr.n -= uint64(n0)
		if cr.n == 0 && cr.err == nil {
			cr.checkEnd = true
		} else if cr.err == io.EOF {
			cr.err = io.ErrUnexpectedEOF
		}
	}
	return n, cr.err
}

const maxLineLength = 4096

// readChunkLine reads a chunk-size line and strips its extensions and trailing spaces.
func readChunkLine(b *bufio.Reader) ([]byte, error) {
	p, err := b.ReadSlice('\n')
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		} else if err == bufio.ErrBufferFull {
			err = ErrLineTooLong
		}
		return nil, err
	}
	if len(p) >= maxLineLength {
		return nil, ErrLineTooLong
	}
	for len(p) > 0 && (p[len(p)-1] == '\n' || p[len(p)-1] == '\r' || p[len(p)-1] == ' ' || p[len(p)-1] == '\t') {
		p = p[:len(p)-1]
	}
	for i, c := range p {
		if c == ';' {
			p = p[:i]
			break
		}
	}
	return p, nil
}

func parseHexUint(v []byte) (n uint64, err error) {
	if len(v) == 0 {
		return 0, errors.New("empty hex number for chunk length")
	}
	for i, b := range v {
		switch {
		case '0' <= b && b <= '9':
			b = b - '0'
		case 'a' <= b && b <= 'f':
			b = b - 'a' + 10
		case 'A' <= b && b <= 'F':
			b = b - 'A' + 10
		default:
			return 0, errors.New("invalid byte in chunk length")
		}
		if i == 16 {
			return 0, errors.New("http chunk length too large")
		}
		n <<= 4
		n |= uint64(b)
	}
	return
}

// chunkedWriter encodes writes as chunks; Close writes the last (empty) chunk but not the
// final CRLF (the trailer comes first).
type chunkedWriter struct {
	w io.Writer
}

func (cw *chunkedWriter) Write(data []byte) (n int, err error) {
	if len(data) == 0 {
		return 0, nil
	}
	if _, err = io.WriteString(cw.w, strconv.FormatInt(int64(len(data)), 16)+"\r\n"); err != nil {
		return 0, err
	}
	if n, err = cw.w.Write(data); err != nil {
		return
	}
	if n != len(data) {
		return n, io.ErrShortWrite
	}
	_, err = io.WriteString(cw.w, "\r\n")
	return
}

func (cw *chunkedWriter) Close() error {
	_, err := io.WriteString(cw.w, "0\r\n")
	return err
}

// requestTransfer frames an outgoing request body.
type requestTransfer struct {
	body          io.Reader
	bodyCloser    io.Closer
	contentLength int64 // -1: chunked
	close         bool
	method        string
	sendCL        bool
	trailer       Header
}

func newRequestTransfer(r *Request) (*requestTransfer, error) {
	t := &requestTransfer{method: r.Method, close: r.Close, trailer: r.Trailer}
	if t.method == "" {
		t.method = "GET"
	}
	t.contentLength = r.ContentLength
	if r.Body != nil && r.Body != NoBody {
		t.body = r.Body
		t.bodyCloser = r.Body
		if t.contentLength == 0 {
			// Unknown length: look at one byte to tell an empty body from a stream.
			var one [1]byte
			n, err := io.ReadFull(r.Body, one[:])
			if n == 1 {
				t.body = io.MultiReader(strings.NewReader(string(one[:])), r.Body)
				t.contentLength = -1
			} else if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
				return nil, err
			} else {
				t.body = nil
			}
		}
	} else {
		t.contentLength = 0
	}
	t.sendCL = t.contentLength > 0 || t.contentLength == 0 && (t.method == "POST" || t.method == "PUT" || t.method == "PATCH")
	if t.contentLength == 0 && t.body == nil && t.method != "POST" && t.method != "PUT" && t.method != "PATCH" {
		t.sendCL = false
	}
	return t, nil
}

func (t *requestTransfer) writeHeader(b *strings.Builder) {
	if t.close {
		b.WriteString("Connection: close\r\n")
	}
	if t.contentLength < 0 {
		b.WriteString("Transfer-Encoding: chunked\r\n")
	} else if t.sendCL {
		b.WriteString("Content-Length: ")
		b.WriteString(strconv.FormatInt(t.contentLength, 10))
		b.WriteString("\r\n")
	}
	if len(t.trailer) > 0 {
		keys := t.trailer.sortedKeys(nil)
		b.WriteString("Trailer: ")
		b.WriteString(strings.Join(keys, ","))
		b.WriteString("\r\n")
	}
}

func (t *requestTransfer) writeBody(w io.Writer) (err error) {
	defer func() {
		if t.bodyCloser != nil {
			if cerr := t.bodyCloser.Close(); err == nil {
				err = cerr
			}
		}
	}()
	if t.body == nil {
		return nil
	}
	if t.contentLength < 0 {
		cw := &chunkedWriter{w}
		if _, err = io.Copy(cw, t.body); err != nil {
			return err
		}
		if err = cw.Close(); err != nil {
			return err
		}
		if len(t.trailer) > 0 {
			if err = t.trailer.Write(w); err != nil {
				return err
			}
		}
		_, err = io.WriteString(w, "\r\n")
		return err
	}
	n, err := io.Copy(w, io.LimitReader(t.body, t.contentLength))
	if err != nil {
		return err
	}
	if n != t.contentLength {
		return errors.New("http: ContentLength=" + strconv.FormatInt(t.contentLength, 10) + " with Body length " + strconv.FormatInt(n, 10))
	}
	return nil
}
