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
	found := false
	for _, v := range values {
		for _, elem := range strings.Split(v, ",") {
			elem = strings.Trim(elem, " \t")
			found = found || len(elem) == len(token) && sameASCIIFold(elem, token)
		}
	}
	return found
}

// bodyAllowedForStatus: status may carry a body (not 1xx, 204 or 304).
func bodyAllowedForStatus(status int) bool {
	informational := status >= 100 && status < 200
	return !informational && status != StatusNoContent && status != StatusNotModified
}

// quoteList is a list of values as fmt's %q prints it: ["a" "b"].
func quoteList(values []string) string {
	quoted := make([]string, len(values))
	for i, v := range values {
		quoted[i] = strconv.Quote(v)
	}
	return "[" + strings.Join(quoted, " ") + "]"
}

// framing is what a message's head says about its body, as readTransfer works it out.
type framing struct {
	response     bool
	method       string // the request's method ("GET" for a response without its request)
	status       int    // 200 for a request
	major, minor int
	header       Header
	chunked      bool
	close        bool
}

// messageFields are the fields of a Request or Response that readTransfer sets.
type messageFields struct {
	body          *io.ReadCloser
	contentLength *int64
	te            *[]string
	close         *bool
	trailer       *Header
}

// readTransfer reads the body framing of a request or response whose head was read from r:
// Transfer-Encoding (chunked or none), Content-Length, declared trailers, whether the
// connection closes after it; and gives the message its Body reading from r.
func readTransfer(msg any, r *bufio.Reader) error {
	f := framing{method: "GET", status: StatusOK}
	var out messageFields
	switch m := msg.(type) {
	case *Response:
		f.response, f.header, f.status = true, m.Header, m.StatusCode
		f.major, f.minor = m.ProtoMajor, m.ProtoMinor
		f.close = shouldClose(f.major, f.minor, f.header, true)
		if m.Request != nil {
			f.method = m.Request.Method
		}
		out = messageFields{&m.Body, &m.ContentLength, &m.TransferEncoding, &m.Close, &m.Trailer}
	case *Request:
		f.header, f.method, f.close = m.Header, m.Method, m.Close
		f.major, f.minor = m.ProtoMajor, m.ProtoMinor
		out = messageFields{&m.Body, &m.ContentLength, &m.TransferEncoding, &m.Close, &m.Trailer}
	default:
		panic("unexpected type")
	}
	if f.major == 0 && f.minor == 0 {
		f.major, f.minor = 1, 1
	}
	if err := f.readTransferEncoding(); err != nil {
		return err
	}
	length, err := f.bodyLength()
	if err != nil {
		return err
	}
	contentLength := length
	if f.response && f.method == "HEAD" {
		// A HEAD response has no body, but says how long the GET one is.
		if contentLength, err = parseContentLength(f.header.get("Content-Length")); err != nil {
			return err
		}
	}
	trailer, err := f.declaredTrailer()
	if err != nil {
		return err
	}
	if f.response && length == -1 && !f.chunked && bodyAllowedForStatus(f.status) {
		f.close = true // the body ends with the connection
	}
	*out.body = f.newBody(r, length, out.trailer)
	*out.contentLength = contentLength
	if f.chunked {
		*out.te = []string{"chunked"}
	}
	*out.close = f.close
	*out.trailer = trailer
	return nil
}

// readTransferEncoding takes Transfer-Encoding out of the header; HTTP/1.1 and later accept
// exactly one coding, chunked (which overrides Content-Length), HTTP/1.0 ignores it.
func (f *framing) readTransferEncoding() error {
	codings, present := f.header["Transfer-Encoding"]
	if !present {
		return nil
	}
	delete(f.header, "Transfer-Encoding")
	if f.major < 1 || f.major == 1 && f.minor < 1 {
		return nil
	}
	switch {
	case len(codings) != 1:
		return &unsupportedTEError{"too many transfer encodings: " + quoteList(codings)}
	case len(codings[0]) != len("chunked") || !sameASCIIFold(codings[0], "chunked"):
		return &unsupportedTEError{"unsupported transfer encoding: " + strconv.Quote(codings[0])}
	}
	delete(f.header, "Content-Length")
	f.chunked = true
	return nil
}

// bodyLength is the length of the message's body: 0 when it has none, -1 when it is chunked or
// (responses) runs to the end of the connection. Repeated equal Content-Length fields become
// one; differing ones are an error.
func (f *framing) bodyLength() (int64, error) {
	lengths := f.header["Content-Length"]
	if len(lengths) > 1 {
		first := textproto.TrimString(lengths[0])
		for _, v := range lengths[1:] {
			if textproto.TrimString(v) != first {
				return 0, errors.New("http: message cannot contain multiple Content-Length headers; got " + quoteList(lengths))
			}
		}
		lengths = []string{first}
		f.header["Content-Length"] = lengths
	}
	switch {
	case f.response && f.method == "HEAD", f.status/100 == 1, f.status == StatusNoContent, f.status == StatusNotModified:
		return 0, nil
	case f.chunked:
		return -1, nil
	}
	if len(lengths) == 1 {
		if cl := textproto.TrimString(lengths[0]); cl != "" {
			return parseContentLength(cl)
		}
	}
	// No length (or an empty one): a request has no body, a response runs to EOF.
	delete(f.header, "Content-Length")
	if f.response {
		return -1, nil
	}
	return 0, nil
}

// declaredTrailer takes the Trailer field of a chunked message out of its header and returns
// the trailer keys it declares (with no values yet), nil if none.
func (f *framing) declaredTrailer() (Header, error) {
	lists, present := f.header["Trailer"]
	if !present || !f.chunked {
		return nil, nil
	}
	delete(f.header, "Trailer")
	var declared Header
	for _, list := range lists {
		for _, key := range strings.Split(list, ",") {
			switch key = CanonicalHeaderKey(textproto.TrimString(key)); key {
			case "":
			case "Transfer-Encoding", "Trailer", "Content-Length":
				return nil, badStringError("bad trailer key", key)
			default:
				if declared == nil {
					declared = Header{}
				}
				declared[key] = nil
			}
		}
	}
	return declared, nil
}

// newBody is the Body of the message: length bytes of r, a chunked stream (whose trailer goes
// to *trailer), or r up to EOF when the connection closes after it.
func (f *framing) newBody(r *bufio.Reader, length int64, trailer *Header) io.ReadCloser {
	switch {
	case f.chunked && f.response && (f.method == "HEAD" || !bodyAllowedForStatus(f.status)):
		return NoBody
	case f.chunked:
		return &body{src: &chunkedReader{r: r}, r: r, trailer: trailer, closing: f.close}
	case length > 0:
		return &body{src: io.LimitReader(r, length), closing: f.close}
	case length < 0 && f.close:
		return &body{src: r, closing: true}
	}
	return NoBody
}

type unsupportedTEError struct {
	err string
}

func (uste *unsupportedTEError) Error() string { return uste.err }

// parseContentLength reads a Content-Length value: -1 when it is empty.
func parseContentLength(cl string) (int64, error) {
	if cl = textproto.TrimString(cl); cl == "" {
		return -1, nil
	}
	// at most 63 bits: a non-negative int64, no sign
	if n, err := strconv.ParseUint(cl, 10, 63); err == nil {
		return int64(n), nil
	}
	return 0, badStringError("bad Content-Length", cl)
}

// maxPostHandlerReadBytes is how much of an unread request body the server reads (and
// discards) after a handler returns, to keep the connection; beyond it the connection closes.
const maxPostHandlerReadBytes = 256 << 10

// body is the Body of a request or response read from a connection. It reads a chunked
// body's trailer into the message, knows whether it was read to its end, and on Close reads
// what is left (within limits on a server) so that the connection can carry the next message.
type body struct {
	src          io.Reader
	r            *bufio.Reader // a chunked body's stream, until its trailer is read
	trailer      *Header       // the message's Trailer, for a chunked body
	closing      bool          // the connection closes after this message: Close reads nothing
	doEarlyClose bool          // server side: Close reads at most maxPostHandlerReadBytes

	mu         sync.Mutex // guards the rest
	onHitEOF   func()     // called (mu held) when EOF is reached
	sawEOF     bool
	earlyClose bool // Close stopped before EOF: the connection cannot be reused
	closed     bool
}

func (b *body) Read(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bodyLocked{b}.Read(p)
}

// readLocked reads the body (b.mu held); the last bytes of a sized body come with io.EOF, and
// a chunked body's EOF comes after its trailer was read.
func (b *body) readLocked(p []byte) (int, error) {
	if b.sawEOF {
		return 0, io.EOF
	}
	n, err := b.src.Read(p)
	sized, isSized := b.src.(*io.LimitedReader)
	switch {
	case err == io.EOF && b.r != nil:
		b.sawEOF = true
		if terr := b.readTrailer(); terr != nil {
			err, b.sawEOF, b.closed = terr, false, true
		}
		b.r = nil
	case err == io.EOF:
		b.sawEOF = true
		if isSized && sized.N > 0 {
			err = io.ErrUnexpectedEOF // the connection ended inside the body
		}
	case err == nil && n > 0 && isSized && sized.N == 0:
		err, b.sawEOF = io.EOF, true
	}
	if b.sawEOF {
		if hook := b.onHitEOF; hook != nil {
			hook()
		}
	}
	return n, err
}

var errTrailerEOF = errors.New("http: unexpected EOF reading trailer")

// readTrailer reads the trailer section after a chunked body's last chunk (a blank line, or
// header fields and a blank line, all within the reader's buffer) into the message's Trailer.
func (b *body) readTrailer() error {
	start, err := b.r.Peek(2)
	switch {
	case string(start) == "\r\n":
		b.r.Discard(2)
		return nil
	case len(start) < 2:
		return errTrailerEOF
	case err != nil:
		return err
	case !blankLineBuffered(b.r):
		return errors.New("http: suspiciously long trailer after chunked body")
	}
	fields, err := textproto.NewReader(b.r).ReadMIMEHeader()
	if err == io.EOF {
		return errTrailerEOF
	} else if err != nil {
		return err
	}
	if *b.trailer == nil {
		*b.trailer = Header(fields)
		return nil
	}
	for k, vv := range fields {
		(*b.trailer)[k] = vv
	}
	return nil
}

// blankLineBuffered reports whether "\r\n\r\n" comes in r before its buffer is full (reading
// on until it does, the buffer fills or the stream ends).
func blankLineBuffered(r *bufio.Reader) bool {
	for n := 4; ; n++ {
		if buffered := r.Buffered(); buffered > n {
			n = buffered
		}
		seen, err := r.Peek(n)
		if strings.Contains(string(seen), "\r\n\r\n") {
			return true
		}
		if err != nil {
			return false
		}
	}
}

// Close reads the rest of the body (unless the connection closes anyway) and makes later
// Reads fail.
func (b *body) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	var err error
	if !b.closed {
		err = b.readRest()
		b.closed = true
	}
	return err
}

// readRest reads what is left of the body as Close needs it (b.mu held).
func (b *body) readRest() error {
	switch {
	case b.sawEOF, b.r == nil && b.closing:
		return nil // nothing to read, or no connection to keep
	case b.doEarlyClose:
		return b.drainSome()
	}
	_, err := io.Copy(io.Discard, bodyLocked{b})
	return err
}

// drainSome reads what a handler left of a request body, up to maxPostHandlerReadBytes; a
// longer rest (known or found) leaves the connection unusable.
func (b *body) drainSome() error {
	if b.unreadDataSizeLocked() > maxPostHandlerReadBytes {
		b.earlyClose = true
		return nil
	}
	n, err := io.CopyN(io.Discard, bodyLocked{b}, maxPostHandlerReadBytes)
	b.earlyClose = n == maxPostHandlerReadBytes
	if err == io.EOF {
		return nil
	}
	return err
}

// unreadDataSizeLocked is how many bytes of a sized body are left (-1: unknown).
func (b *body) unreadDataSizeLocked() int64 {
	if sized, ok := b.src.(*io.LimitedReader); ok {
		return sized.N
	}
	return -1
}

// flags reads the body's end-of-body flags under its lock.
func (b *body) flags() (sawEOF, earlyClose bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sawEOF, b.earlyClose
}

func (b *body) didEarlyClose() bool { _, early := b.flags(); return early }

func (b *body) bodyRemains() bool { eof, _ := b.flags(); return !eof }

func (b *body) registerOnHitEOF(fn func()) {
	b.mu.Lock()
	b.onHitEOF = fn
	b.mu.Unlock()
}

// bodyLocked reads a body whose mutex the caller holds.
type bodyLocked struct {
	b *body
}

func (bl bodyLocked) Read(p []byte) (int, error) {
	if bl.b.closed {
		return 0, ErrBodyReadAfterClose
	}
	return bl.b.readLocked(p)
}

// chunkedReader decodes a chunked body: chunks "SIZE[;extensions]\r\n" + SIZE bytes + "\r\n"
// up to one of size 0, after which it reports io.EOF (the trailer stays in r).
type chunkedReader struct {
	r       *bufio.Reader
	left    uint64 // bytes of the current chunk not read yet
	needEnd bool   // the CRLF after the current chunk's data comes next
	err     error  // sticky
}

var errMalformedChunk = errors.New("malformed chunked encoding")

// Read fills p from as many chunks as have arrived; once it has bytes it stops rather than
// wait for the network.
func (cr *chunkedReader) Read(p []byte) (n int, err error) {
	for cr.err == nil {
		if cr.needEnd {
			if n > 0 && cr.r.Buffered() < 2 {
				break
			}
			if cr.err = cr.readChunkEnd(); cr.err != nil {
				break
			}
			cr.needEnd = false
		}
		if cr.left == 0 {
			if n > 0 && !cr.sizeLineBuffered() {
				break
			}
			cr.left, cr.err = cr.readChunkSize()
			continue
		}
		if len(p) == 0 {
			break
		}
		room := p
		if uint64(len(room)) > cr.left {
			room = room[:cr.left]
		}
		m, rerr := cr.r.Read(room)
		n, p, cr.left = n+m, p[m:], cr.left-uint64(m)
		switch {
		case rerr == io.EOF:
			cr.err = io.ErrUnexpectedEOF
		case rerr != nil:
			cr.err = rerr
		case cr.left == 0:
			cr.needEnd = true
		}
	}
	return n, cr.err
}

// readChunkEnd reads the CRLF that ends a chunk's data.
func (cr *chunkedReader) readChunkEnd() error {
	var end [2]byte
	if _, err := io.ReadFull(cr.r, end[:]); err == io.EOF {
		return io.ErrUnexpectedEOF
	} else if err != nil {
		return err
	}
	if end != [2]byte{'\r', '\n'} {
		return errMalformedChunk
	}
	return nil
}

// sizeLineBuffered: a whole chunk-size line is already in the buffer.
func (cr *chunkedReader) sizeLineBuffered() bool {
	if cr.r.Buffered() == 0 {
		return false
	}
	buffered, _ := cr.r.Peek(cr.r.Buffered())
	return strings.IndexByte(string(buffered), '\n') >= 0
}

// readChunkSize reads a chunk-size line; a size of 0 (the last chunk) gives io.EOF.
func (cr *chunkedReader) readChunkSize() (uint64, error) {
	line, err := readChunkLine(cr.r)
	if err != nil {
		return 0, err
	}
	size, err := parseHexUint(line)
	if err == nil && size == 0 {
		err = io.EOF
	}
	return size, err
}

const maxLineLength = 4096

// readChunkLine reads a chunk-size line without its line end and trailing blanks, then
// without its extensions (from the first ';').
func readChunkLine(b *bufio.Reader) ([]byte, error) {
	line, err := b.ReadSlice('\n')
	switch {
	case err == io.EOF:
		return nil, io.ErrUnexpectedEOF
	case err == bufio.ErrBufferFull:
		return nil, ErrLineTooLong
	case err != nil:
		return nil, err
	case len(line) >= maxLineLength:
		return nil, ErrLineTooLong
	}
	end := len(line)
	for end > 0 && strings.IndexByte(" \t\r\n", line[end-1]) >= 0 {
		end--
	}
	line = line[:end]
	if semi := strings.IndexByte(string(line), ';'); semi >= 0 {
		line = line[:semi]
	}
	return line, nil
}

// hexDigit is the value of a hex digit, -1 for another byte.
func hexDigit(c byte) int {
	switch lower := c | 0x20; {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= lower && lower <= 'f':
		return int(lower-'a') + 10
	}
	return -1
}

// parseHexUint reads a chunk size: hex digits, at most 16 (an empty size reads as 0).
func parseHexUint(digits []byte) (uint64, error) {
	var n uint64
	for i, c := range digits {
		d := hexDigit(c)
		switch {
		case d < 0:
			return 0, errors.New("invalid byte in chunk length")
		case i == 16:
			return 0, errors.New("http chunk length too large")
		}
		n = n<<4 | uint64(d)
	}
	return n, nil
}

// writeChunk writes p as one chunk of a chunked body: its size in hex, CRLF, p, CRLF.
func writeChunk(w io.Writer, p []byte) (int, error) {
	if _, err := io.WriteString(w, strconv.FormatInt(int64(len(p)), 16)+"\r\n"); err != nil {
		return 0, err
	}
	n, err := w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err == nil {
		_, err = io.WriteString(w, "\r\n")
	}
	return n, err
}

// chunkedWriter encodes writes as chunks; Close writes the last (empty) chunk but not the
// final CRLF (the trailer comes first).
type chunkedWriter struct {
	w io.Writer
}

func (cw *chunkedWriter) Write(data []byte) (int, error) {
	if len(data) == 0 {
		return 0, nil // a chunk of size 0 would end the body
	}
	return writeChunk(cw.w, data)
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
