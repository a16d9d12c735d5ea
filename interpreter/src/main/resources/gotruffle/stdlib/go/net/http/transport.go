package http

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"
)

// DefaultTransport is the Transport DefaultClient uses; it keeps connections alive for reuse.
var DefaultTransport RoundTripper = &Transport{DialContext: defaultDialer.DialContext, ForceAttemptHTTP2: true,
	MaxIdleConns: 100, IdleConnTimeout: 90 * time.Second, TLSHandshakeTimeout: 10 * time.Second, ExpectContinueTimeout: time.Second}

var defaultDialer = &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}

// DefaultMaxIdleConnsPerHost: idle connections kept per host when the Transport says 0.
const DefaultMaxIdleConnsPerHost = 2

// Transport is an implementation of RoundTripper for HTTP/1.1 over TCP that keeps idle
// connections for reuse. GoTruffle has no TLS and no proxies: https URLs fail, Proxy is
// ignored.
type Transport struct {
	Proxy                  func(*Request) (*url.URL, error)
	DialContext            func(ctx context.Context, network, addr string) (net.Conn, error)
	Dial                   func(network, addr string) (net.Conn, error)
	TLSHandshakeTimeout    time.Duration
	DisableKeepAlives      bool
	DisableCompression     bool
	MaxIdleConns           int
	MaxIdleConnsPerHost    int
	MaxConnsPerHost        int
	IdleConnTimeout        time.Duration
	ResponseHeaderTimeout  time.Duration
	ExpectContinueTimeout  time.Duration
	ProxyConnectHeader     Header
	MaxResponseHeaderBytes int64
	WriteBufferSize        int
	ReadBufferSize         int
	ForceAttemptHTTP2      bool

	idleMu sync.Mutex
	idle   map[string][]*persistConn
	nidle  int
}

// persistConn is one client connection, idle in the pool or carrying one request.
type persistConn struct {
	t      *Transport
	key    string
	conn   net.Conn
	br     *bufio.Reader
	bw     *bufio.Writer
	reused bool
	timer  *time.Timer // closes the connection after IdleConnTimeout in the pool

	mu       sync.Mutex
	closed   bool
	canceled error // why the connection was closed under a request
}

func (pc *persistConn) close(why error) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if pc.closed {
		return
	}
	pc.closed = true
	if why != nil && pc.canceled == nil {
		pc.canceled = why
	}
	pc.conn.Close()
}

func (pc *persistConn) canceledErr() error {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	return pc.canceled
}

func (t *Transport) maxIdlePerHost() int {
	if t.MaxIdleConnsPerHost > 0 {
		return t.MaxIdleConnsPerHost
	}
	return DefaultMaxIdleConnsPerHost
}

// connectKey is the pool key of a request's destination ("http|host:port").
func connectKey(u *url.URL) string {
	host := u.Host
	if u.Port() == "" {
		host = net.JoinHostPort(u.Hostname(), "80")
	}
	return u.Scheme + "|" + host
}

func (t *Transport) getIdle(key string) *persistConn {
	t.idleMu.Lock()
	defer t.idleMu.Unlock()
	for {
		list := t.idle[key]
		if len(list) == 0 {
			return nil
		}
		pc := list[len(list)-1]
		t.idle[key] = list[:len(list)-1]
		t.nidle--
		if pc.timer != nil {
			pc.timer.Stop()
		}
		pc.mu.Lock()
		closed := pc.closed
		pc.mu.Unlock()
		if !closed {
			pc.reused = true
			return pc
		}
	}
}

// putIdle returns pc to the pool, or closes it when the pool is full or keep-alives are off.
func (t *Transport) putIdle(pc *persistConn) {
	if t.DisableKeepAlives {
		pc.close(nil)
		return
	}
	t.idleMu.Lock()
	if t.idle == nil {
		t.idle = make(map[string][]*persistConn)
	}
	if len(t.idle[pc.key]) >= t.maxIdlePerHost() || t.MaxIdleConns > 0 && t.nidle >= t.MaxIdleConns {
		t.idleMu.Unlock()
		pc.close(nil)
		return
	}
	t.idle[pc.key] = append(t.idle[pc.key], pc)
	t.nidle++
	if d := t.IdleConnTimeout; d > 0 {
		if pc.timer == nil {
			pc.timer = time.AfterFunc(d, func() { t.removeIdle(pc) })
		} else {
			pc.timer.Reset(d)
		}
	}
	t.idleMu.Unlock()
}

func (t *Transport) removeIdle(pc *persistConn) {
	t.idleMu.Lock()
	list := t.idle[pc.key]
	for i, c := range list {
		if c == pc {
			t.idle[pc.key] = append(list[:i], list[i+1:]...)
			t.nidle--
			break
		}
	}
	t.idleMu.Unlock()
	pc.close(nil)
}

// CloseIdleConnections closes the kept-alive connections no request is using.
func (t *Transport) CloseIdleConnections() {
	t.idleMu.Lock()
	idle := t.idle
	t.idle = nil
	t.nidle = 0
	t.idleMu.Unlock()
	for _, list := range idle {
		for _, pc := range list {
			pc.close(nil)
		}
	}
}

// CancelRequest is deprecated: use NewRequestWithContext.
func (t *Transport) CancelRequest(req *Request) {}

func (t *Transport) dial(ctx context.Context, addr string) (net.Conn, error) {
	if t.DialContext != nil {
		return t.DialContext(ctx, "tcp", addr)
	}
	if t.Dial != nil {
		return t.Dial("tcp", addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, "tcp", addr)
}

func (t *Transport) getConn(req *Request) (*persistConn, error) {
	key := connectKey(req.URL)
	if pc := t.getIdle(key); pc != nil {
		return pc, nil
	}
	addr := req.URL.Host
	if req.URL.Port() == "" {
		addr = net.JoinHostPort(req.URL.Hostname(), "80")
	}
	conn, err := t.dial(req.Context(), addr)
	if err != nil {
		return nil, err
	}
	return &persistConn{
		t:    t,
		key:  key,
		conn: conn,
		br:   bufio.NewReaderSize(conn, 4096),
		bw:   bufio.NewWriterSize(conn, 4096),
	}, nil
}

// errServerClosedIdle: a reused connection was closed by the server before it answered.
var errServerClosedIdle = errors.New("http: server closed idle connection")

// roundTripCheck is why req cannot be sent, in the order Go checks: URL and Header present,
// for http(s) every field name a token and every value free of control bytes, then the
// scheme, the method and a host.
func roundTripCheck(req *Request) error {
	if req.URL == nil {
		return errors.New("http: nil Request.URL")
	}
	if req.Header == nil {
		return errors.New("http: nil Request.Header")
	}
	scheme := req.URL.Scheme
	web := scheme == "http" || scheme == "https"
	for name, values := range req.Header {
		if !web {
			break
		}
		if !isToken(name) {
			return fmt.Errorf("net/http: invalid header field name %q", name)
		}
		for _, v := range values {
			if !validHeaderFieldValue(v) {
				// The value is left out of the message: it may be a secret.
				return fmt.Errorf("net/http: invalid header field value for %q", name)
			}
		}
	}
	switch {
	case !web:
		return badStringError("unsupported protocol scheme", scheme)
	case req.Method != "" && !validMethod(req.Method):
		return fmt.Errorf("net/http: invalid method %q", req.Method)
	case req.URL.Host == "":
		return errors.New("http: no Host in request URL")
	case scheme == "https":
		return errors.New("unsupported protocol scheme \"https\" (GoTruffle has no TLS)")
	}
	return nil
}

// RoundTrip performs one request over a connection (http.RoundTripper).
func (t *Transport) RoundTrip(req *Request) (*Response, error) {
	ctx := req.Context()
	if err := roundTripCheck(req); err != nil {
		req.closeBody()
		return nil, err
	}
	for {
		if err := ctx.Err(); err != nil {
			req.closeBody()
			return nil, err
		}
		pc, err := t.getConn(req)
		if err != nil {
			req.closeBody()
			return nil, err
		}
		resp, err := pc.roundTrip(req)
		if err == nil {
			return resp, nil
		}
		// A reused connection the server had closed: try again on a new one if the request
		// can be sent again.
		if !pc.reused || err != errServerClosedIdle {
			return nil, err
		}
		if req.Body != nil && req.Body != NoBody {
			if req.GetBody == nil {
				return nil, err
			}
			newBody, gerr := req.GetBody()
			if gerr != nil {
				return nil, err
			}
			r2 := *req
			r2.Body = newBody
			req = &r2
		}
	}
}

func (pc *persistConn) roundTrip(req *Request) (resp *Response, err error) {
	t := pc.t
	var extra Header
	requestedGzip := false
	if !t.DisableCompression && req.Header.Get("Accept-Encoding") == "" && req.Header.Get("Range") == "" && req.Method != "HEAD" {
		requestedGzip = true
		extra = Header{"Accept-Encoding": {"gzip"}}
	}
	if t.DisableKeepAlives && !req.Close && !hasToken(req.Header.get("Connection"), "close") {
		if extra == nil {
			extra = make(Header)
		}
		extra.Set("Connection", "close")
	}
	// The request's context closes the connection when it is done before the response is.
	ctx := req.Context()
	done := make(chan struct{})
	stopWatch := func() {}
	if ctx.Done() != nil {
		var once sync.Once
		go func() {
			select {
			case <-ctx.Done():
				pc.close(ctx.Err())
			case <-done:
			}
		}()
		stopWatch = func() { once.Do(func() { close(done) }) }
	}
	fail := func(err error) (*Response, error) {
		stopWatch()
		pc.close(nil)
		if cerr := pc.canceledErr(); cerr != nil {
			return nil, cerr
		}
		return nil, err
	}
	if d := t.ResponseHeaderTimeout; d > 0 {
		pc.conn.SetReadDeadline(time.Now().Add(d))
	}
	err = req.write(pc.bw, false, extra)
	if err == nil {
		err = pc.bw.Flush()
	}
	if err != nil {
		if pc.reused && isConnGone(err) {
			stopWatch()
			pc.close(nil)
			return nil, errServerClosedIdle
		}
		return fail(err)
	}
	for {
		resp, err = ReadResponse(pc.br, req)
		if err != nil {
			if pc.reused && (err == io.EOF || err == io.ErrUnexpectedEOF || isConnGone(err)) && pc.canceledErr() == nil {
				stopWatch()
				pc.close(nil)
				return nil, errServerClosedIdle
			}
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			if ne, ok := err.(net.Error); ok && ne.Timeout() && t.ResponseHeaderTimeout > 0 {
				err = &httpError{"net/http: timeout awaiting response headers"}
			}
			return fail(err)
		}
		if resp.StatusCode >= 100 && resp.StatusCode <= 199 && resp.StatusCode != 101 {
			continue // informational: the real response follows
		}
		break
	}
	if t.ResponseHeaderTimeout > 0 {
		pc.conn.SetReadDeadline(time.Time{})
	}
	reusable := !resp.Close && !req.Close && !t.DisableKeepAlives && resp.StatusCode != 101
	if resp.Body == NoBody || req.Method == "HEAD" {
		stopWatch()
		if reusable && pc.canceledErr() == nil {
			t.putIdle(pc)
		} else {
			pc.close(nil)
		}
		return resp, nil
	}
	b := &bodyEOFSignal{body: resp.Body, pc: pc, reusable: reusable, stopWatch: stopWatch}
	resp.Body = b
	if requestedGzip && strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		resp.Body = &gzipReader{body: b}
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
		resp.Uncompressed = true
	}
	return resp, nil
}

// isConnGone reports a connection the peer reset or closed.
func isConnGone(err error) bool {
	s := err.Error()
	return strings.Contains(s, "connection reset by peer") || strings.Contains(s, "broken pipe") || err == io.EOF
}

// bodyEOFSignal is the Body of a client response: read to EOF, its connection goes back to
// the pool; closed early, the connection is closed.
type bodyEOFSignal struct {
	body      io.ReadCloser
	pc        *persistConn
	reusable  bool
	stopWatch func()

	mu     sync.Mutex
	done   bool // the connection was released
	closed bool
	rerr   error
}

// Read passes reads through until the first error, which every later Read repeats; that
// error (EOF: the connection can be reused) releases the connection. A failure caused by
// cancelling the request reports the cancellation instead.
func (es *bodyEOFSignal) Read(p []byte) (int, error) {
	if err := es.stickyErr(); err != nil {
		return 0, err
	}
	n, err := es.body.Read(p)
	if err == nil {
		return n, nil
	}
	if err != io.EOF {
		if why := es.pc.canceledErr(); why != nil {
			err = why
		}
	}
	es.mu.Lock()
	if es.rerr == nil {
		es.rerr = err
	}
	err = es.rerr
	es.mu.Unlock()
	es.release(err == io.EOF)
	return n, err
}

func (es *bodyEOFSignal) stickyErr() error {
	es.mu.Lock()
	defer es.mu.Unlock()
	if es.closed {
		return errors.New("http: read on closed response body")
	}
	return es.rerr
}

func (es *bodyEOFSignal) release(atEOF bool) {
	es.mu.Lock()
	if es.done {
		es.mu.Unlock()
		return
	}
	es.done = true
	es.mu.Unlock()
	es.stopWatch()
	if atEOF && es.reusable && es.pc.canceledErr() == nil {
		es.pc.t.putIdle(es.pc)
	} else {
		es.pc.close(nil)
	}
}

func (es *bodyEOFSignal) Close() error {
	es.mu.Lock()
	if es.closed {
		es.mu.Unlock()
		return nil
	}
	es.closed = true
	es.mu.Unlock()
	es.release(false)
	return nil
}

// gunzip decompresses a whole gzip stream (a Java native).
func gunzip(data []byte) ([]byte, string)

// gzipReader decodes a gzip-encoded response body (read whole on first use).
type gzipReader struct {
	body io.ReadCloser
	data []byte
	read bool
	err  error
}

func (gz *gzipReader) Read(p []byte) (n int, err error) {
	if !gz.read {
		gz.read = true
		raw, err := io.ReadAll(gz.body)
		if err != nil {
			gz.err = err
		} else {
			var e string
			gz.data, e = gunzip(raw)
			if e != "" {
				gz.err = errors.New(e)
			}
		}
	}
	if len(gz.data) == 0 {
		if gz.err != nil {
			return 0, gz.err
		}
		return 0, io.EOF
	}
	n = copy(p, gz.data)
	gz.data = gz.data[n:]
	return n, nil
}

func (gz *gzipReader) Close() error {
	return gz.body.Close()
}
