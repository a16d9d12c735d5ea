package http

import (
	"bufio"
	"context"
	"errors"
	"internal/httpguts"
	"io"
	"log"
	"net"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Handler serves one request: it writes the reply to the ResponseWriter.
type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

// ResponseWriter is how a handler builds its response: headers, status and body.
type ResponseWriter interface {
	Header() Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

// Flusher: a ResponseWriter whose buffered output the handler can push to the client.
type Flusher interface {
	Flush()
}

// Hijacker: a ResponseWriter that lets the handler take the connection over.
type Hijacker interface {
	Hijack() (net.Conn, *bufio.ReadWriter, error)
}

// CloseNotifier: a ResponseWriter that reports when the client has gone.
// Deprecated: use Request.Context.
type CloseNotifier interface {
	CloseNotify() <-chan bool
}

// HandlerFunc lets a plain function serve as a Handler.
type HandlerFunc func(ResponseWriter, *Request)

// ServeHTTP just calls f.
func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) {
	f(w, r)
}

var (
	// ServerContextKey is a context key: the value is the *Server that started the handler.
	ServerContextKey = &contextKey{"http-server"}
	// LocalAddrContextKey is a context key: the value is the local address (net.Addr) the
	// connection arrived on.
	LocalAddrContextKey = &contextKey{"local-addr"}
)

type contextKey struct {
	name string
}

func (k *contextKey) String() string { return "net/http context value " + k.name }

// ErrServerClosed: what Serve and ListenAndServe return after Shutdown or Close.
var ErrServerClosed = errors.New("http: Server closed")

// ErrAbortHandler: panic with it to stop a handler without the server logging a stack trace.
var ErrAbortHandler = errors.New("net/http: abort Handler")

// ErrHandlerTimeout: what Write returns in a handler that TimeoutHandler gave up on.
var ErrHandlerTimeout = errors.New("http: Handler timeout")

// DefaultMaxHeaderBytes: the header size limit when Server.MaxHeaderBytes is 0.
const DefaultMaxHeaderBytes = 1 << 20 // 1 MB

// TrailerPrefix: a header key starting with it declares a trailer (the rest is its name).
const TrailerPrefix = "Trailer:"

// ConnState is where a server connection is in its life (see ConnState hooks).
type ConnState int

const (
	StateNew ConnState = iota
	StateActive
	StateIdle
	StateHijacked
	StateClosed
)

var stateName = map[ConnState]string{
	StateNew:      "new",
	StateActive:   "active",
	StateIdle:     "idle",
	StateHijacked: "hijacked",
	StateClosed:   "closed",
}

func (c ConnState) String() string { return stateName[c] }

// Server holds an HTTP server's settings; the zero value serves DefaultServeMux.
type Server struct {
	Addr              string
	Handler           Handler // nil means DefaultServeMux
	ReadTimeout       time.Duration
	ReadHeaderTimeout time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int
	ConnState         func(net.Conn, ConnState)
	ErrorLog          *log.Logger
	BaseContext       func(net.Listener) context.Context
	ConnContext       func(ctx context.Context, c net.Conn) context.Context

	inShutdown        int32
	disableKeepAlives int32

	mu            sync.Mutex
	listeners     map[*net.Listener]struct{}
	activeConn    map[*conn]struct{}
	doneChan      chan struct{}
	onShutdown    []func()
	listenerGroup sync.WaitGroup
}

func (srv *Server) shuttingDown() bool {
	return atomic.LoadInt32(&srv.inShutdown) != 0
}

func (srv *Server) doKeepAlives() bool {
	return atomic.LoadInt32(&srv.disableKeepAlives) == 0 && !srv.shuttingDown()
}

// SetKeepAlivesEnabled turns keep-alive on (the default) or off.
func (srv *Server) SetKeepAlivesEnabled(v bool) {
	if v {
		atomic.StoreInt32(&srv.disableKeepAlives, 0)
		return
	}
	atomic.StoreInt32(&srv.disableKeepAlives, 1)
	srv.closeIdleConns()
}

func (srv *Server) logf(format string, args ...any) {
	if srv.ErrorLog != nil {
		srv.ErrorLog.Printf(format, args...)
	} else {
		log.Printf(format, args...)
	}
}

func (srv *Server) maxHeaderBytes() int {
	if srv.MaxHeaderBytes > 0 {
		return srv.MaxHeaderBytes
	}
	return DefaultMaxHeaderBytes
}

// initialReadLimitSize bounds how much a request's line and headers may take.
func (srv *Server) initialReadLimitSize() int64 {
	return int64(srv.maxHeaderBytes()) + 4096
}

func (srv *Server) readHeaderTimeout() time.Duration {
	if srv.ReadHeaderTimeout != 0 {
		return srv.ReadHeaderTimeout
	}
	return srv.ReadTimeout
}

func (srv *Server) idleTimeout() time.Duration {
	if srv.IdleTimeout != 0 {
		return srv.IdleTimeout
	}
	return srv.ReadTimeout
}

func (srv *Server) getDoneChan() chan struct{} {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	return srv.getDoneChanLocked()
}

func (srv *Server) getDoneChanLocked() chan struct{} {
	if srv.doneChan == nil {
		srv.doneChan = make(chan struct{})
	}
	return srv.doneChan
}

func (srv *Server) closeDoneChanLocked() {
	ch := srv.getDoneChanLocked()
	select {
	case <-ch:
	default:
		close(ch)
	}
}

// ListenAndServe listens on srv.Addr (":http" when empty) and Serves; it only returns an
// error, ErrServerClosed after Shutdown or Close.
func (srv *Server) ListenAndServe() error {
	if srv.shuttingDown() {
		return ErrServerClosed
	}
	addr := srv.Addr
	if addr == "" {
		addr = ":http"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return srv.Serve(ln)
}

// ListenAndServeTLS is not supported: GoTruffle has no crypto/tls.
func (srv *Server) ListenAndServeTLS(certFile, keyFile string) error {
	panic("unsupported: net/http.(*Server).ListenAndServeTLS (crypto/tls is not available in GoTruffle)")
}

// onceCloseListener lets its listener be closed only once.
type onceCloseListener struct {
	net.Listener
	once     sync.Once
	closeErr error
}

func (oc *onceCloseListener) Close() error {
	oc.once.Do(func() { oc.closeErr = oc.Listener.Close() })
	return oc.closeErr
}

func (srv *Server) trackListener(ln *net.Listener, add bool) bool {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.listeners == nil {
		srv.listeners = make(map[*net.Listener]struct{})
	}
	if add {
		if srv.shuttingDown() {
			return false
		}
		srv.listeners[ln] = struct{}{}
		srv.listenerGroup.Add(1)
	} else {
		delete(srv.listeners, ln)
		srv.listenerGroup.Done()
	}
	return true
}

func (srv *Server) trackConn(c *conn, add bool) {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.activeConn == nil {
		srv.activeConn = make(map[*conn]struct{})
	}
	if add {
		srv.activeConn[c] = struct{}{}
	} else {
		delete(srv.activeConn, c)
	}
}

// Serve accepts connections on l, each served in a goroutine of its own; it only returns an
// error, ErrServerClosed after Shutdown or Close.
func (srv *Server) Serve(l net.Listener) error {
	origListener := l
	l = &onceCloseListener{Listener: l}
	defer l.Close()
	if !srv.trackListener(&l, true) {
		return ErrServerClosed
	}
	defer srv.trackListener(&l, false)
	baseCtx := context.Background()
	if srv.BaseContext != nil {
		baseCtx = srv.BaseContext(origListener)
		if baseCtx == nil {
			panic("BaseContext returned a nil context")
		}
	}
	var tempDelay time.Duration
	ctx := context.WithValue(baseCtx, ServerContextKey, srv)
	for {
		rw, err := l.Accept()
		if err != nil {
			select {
			case <-srv.getDoneChan():
				return ErrServerClosed
			default:
			}
			if ne, ok := err.(net.Error); ok && ne.Temporary() {
				if tempDelay == 0 {
					tempDelay = 5 * time.Millisecond
				} else {
					tempDelay *= 2
				}
				if max := 1 * time.Second; tempDelay > max {
					tempDelay = max
				}
				srv.logf("http: Accept error: %v; retrying in %v", err, tempDelay)
				time.Sleep(tempDelay)
				continue
			}
			return err
		}
		connCtx := ctx
		if cc := srv.ConnContext; cc != nil {
			connCtx = cc(connCtx, rw)
			if connCtx == nil {
				panic("ConnContext returned nil")
			}
		}
		tempDelay = 0
		c := &conn{server: srv, rwc: rw}
		c.setState(StateNew)
		go c.serve(connCtx)
	}
}

func (srv *Server) closeListenersLocked() error {
	var err error
	for ln := range srv.listeners {
		if cerr := (*ln).Close(); cerr != nil && err == nil {
			err = cerr
		}
	}
	return err
}

// Close immediately closes all active listeners and connections (StateNew, StateActive,
// StateIdle); it does not wait for handlers. It returns the error of closing the listeners.
func (srv *Server) Close() error {
	atomic.StoreInt32(&srv.inShutdown, 1)
	srv.mu.Lock()
	srv.closeDoneChanLocked()
	err := srv.closeListenersLocked()
	srv.mu.Unlock()
	srv.listenerGroup.Wait()
	srv.mu.Lock()
	for c := range srv.activeConn {
		c.rwc.Close()
		delete(srv.activeConn, c)
	}
	srv.mu.Unlock()
	return err
}

const shutdownPollIntervalMax = 500 * time.Millisecond

// Shutdown gracefully shuts down the server: it closes all open listeners, then idle
// connections, and waits for active connections to become idle and close. If ctx expires
// first, Shutdown returns the context's error.
func (srv *Server) Shutdown(ctx context.Context) error {
	atomic.StoreInt32(&srv.inShutdown, 1)
	srv.mu.Lock()
	lnerr := srv.closeListenersLocked()
	srv.closeDoneChanLocked()
	for _, f := range srv.onShutdown {
		go f()
	}
	srv.mu.Unlock()
	srv.listenerGroup.Wait()

	interval := time.Millisecond
	timer := time.NewTimer(interval)
	defer timer.Stop()
	for {
		if srv.closeIdleConns() {
			return lnerr
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
			if interval *= 2; interval > shutdownPollIntervalMax {
				interval = shutdownPollIntervalMax
			}
			timer.Reset(interval)
		}
	}
}

// RegisterOnShutdown adds f to the functions Shutdown starts, each in its own goroutine.
func (srv *Server) RegisterOnShutdown(f func()) {
	srv.mu.Lock()
	srv.onShutdown = append(srv.onShutdown, f)
	srv.mu.Unlock()
}

// closeIdleConns closes the idle connections and reports whether all are gone.
func (srv *Server) closeIdleConns() bool {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	quiet := true
	for c := range srv.activeConn {
		st, unixSec := c.getState()
		if st == StateNew && unixSec < time.Now().Unix()-5 {
			st = StateIdle
		}
		if st != StateIdle || unixSec == 0 {
			quiet = false
			continue
		}
		c.rwc.Close()
		delete(srv.activeConn, c)
	}
	return quiet
}

// ListenAndServe listens on addr and serves with handler (nil: DefaultServeMux).
func ListenAndServe(addr string, handler Handler) error {
	server := &Server{Addr: addr, Handler: handler}
	return server.ListenAndServe()
}

// Serve serves the connections l accepts with handler, one goroutine each.
func Serve(l net.Listener, handler Handler) error {
	srv := &Server{Handler: handler}
	return srv.Serve(l)
}

// ListenAndServeTLS is not supported: GoTruffle has no crypto/tls.
func ListenAndServeTLS(addr, certFile, keyFile string, handler Handler) error {
	panic("unsupported: net/http.ListenAndServeTLS (crypto/tls is not available in GoTruffle)")
}

// ---------------------------------------------------------------- connections

// conn is the server side of one HTTP connection, served by its own goroutine.
type conn struct {
	server     *Server
	rwc        net.Conn
	remoteAddr string
	cancelCtx  context.CancelFunc
	r          *connReader
	bufr       *bufio.Reader
	bufw       *bufio.Writer
	werr       error
	lastMethod string
	rdSet      bool // the server may have set a read deadline (else none is set)
	respBuf    *bufio.Writer // the response buffer, reused by the connection's requests
	curReq     atomic.Value // *response of the request being served

	stateMu  sync.Mutex
	state    ConnState
	stateSec int64 // unix time of the last state change

	mu       sync.Mutex
	hijacked bool
}

func (c *conn) setState(state ConnState) {
	srv := c.server
	switch state {
	case StateNew:
		srv.trackConn(c, true)
	case StateHijacked, StateClosed:
		srv.trackConn(c, false)
	}
	c.stateMu.Lock()
	c.state = state
	if state == StateNew || c.stateSec == 0 {
		// Only a new connection's age is ever read (Shutdown closes new connections idle
		// for 5 s); other states just need a time that is not 0.
		c.stateSec = time.Now().Unix()
	}
	c.stateMu.Unlock()
	if hook := srv.ConnState; hook != nil {
		hook(c.rwc, state)
	}
}

func (c *conn) getState() (ConnState, int64) {
	c.stateMu.Lock()
	defer c.stateMu.Unlock()
	return c.state, c.stateSec
}

func (c *conn) isHijacked() bool {
	c.mu.Lock()
	h := c.hijacked
	c.mu.Unlock()
	return h
}

// connWriter records the first write error of the connection.
type connWriter struct {
	c *conn
}

func (w connWriter) Write(p []byte) (n int, err error) {
	n, err = w.c.rwc.Write(p)
	if err != nil && w.c.werr == nil {
		w.c.werr = err
		w.c.cancelCtx()
	}
	return
}

// connReader reads the connection for the request parser, and while a handler runs it
// reads in the background (one byte) so that a client that goes away cancels the request's
// context.
type connReader struct {
	conn    *conn
	mu      sync.Mutex
	cond    *sync.Cond
	hasByte bool
	byteBuf [1]byte
	inRead  bool
	aborted bool
	remain  int64
}

func newConnReader(c *conn) *connReader {
	cr := &connReader{conn: c}
	cr.cond = sync.NewCond(&cr.mu)
	return cr
}

func (cr *connReader) setReadLimit(remain int64) { cr.remain = remain }
func (cr *connReader) setInfiniteReadLimit()     { cr.remain = 1<<63 - 1 }
func (cr *connReader) hitReadLimit() bool        { return cr.remain <= 0 }

var aLongTimeAgo = time.Unix(1, 0)

func (cr *connReader) startBackgroundRead() {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	if cr.inRead {
		panic("invalid concurrent Body.Read call")
	}
	if cr.hasByte {
		return
	}
	cr.inRead = true
	cr.conn.rwc.SetReadDeadline(time.Time{})
	go cr.backgroundRead()
}

func (cr *connReader) backgroundRead() {
	n, err := cr.conn.rwc.Read(cr.byteBuf[:])
	cr.mu.Lock()
	if n == 1 {
		cr.hasByte = true
	}
	if ne, ok := err.(net.Error); ok && cr.aborted && ne.Timeout() {
		// our own abortPendingRead, not the client
	} else if err != nil {
		cr.handleReadError()
	}
	cr.aborted = false
	cr.inRead = false
	cr.mu.Unlock()
	cr.cond.Broadcast()
}

func (cr *connReader) abortPendingRead() {
	cr.mu.Lock()
	if !cr.inRead {
		cr.mu.Unlock()
		return
	}
	defer cr.mu.Unlock()
	cr.aborted = true
	cr.conn.rwc.SetReadDeadline(aLongTimeAgo)
	for cr.inRead {
		cr.cond.Wait()
	}
	cr.conn.rwc.SetReadDeadline(time.Time{})
}

func (cr *connReader) handleReadError() {
	cr.conn.cancelCtx()
	if res, _ := cr.conn.curReq.Load().(*response); res != nil && atomic.CompareAndSwapInt32(&res.didCloseNotify, 0, 1) {
		res.closeNotifyCh <- true
	}
}

func (cr *connReader) Read(p []byte) (n int, err error) {
	cr.mu.Lock()
	if cr.inRead {
		cr.mu.Unlock()
		panic("invalid concurrent Body.Read call")
	}
	if cr.hitReadLimit() {
		cr.mu.Unlock()
		return 0, io.EOF
	}
	if len(p) == 0 {
		cr.mu.Unlock()
		return 0, nil
	}
	if int64(len(p)) > cr.remain {
		p = p[:cr.remain]
	}
	if cr.hasByte {
		p[0] = cr.byteBuf[0]
		cr.hasByte = false
		cr.mu.Unlock()
		return 1, nil
	}
	cr.inRead = true
	cr.mu.Unlock()
	n, err = cr.conn.rwc.Read(p)
	cr.mu.Lock()
	cr.inRead = false
	if err != nil {
		cr.handleReadError()
	}
	cr.remain -= int64(n)
	cr.mu.Unlock()
	cr.cond.Broadcast()
	return n, err
}

var errTooLarge = errors.New("http: request too large")

// statusError is an error answered with its status code and text.
type statusError struct {
	code int
	text string
}

func (e statusError) Error() string { return StatusText(e.code) + ": " + e.text }

func badRequestError(e string) error { return statusError{StatusBadRequest, e} }

func isCommonNetReadError(err error) bool {
	if err == io.EOF {
		return true
	}
	if neterr, ok := err.(net.Error); ok && neterr.Timeout() {
		return true
	}
	if oe, ok := err.(*net.OpError); ok && oe.Op == "read" {
		return true
	}
	return false
}

func (c *conn) serve(ctx context.Context) {
	c.remoteAddr = c.rwc.RemoteAddr().String()
	ctx = context.WithValue(ctx, LocalAddrContextKey, c.rwc.LocalAddr())
	var inFlight *response
	defer func() {
		if err := recover(); err != nil && err != ErrAbortHandler {
			buf := make([]byte, 64<<10)
			buf = buf[:runtime.Stack(buf, false)]
			c.server.logf("http: panic serving %v: %v\n%s", c.remoteAddr, err, buf)
		}
		if inFlight != nil {
			inFlight.cancelCtx()
		}
		if !c.isHijacked() {
			if inFlight != nil {
				inFlight.conn.r.abortPendingRead()
				inFlight.reqBody.Close()
			}
			c.close()
			c.setState(StateClosed)
		}
	}()
	ctx, cancelCtx := context.WithCancel(ctx)
	c.cancelCtx = cancelCtx
	defer cancelCtx()
	c.r = newConnReader(c)
	c.bufr = bufio.NewReaderSize(c.r, 4096)
	c.bufw = bufio.NewWriterSize(connWriter{c}, 4<<10)
	for {
		w, err := c.readRequest(ctx)
		if c.r.remain != c.server.initialReadLimitSize() {
			c.setState(StateActive)
		}
		if err != nil {
			const errorHeaders = "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"
			switch {
			case err == errTooLarge:
				const publicErr = "431 Request Header Fields Too Large"
				io.WriteString(c.rwc, "HTTP/1.1 "+publicErr+errorHeaders+publicErr)
				c.closeWriteAndWait()
			case isUnsupportedTE(err):
				io.WriteString(c.rwc, "HTTP/1.1 501 Not Implemented"+errorHeaders+"Unsupported transfer encoding")
			case isCommonNetReadError(err):
				// the client went away or timed out: no reply
			default:
				if v, ok := err.(statusError); ok {
					status := strconv.Itoa(v.code) + " " + StatusText(v.code) + ": " + v.text
					io.WriteString(c.rwc, "HTTP/1.1 "+status+errorHeaders+status)
					return
				}
				const publicErr = "400 Bad Request"
				io.WriteString(c.rwc, "HTTP/1.1 "+publicErr+errorHeaders+publicErr)
			}
			return
		}
		req := w.req
		if expect := req.Header.get("Expect"); hasToken(expect, "100-continue") {
			if req.ProtoAtLeast(1, 1) && req.ContentLength != 0 {
				req.Body = &expectContinueReader{readCloser: req.Body, resp: w}
				w.canWriteContinue = 1
			}
		} else if expect != "" {
			w.Header().Set("Connection", "close")
			w.WriteHeader(StatusExpectationFailed)
			w.finishRequest()
			return
		}
		c.curReq.Store(w)
		inFlight = w
		handler := c.server.Handler
		if handler == nil {
			handler = DefaultServeMux
		}
		if req.RequestURI == "*" && req.Method == "OPTIONS" {
			handler = globalOptionsHandler{}
		}
		handler.ServeHTTP(w, req)
		inFlight = nil
		w.cancelCtx()
		if c.isHijacked() {
			return
		}
		w.finishRequest()
		if !w.shouldReuseConnection() {
			if w.requestBodyLimitHit || w.closedRequestBodyEarly() {
				c.closeWriteAndWait()
			}
			return
		}
		c.setState(StateIdle)
		c.curReq.Store((*response)(nil))
		if !c.server.doKeepAlives() {
			return
		}
		if d := c.server.idleTimeout(); d != 0 {
			c.rwc.SetReadDeadline(time.Now().Add(d))
			c.rdSet = true
			if _, err := c.bufr.Peek(4); err != nil {
				return
			}
		}
		if c.rdSet {
			// (a socket call per request otherwise)
			c.rwc.SetReadDeadline(time.Time{})
			c.rdSet = false
		}
	}
}

// validHostHeader reports whether h is a plausible Host header value (no spaces, controls
// or other bytes a host name, IP literal or port cannot have).
func validHostHeader(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		if c >= 0x80 || isTokenByte(c) {
			continue
		}
		switch c {
		case '[', ']', ':', '@', '(', ')', ',', ';', '=':
			continue
		}
		return false
	}
	return true
}

func isUnsupportedTE(err error) bool {
	_, ok := err.(*unsupportedTEError)
	return ok
}

func (c *conn) close() {
	c.bufw.Flush()
	c.rwc.Close()
}

// closeWriteAndWait flushes, half-closes and waits a little, so that the client reads the
// reply before a reset (Go's rstAvoidanceDelay).
func (c *conn) closeWriteAndWait() {
	c.bufw.Flush()
	if tcp, ok := c.rwc.(interface{ CloseWrite() error }); ok {
		tcp.CloseWrite()
	}
	time.Sleep(500 * time.Millisecond)
}

func (c *conn) readRequest(ctx context.Context) (w *response, err error) {
	var wholeReqDeadline, hdrDeadline time.Time
	if c.server.readHeaderTimeout() > 0 || c.server.ReadTimeout > 0 {
		t0 := time.Now()
		if d := c.server.readHeaderTimeout(); d > 0 {
			hdrDeadline = t0.Add(d)
		}
		if d := c.server.ReadTimeout; d > 0 {
			wholeReqDeadline = t0.Add(d)
		}
	}
	if !hdrDeadline.IsZero() {
		c.rwc.SetReadDeadline(hdrDeadline)
		c.rdSet = true
	}
	if d := c.server.WriteTimeout; d > 0 {
		defer func() {
			c.rwc.SetWriteDeadline(time.Now().Add(d))
		}()
	}
	c.r.setReadLimit(c.server.initialReadLimitSize())
	if c.lastMethod == "POST" {
		// RFC 7230 section 3.5: ignore a CRLF some clients add after a POST body.
		peek, _ := c.bufr.Peek(4)
		n := 0
		for n < len(peek) && (peek[n] == '\r' || peek[n] == '\n') {
			n++
		}
		c.bufr.Discard(n)
	}
	req, err := readRequest(c.bufr)
	if err != nil {
		if c.r.hitReadLimit() {
			return nil, errTooLarge
		}
		return nil, err
	}
	if req.ProtoMajor != 1 {
		return nil, statusError{StatusHTTPVersionNotSupported, "unsupported protocol version"}
	}
	c.lastMethod = req.Method
	c.r.setInfiniteReadLimit()
	hosts, haveHost := req.Header["Host"]
	if req.ProtoAtLeast(1, 1) && (!haveHost || len(hosts) == 0) && req.Method != "CONNECT" {
		return nil, badRequestError("missing required Host header")
	}
	if len(hosts) == 1 && !validHostHeader(hosts[0]) {
		return nil, badRequestError("malformed Host header")
	}
	for k, vv := range req.Header {
		if !isToken(k) {
			return nil, badRequestError("invalid header name")
		}
		for _, v := range vv {
			if !validHeaderFieldValue(v) {
				return nil, badRequestError("invalid header value")
			}
		}
	}
	delete(req.Header, "Host")
	rc := &requestContext{parent: ctx, cr: c.r, body: req.Body}
	req.srvCtx = rc
	req.RemoteAddr = c.remoteAddr
	if b, ok := req.Body.(*body); ok {
		b.doEarlyClose = true
	}
	if !hdrDeadline.Equal(wholeReqDeadline) {
		c.rwc.SetReadDeadline(wholeReqDeadline)
		c.rdSet = !wholeReqDeadline.IsZero()
	}
	w = &response{
		conn:          c,
		cancelCtx:     rc.finish,
		req:           req,
		reqBody:       req.Body,
		handlerHeader: make(Header),
		contentLength: -1,
		closeNotifyCh: make(chan bool, 1),
	}
	w.wants10KeepAlive = req.ProtoMajor == 1 && req.ProtoMinor == 0 && hasToken(req.Header.get("Connection"), "keep-alive")
	w.wantsClose = req.Close || hasToken(req.Header.get("Connection"), "close")
	w.cw.res = w
	// One 2 KB buffer per connection, reused by its requests (Go pools them).
	if c.respBuf == nil {
		c.respBuf = bufio.NewWriterSize(&w.cw, bufferBeforeChunkingSize)
	} else {
		c.respBuf.Reset(&w.cw)
	}
	w.w = c.respBuf
	return w, nil
}

// expectContinueReader sends "100 Continue" when the handler first reads the body.
type expectContinueReader struct {
	resp       *response
	readCloser io.ReadCloser
	closed     bool
	sawEOF     bool
}

func (ecr *expectContinueReader) Read(p []byte) (n int, err error) {
	if ecr.closed {
		return 0, ErrBodyReadAfterClose
	}
	w := ecr.resp
	if !w.wroteContinue && w.canWriteContinue == 1 && !w.conn.isHijacked() {
		w.wroteContinue = true
		w.conn.bufw.WriteString("HTTP/1.1 100 Continue\r\n\r\n")
		w.conn.bufw.Flush()
	}
	n, err = ecr.readCloser.Read(p)
	if err == io.EOF {
		ecr.sawEOF = true
	}
	return
}

func (ecr *expectContinueReader) Close() error {
	ecr.closed = true
	return ecr.readCloser.Close()
}

// globalOptionsHandler answers "OPTIONS *" requests.
type globalOptionsHandler struct{}

func (globalOptionsHandler) ServeHTTP(w ResponseWriter, r *Request) {
	w.Header().Set("Content-Length", "0")
	if r.ContentLength != 0 {
		io.Copy(io.Discard, io.LimitReader(r.Body, 4<<10))
	}
}

// ---------------------------------------------------------------- responses

// bufferBeforeChunkingSize is how much a handler may write before the response is sent; a
// response completed within it gets a Content-Length, a longer one is chunked.
const bufferBeforeChunkingSize = 2048

// response is the server's ResponseWriter.
type response struct {
	conn             *conn
	req              *Request
	reqBody          io.ReadCloser
	cancelCtx        context.CancelFunc
	wroteHeader      bool
	wroteContinue    bool
	canWriteContinue int32
	wants10KeepAlive bool
	wantsClose       bool

	w  *bufio.Writer // chunks output through cw
	cw chunkWriter

	handlerHeader Header
	calledHeader  bool
	written       int64
	contentLength int64 // the handler's Content-Length, or -1 if none
	status        int

	closeAfterReply     bool
	requestBodyLimitHit bool
	handlerDone         int32
	trailers            []string

	didCloseNotify int32
	closeNotifyCh  chan bool
}

func (w *response) Header() Header {
	if w.cw.header == nil && w.wroteHeader && !w.cw.wroteHeader {
		// The handler writes headers after WriteHeader: they must not affect this response.
		w.cw.header = w.handlerHeader.Clone()
	}
	w.calledHeader = true
	return w.handlerHeader
}

func (w *response) requestTooLarge() {
	w.closeAfterReply = true
	w.requestBodyLimitHit = true
	if !w.wroteHeader {
		w.Header().Set("Connection", "close")
	}
}

func checkWriteHeaderCode(code int) {
	if code < 100 || code > 999 {
		panic("invalid WriteHeader code " + strconv.Itoa(code))
	}
}

// relevantCaller is the first caller outside net/http, for log messages.
func relevantCaller() (function, file string, line int) {
	pc := make([]uintptr, 16)
	n := runtime.Callers(1, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		frame, more := frames.Next()
		if !strings.HasPrefix(frame.Function, "net/http.") {
			return frame.Function, frame.File, frame.Line
		}
		if !more {
			break
		}
	}
	return "", "", 0
}

func baseName(file string) string {
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		return file[i+1:]
	}
	return file
}

func (w *response) WriteHeader(code int) {
	if w.conn.isHijacked() {
		fn, file, line := relevantCaller()
		w.conn.server.logf("http: response.WriteHeader on hijacked connection from %s (%s:%d)", fn, baseName(file), line)
		return
	}
	if w.wroteHeader {
		fn, file, line := relevantCaller()
		w.conn.server.logf("http: superfluous response.WriteHeader call from %s (%s:%d)", fn, baseName(file), line)
		return
	}
	checkWriteHeaderCode(code)
	if code >= 100 && code <= 199 {
		// informational responses go out at once; the final one comes later
		w.canWriteContinue = 0
		writeStatusLine(w.conn.bufw, w.req.ProtoAtLeast(1, 1), code)
		w.handlerHeader.WriteSubset(w.conn.bufw, excludedHeadersNoBody)
		w.conn.bufw.WriteString("\r\n")
		w.conn.bufw.Flush()
		return
	}
	w.wroteHeader = true
	w.status = code
	if w.calledHeader && w.cw.header == nil {
		w.cw.header = w.handlerHeader.Clone()
	}
	if cl := w.handlerHeader.get("Content-Length"); cl != "" {
		v, err := strconv.ParseInt(cl, 10, 64)
		if err == nil && v >= 0 {
			w.contentLength = v
		} else {
			w.conn.server.logf("http: invalid Content-Length of %q", cl)
			w.handlerHeader.Del("Content-Length")
		}
	}
}

var excludedHeadersNoBody = map[string]bool{"Content-Length": true, "Transfer-Encoding": true}

func (w *response) bodyAllowed() bool {
	if !w.wroteHeader {
		panic("")
	}
	return bodyAllowedForStatus(w.status)
}

func (w *response) Write(data []byte) (n int, err error) {
	return w.write(len(data), data, "")
}

func (w *response) WriteString(data string) (n int, err error) {
	return w.write(len(data), nil, data)
}

func (w *response) write(lenData int, dataB []byte, dataS string) (n int, err error) {
	if w.conn.isHijacked() {
		if lenData > 0 {
			fn, file, line := relevantCaller()
			w.conn.server.logf("http: response.Write on hijacked connection from %s (%s:%d)", fn, baseName(file), line)
		}
		return 0, ErrHijacked
	}
	w.canWriteContinue = 0
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if lenData == 0 {
		return 0, nil
	}
	if !w.bodyAllowed() {
		return 0, ErrBodyNotAllowed
	}
	w.written += int64(lenData)
	if w.contentLength != -1 && w.written > w.contentLength {
		return 0, ErrContentLength
	}
	if dataB != nil {
		return w.w.Write(dataB)
	}
	return w.w.WriteString(dataS)
}

func (w *response) finishRequest() {
	atomic.StoreInt32(&w.handlerDone, 1)
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	w.w.Flush()
	w.cw.close()
	w.conn.bufw.Flush()
	w.conn.r.abortPendingRead()
	w.reqBody.Close()
}

func (w *response) closedRequestBodyEarly() bool {
	b, ok := w.req.Body.(*body)
	return ok && b.didEarlyClose()
}

func (w *response) shouldReuseConnection() bool {
	if w.closeAfterReply {
		return false
	}
	if w.req.Method != "HEAD" && w.contentLength != -1 && w.bodyAllowed() && w.contentLength != w.written {
		return false // the handler did not write the declared length
	}
	if w.conn.werr != nil {
		return false
	}
	return !w.closedRequestBodyEarly()
}

// Flush pushes what the handler wrote so far to the client (http.Flusher).
func (w *response) Flush() {
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	w.w.Flush()
	w.cw.flush()
}

// Hijack gives the handler the raw connection; the server lets go of it.
func (w *response) Hijack() (rwc net.Conn, buf *bufio.ReadWriter, err error) {
	if atomic.LoadInt32(&w.handlerDone) != 0 {
		panic("net/http: Hijack called after ServeHTTP finished")
	}
	if w.wroteHeader {
		w.cw.flush()
	}
	c := w.conn
	c.mu.Lock()
	if c.hijacked {
		c.mu.Unlock()
		return nil, nil, ErrHijacked
	}
	c.hijacked = true
	c.respBuf = nil
	c.mu.Unlock()
	c.r.abortPendingRead()
	rwc = c.rwc
	rwc.SetDeadline(time.Time{})
	buf = bufio.NewReadWriter(c.bufr, bufio.NewWriter(rwc))
	if c.r.hasByte {
		if _, err := c.bufr.Peek(c.bufr.Buffered() + 1); err != nil {
			return nil, nil, err
		}
	}
	c.setState(StateHijacked)
	return rwc, buf, nil
}

// CloseNotify returns a channel that receives a value when the client goes away.
func (w *response) CloseNotify() <-chan bool {
	if atomic.LoadInt32(&w.handlerDone) != 0 {
		panic("net/http: CloseNotify called after ServeHTTP finished")
	}
	w.req.srvCtx.get()
	return w.closeNotifyCh
}

// requestContext is a server request's context, made when the handler first asks for it.
// Go cancels it when the client goes away (a background read of the connection notices) or
// when the handler returns; only Request.Context and CloseNotify can observe that, so the
// context and the background read start then (and not before the body was read to its end).
type requestContext struct {
	mu     sync.Mutex
	parent context.Context
	ctx    context.Context
	cancel context.CancelFunc
	done   bool // the handler returned
	cr     *connReader
	body   io.ReadCloser
}

func (rc *requestContext) get() context.Context {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.ctx == nil {
		rc.ctx, rc.cancel = context.WithCancel(rc.parent)
		if rc.done {
			rc.cancel() // asked for after the handler returned: already canceled
		} else if bd, ok := rc.body.(*body); ok && bd.bodyRemains() {
			bd.registerOnHitEOF(rc.cr.startBackgroundRead)
		} else {
			rc.cr.startBackgroundRead()
		}
	}
	return rc.ctx
}

// finish: the handler returned; the context (if any) is canceled, a late one will be.
func (rc *requestContext) finish() {
	rc.mu.Lock()
	rc.done = true
	cancel := rc.cancel
	rc.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func writeStatusLine(bw *bufio.Writer, is11 bool, code int) {
	bw.WriteString(statusLine(is11, code))
}

// statusLine is "HTTP/1.1 200 OK\r\n" (an unknown code: "HTTP/1.1 999 status code 999\r\n").
func statusLine(is11 bool, code int) string {
	if code == StatusOK && is11 {
		return "HTTP/1.1 200 OK\r\n"
	}
	proto := "HTTP/1.0 "
	if is11 {
		proto = "HTTP/1.1 "
	}
	if text := StatusText(code); text != "" {
		return proto + strconv.Itoa(code) + " " + text + "\r\n"
	}
	c := strconv.Itoa(code)
	for len(c) < 3 {
		c = "0" + c
	}
	return proto + c + " status code " + strconv.Itoa(code) + "\r\n"
}

// chunkWriter writes the response header on its first write (deciding Content-Length or
// chunking from what the handler wrote) and then the body, chunked if need be, to the
// connection's buffer.
type chunkWriter struct {
	res         *response
	header      Header // a copy of the handler's header taken at WriteHeader, if any
	wroteHeader bool
	chunking    bool
}

func (cw *chunkWriter) Write(p []byte) (n int, err error) {
	if !cw.wroteHeader {
		cw.writeHeader(p)
	}
	if cw.res.req.Method == "HEAD" {
		return len(p), nil
	}
	bw := cw.res.conn.bufw
	if cw.chunking {
		_, err = bw.WriteString(strconv.FormatInt(int64(len(p)), 16) + "\r\n")
		if err != nil {
			cw.res.conn.rwc.Close()
			return
		}
	}
	n, err = bw.Write(p)
	if cw.chunking && err == nil {
		_, err = bw.WriteString("\r\n")
	}
	if err != nil {
		cw.res.conn.rwc.Close()
	}
	return
}

func (cw *chunkWriter) flush() {
	if !cw.wroteHeader {
		cw.writeHeader(nil)
	}
	cw.res.conn.bufw.Flush()
}

func (cw *chunkWriter) close() {
	if !cw.wroteHeader {
		cw.writeHeader(nil)
	}
	if cw.chunking {
		bw := cw.res.conn.bufw
		bw.WriteString("0\r\n")
		if trailers := cw.res.finalTrailers(); trailers != nil {
			trailers.Write(bw)
		}
		bw.WriteString("\r\n")
	}
}

// finalTrailers returns the trailers the handler declared (Trailer header or the
// TrailerPrefix keys) with their values.
func (w *response) finalTrailers() Header {
	var t Header
	for k, vv := range w.handlerHeader {
		if strings.HasPrefix(k, TrailerPrefix) {
			if t == nil {
				t = make(Header)
			}
			t[strings.TrimPrefix(k, TrailerPrefix)] = vv
		}
	}
	for _, k := range w.trailers {
		if t == nil {
			t = make(Header)
		}
		for _, v := range w.handlerHeader[k] {
			t.Add(k, v)
		}
	}
	return t
}

// dateCache keeps the Date header of the current second.
var dateCache struct {
	mu   sync.Mutex
	sec  int64
	text string
}

func httpDate(now time.Time) string {
	sec := now.Unix()
	dateCache.mu.Lock()
	if sec != dateCache.sec || dateCache.text == "" {
		dateCache.sec = sec
		dateCache.text = now.UTC().Format(TimeFormat)
	}
	text := dateCache.text
	dateCache.mu.Unlock()
	return text
}

func (cw *chunkWriter) writeHeader(p []byte) {
	if cw.wroteHeader {
		return
	}
	cw.wroteHeader = true
	w := cw.res
	keepAlivesEnabled := w.conn.server.doKeepAlives()
	isHEAD := w.req.Method == "HEAD"
	header := cw.header
	owned := header != nil
	if !owned {
		header = w.handlerHeader
	}
	var exclude map[string]bool
	delHeader := func(key string) {
		if owned {
			header.Del(key)
			return
		}
		if _, ok := header[key]; !ok {
			return
		}
		if exclude == nil {
			exclude = make(map[string]bool)
		}
		exclude[key] = true
	}
	// Headers added here, written after the handler's: Date, Content-Length, Content-Type,
	// Connection, Transfer-Encoding.
	var setDate, setLength, setType, setConn, setTE string

	trailers := false
	for k := range header {
		if strings.HasPrefix(k, TrailerPrefix) {
			if exclude == nil {
				exclude = make(map[string]bool)
			}
			exclude[k] = true
			trailers = true
		}
	}
	for _, v := range header["Trailer"] {
		trailers = true
		for _, f := range strings.Split(v, ",") {
			if f = CanonicalHeaderKey(strings.TrimSpace(f)); f != "" {
				switch f {
				case "Transfer-Encoding", "Trailer", "Content-Length":
				default:
					w.trailers = append(w.trailers, f)
				}
			}
		}
	}
	te := header.get("Transfer-Encoding")
	hasTE := te != ""

	// A handler that finished within the buffer gets an exact Content-Length.
	if atomic.LoadInt32(&w.handlerDone) != 0 && !trailers && !hasTE && bodyAllowedForStatus(w.status) && header.get("Content-Length") == "" && (!isHEAD || len(p) > 0) {
		w.contentLength = int64(len(p))
		setLength = strconv.Itoa(len(p))
	}
	if w.wants10KeepAlive && keepAlivesEnabled {
		if header.get("Content-Length") != "" && header.get("Connection") == "keep-alive" {
			w.closeAfterReply = false
		}
	}
	hasCL := w.contentLength != -1
	if w.wants10KeepAlive && (isHEAD || hasCL || !bodyAllowedForStatus(w.status)) {
		if _, set := header["Connection"]; !set {
			setConn = "keep-alive"
		}
	} else if !w.req.ProtoAtLeast(1, 1) || w.wantsClose {
		w.closeAfterReply = true
	}
	if header.get("Connection") == "close" || !keepAlivesEnabled {
		w.closeAfterReply = true
	}
	if ecr, ok := w.req.Body.(*expectContinueReader); ok && !ecr.sawEOF {
		w.closeAfterReply = true
	}
	// An unread request body: read what is left (up to a limit) to keep the connection.
	if w.req.ContentLength != 0 && !w.closeAfterReply {
		discard, tooBig := false, false
		switch b := w.req.Body.(type) {
		case *expectContinueReader:
			discard = b.resp.wroteContinue
		case *body:
			b.mu.Lock()
			switch {
			case b.closed:
				if !b.sawEOF {
					w.closeAfterReply = true
				}
			case b.unreadDataSizeLocked() >= maxPostHandlerReadBytes:
				tooBig = true
			default:
				discard = true
			}
			b.mu.Unlock()
		default:
			discard = true
		}
		if discard {
			_, err := io.CopyN(io.Discard, w.reqBody, maxPostHandlerReadBytes+1)
			switch err {
			case nil:
				tooBig = true
			case ErrBodyReadAfterClose:
			case io.EOF:
				if w.reqBody.Close() != nil {
					w.closeAfterReply = true
				}
			default:
				w.closeAfterReply = true
			}
		}
		if tooBig {
			w.requestTooLarge()
			delHeader("Connection")
			setConn = "close"
		}
	}
	code := w.status
	if bodyAllowedForStatus(code) {
		_, haveType := header["Content-Type"]
		if header.Get("Content-Encoding") == "" && !haveType && !hasTE && len(p) > 0 {
			setType = DetectContentType(p)
		}
	} else {
		for _, k := range suppressedHeaders(code) {
			delHeader(k)
		}
	}
	if !header.has("Date") {
		setDate = httpDate(time.Now())
	}
	if hasCL && hasTE && te != "identity" {
		w.conn.server.logf("http: WriteHeader called with both Transfer-Encoding of %q and a Content-Length of %d", te, w.contentLength)
		delHeader("Content-Length")
		hasCL = false
	}
	if w.req.Method == "HEAD" || !bodyAllowedForStatus(code) || code == StatusNoContent {
		delHeader("Transfer-Encoding")
	} else if hasCL {
		delHeader("Transfer-Encoding")
	} else if w.req.ProtoAtLeast(1, 1) {
		if hasTE && te == "identity" {
			cw.chunking = false
			w.closeAfterReply = true
			delHeader("Transfer-Encoding")
		} else {
			cw.chunking = true
			setTE = "chunked"
			if hasTE && te == "chunked" {
				delHeader("Transfer-Encoding")
			}
		}
	} else {
		w.closeAfterReply = true
		delHeader("Transfer-Encoding")
	}
	if cw.chunking {
		delHeader("Content-Length")
	}
	if !w.req.ProtoAtLeast(1, 0) {
		return
	}
	if w.closeAfterReply && (!keepAlivesEnabled || !hasToken(cw.header.get("Connection"), "close")) && !(w.status == StatusSwitchingProtocols && header.get("Upgrade") != "") {
		delHeader("Connection")
		if w.req.ProtoAtLeast(1, 1) {
			setConn = "close"
		}
	}
	head := statusLine(w.req.ProtoAtLeast(1, 1), code) + headerLines(header, exclude)
	if setDate != "" {
		head += "Date: " + setDate + "\r\n"
	}
	if setLength != "" {
		head += "Content-Length: " + setLength + "\r\n"
	}
	if setType != "" {
		head += "Content-Type: " + setType + "\r\n"
	}
	if setConn != "" {
		head += "Connection: " + setConn + "\r\n"
	}
	if setTE != "" {
		head += "Transfer-Encoding: " + setTE + "\r\n"
	}
	w.conn.bufw.WriteString(head + "\r\n")
}

func suppressedHeaders(status int) []string {
	switch {
	case status == 304:
		return []string{"Content-Type", "Content-Length", "Transfer-Encoding"}
	case !bodyAllowedForStatus(status):
		return []string{"Content-Length", "Transfer-Encoding"}
	}
	return nil
}

// ---------------------------------------------------------------- helpers for handlers

// Error answers with code and the text error as plain text; the handler should write
// nothing more.
func Error(w ResponseWriter, error string, code int) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	io.WriteString(w, error+"\n")
}

// NotFound answers 404 with a plain-text body.
func NotFound(w ResponseWriter, r *Request) { Error(w, "404 page not found", StatusNotFound) }

// NotFoundHandler answers every request with NotFound.
func NotFoundHandler() Handler { return HandlerFunc(NotFound) }

// StripPrefix passes requests whose path starts with prefix to h, with prefix removed from
// URL.Path (and from RawPath, which then must have it too); other requests get a 404.
func StripPrefix(prefix string, h Handler) Handler {
	if prefix == "" {
		return h
	}
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		u := *r.URL // the handler gets copies: r and its URL stay as they were
		u.Path = strings.TrimPrefix(r.URL.Path, prefix)
		u.RawPath = strings.TrimPrefix(r.URL.RawPath, prefix)
		// RawPath, when present, must carry the prefix as well.
		if u.Path == r.URL.Path || (r.URL.RawPath != "" && u.RawPath == r.URL.RawPath) {
			NotFound(w, r)
			return
		}
		stripped := *r
		stripped.URL = &u
		h.ServeHTTP(w, &stripped)
	})
}

// Redirect answers with code (a 3xx) and a Location of url. A url without scheme and host is
// taken relative to the request's path (see localTarget). GET and HEAD get an HTML
// Content-Type, GET a one-link body, unless the handler set a Content-Type before.
func Redirect(w ResponseWriter, r *Request, url string, code int) {
	if u, err := urlParse(url); err == nil && u.Scheme == "" && u.Host == "" {
		url = localTarget(r.URL.Path, url)
	}
	h := w.Header()
	_, typed := h["Content-Type"]
	h.Set("Location", hexEscapeNonASCII(url))
	html := !typed && (r.Method == "GET" || r.Method == "HEAD")
	if html {
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	w.WriteHeader(code)
	if html && r.Method == "GET" {
		io.WriteString(w, "<a href=\""+htmlEscape(url)+"\">"+StatusText(code)+"</a>.\n\n")
	}
}

func urlParse(s string) (*url.URL, error) { return url.Parse(s) }

// localTarget resolves a redirect target without scheme and host: a relative one is put in
// the directory of the request path, then its path part (before any '?') is cleaned, keeping
// a trailing slash.
func localTarget(reqPath, target string) string {
	if reqPath == "" {
		reqPath = "/"
	}
	if !strings.HasPrefix(target, "/") {
		target = reqPath[:strings.LastIndexByte(reqPath, '/')+1] + target
	}
	p, query := target, ""
	if q := strings.IndexByte(target, '?'); q >= 0 {
		p, query = target[:q], target[q:]
	}
	clean := httpguts.CleanPath(p)
	if strings.HasSuffix(p, "/") && !strings.HasSuffix(clean, "/") {
		clean += "/"
	}
	return clean + query
}

// The characters HTML text and attribute values must not hold literally, with the entities
// Go's html package writes for them.
var htmlEntities = map[byte]string{'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&#34;", '\'': "&#39;"}

func htmlEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if entity, ok := htmlEntities[s[i]]; ok {
			b.WriteString(entity)
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// hexEscapeNonASCII writes every byte >= 0x80 as '%' and two lower-case hex digits, as Go's
// Location header has it.
func hexEscapeNonASCII(s string) string {
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			if out == nil {
				out = append(make([]byte, 0, len(s)+16), s[:i]...)
			}
			out = append(out, '%', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&0xf])
		case out != nil:
			out = append(out, c)
		}
	}
	if out == nil {
		return s
	}
	return string(out)
}

// redirectHandler is what RedirectHandler returns.
type redirectHandler struct {
	url  string
	code int
}

func (rh *redirectHandler) ServeHTTP(w ResponseWriter, r *Request) { Redirect(w, r, rh.url, rh.code) }

// RedirectHandler answers every request with Redirect(url, code).
func RedirectHandler(url string, code int) Handler {
	return &redirectHandler{url: url, code: code}
}

// MaxBytesHandler runs h with the request body capped at n bytes (MaxBytesReader); h gets a
// copy of the request.
func MaxBytesHandler(h Handler, n int64) Handler {
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		capped := *r
		capped.Body = MaxBytesReader(w, r.Body, n)
		h.ServeHTTP(w, &capped)
	})
}

// AllowQuerySemicolons rewrites unescaped ';' in the query to '&' before h sees it (in a copy
// of the request and its URL).
func AllowQuerySemicolons(h Handler) Handler {
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		if strings.IndexByte(r.URL.RawQuery, ';') < 0 {
			h.ServeHTTP(w, r)
			return
		}
		u := *r.URL
		u.RawQuery = strings.ReplaceAll(u.RawQuery, ";", "&")
		changed := *r
		changed.URL = &u
		h.ServeHTTP(w, &changed)
	})
}

// TimeoutHandler runs h with a time limit dt; past it the client gets 503 with msg (or a
// default page).
func TimeoutHandler(h Handler, dt time.Duration, msg string) Handler {
	return &timeoutHandler{handler: h, body: msg, dt: dt}
}

type timeoutHandler struct {
	handler Handler
	body    string
	dt      time.Duration
}

// The page a TimeoutHandler without a message of its own answers with.
const defaultTimeoutBody = "<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>"

func (h *timeoutHandler) errorBody() string {
	if h.body == "" {
		return defaultTimeoutBody
	}
	return h.body
}

// ServeHTTP runs the handler in a goroutine of its own against a buffering writer, under a
// context with the deadline. If the handler returns first, its header, status and buffered
// body go out; if the deadline comes first, the client gets 503 with the error body and the
// handler's later writes fail with ErrHandlerTimeout. A panic of the handler is passed on.
func (h *timeoutHandler) ServeHTTP(w ResponseWriter, r *Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.dt)
	defer cancel()
	r = r.WithContext(ctx)
	tw := &timeoutWriter{w: w, h: Header{}, req: r}
	// nil when the handler returned, else the value it panicked with (a nil panic value is
	// not seen: the deadline then decides, as in Go)
	outcome := make(chan any, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				outcome <- p
			}
		}()
		h.handler.ServeHTTP(tw, r)
		outcome <- nil
	}()
	select {
	case p := <-outcome:
		if p != nil {
			panic(p)
		}
		tw.mu.Lock()
		defer tw.mu.Unlock()
		for k, vv := range tw.h {
			w.Header()[k] = vv
		}
		status := StatusOK
		if tw.wroteHeader {
			status = tw.code
		}
		w.WriteHeader(status)
		w.Write(tw.wbuf)
	case <-ctx.Done():
		tw.mu.Lock()
		defer tw.mu.Unlock()
		w.WriteHeader(StatusServiceUnavailable)
		tw.err = ctx.Err()
		if tw.err == context.DeadlineExceeded {
			io.WriteString(w, h.errorBody())
			tw.err = ErrHandlerTimeout
		}
	}
}

// timeoutWriter collects a TimeoutHandler's response until the handler returns.
type timeoutWriter struct {
	w           ResponseWriter
	h           Header
	wbuf        []byte
	req         *Request
	mu          sync.Mutex
	err         error // set once the deadline answered the client
	wroteHeader bool
	code        int
}

func (tw *timeoutWriter) Header() Header { return tw.h }

// Write buffers p (the first write without a WriteHeader before fixes the status at 200).
func (tw *timeoutWriter) Write(p []byte) (int, error) {
	tw.mu.Lock()
	defer tw.mu.Unlock()
	tw.setStatus(StatusOK, false)
	if tw.err != nil {
		return 0, tw.err
	}
	tw.wbuf = append(tw.wbuf, p...)
	return len(p), nil
}

func (tw *timeoutWriter) WriteHeader(code int) {
	tw.mu.Lock()
	defer tw.mu.Unlock()
	tw.setStatus(code, true)
}

// setStatus records the status once; a second explicit WriteHeader is logged as Go does.
// After a timeout nothing is recorded. The caller holds mu.
func (tw *timeoutWriter) setStatus(code int, explicit bool) {
	if explicit {
		checkWriteHeaderCode(code)
	}
	if tw.err != nil {
		return
	}
	if !tw.wroteHeader {
		tw.wroteHeader, tw.code = true, code
		return
	}
	if explicit && tw.req != nil {
		fn, file, line := relevantCaller()
		log.Printf("http: superfluous response.WriteHeader call from %s (%s:%d)", fn, baseName(file), line)
	}
}

// ---------------------------------------------------------------- ServeMux

// ServeMux routes requests by URL path (optionally host first) to the handler of the longest
// matching pattern. A pattern ending in '/' covers its whole subtree ("/img/" matches
// "/img/a/b"); others match exactly. A subtree's root without its slash is redirected to it,
// and paths with ".", ".." or "//" to their clean form.
type ServeMux struct {
	mu       sync.RWMutex
	routes   map[string]Handler // by pattern
	withHost bool               // some pattern starts with a host name
}

// NewServeMux makes an empty ServeMux.
func NewServeMux() *ServeMux { return new(ServeMux) }

// DefaultServeMux is the mux behind Handle, HandleFunc and a nil handler.
var DefaultServeMux = &defaultServeMux

var defaultServeMux ServeMux

// cleanPath makes p absolute and resolves ".", ".." and "//", keeping a trailing slash.
func cleanPath(p string) string {
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	clean := httpguts.CleanPath(p)
	if clean != "/" && strings.HasSuffix(p, "/") {
		clean += "/"
	}
	return clean
}

// hostOnly drops a ":port" from a Host header; a value SplitHostPort cannot read stays as is.
func hostOnly(hostPort string) string {
	if host, _, err := net.SplitHostPort(hostPort); err == nil {
		return host
	}
	return hostPort
}

// lookup finds the pattern for key (a path, or host+path): key itself, else the longest
// subtree pattern (ending in '/') that key starts with. Every such pattern is a prefix of key
// that ends at one of its slashes, so those prefixes are tried from the longest down.
// The caller holds mu.
func (mux *ServeMux) lookup(key string) (Handler, string) {
	if h, ok := mux.routes[key]; ok {
		return h, key
	}
	for end := strings.LastIndexByte(key, '/'); end >= 0; end = strings.LastIndexByte(key[:end], '/') {
		if h, ok := mux.routes[key[:end+1]]; ok {
			return h, key[:end+1]
		}
	}
	return nil, ""
}

// wantsSlash reports whether path (not ending in '/') has no pattern of its own, with or
// without host, while path+"/" has one: a subtree's root asked for without its slash.
func (mux *ServeMux) wantsSlash(host, path string) bool {
	if path == "" || path[len(path)-1] == '/' {
		return false
	}
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	registered := func(pattern string) bool {
		_, ok := mux.routes[pattern]
		return ok
	}
	if registered(path) || registered(host+path) {
		return false
	}
	return registered(path+"/") || registered(host+path+"/")
}

// Handler picks the handler for r (by Method, Host and URL.Path) and the pattern that
// matched; never nil: a not-found handler when nothing matches. A CONNECT request's path is
// routed as it is (only the redirect to a subtree's slash applies, by URL.Host); other
// requests are routed by the Host header without port and the cleaned path, and a path that
// cleaning changed gets a redirect to the clean one.
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	connect := r.Method == "CONNECT"
	host, path := r.URL.Host, r.URL.Path
	if !connect {
		host, path = hostOnly(r.Host), cleanPath(path)
	}
	if mux.wantsSlash(host, path) {
		target := url.URL{Path: path + "/", RawQuery: r.URL.RawQuery}
		return RedirectHandler(target.String(), StatusMovedPermanently), target.Path
	}
	if connect {
		return mux.handler(r.Host, path)
	}
	h, pattern = mux.handler(host, path)
	if path != r.URL.Path {
		target := url.URL{Path: path, RawQuery: r.URL.RawQuery}
		h = RedirectHandler(target.String(), StatusMovedPermanently)
	}
	return h, pattern
}

// handler routes host+path when some pattern has a host, then path alone.
func (mux *ServeMux) handler(host, path string) (Handler, string) {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	if mux.withHost {
		if h, pattern := mux.lookup(host + path); h != nil {
			return h, pattern
		}
	}
	if h, pattern := mux.lookup(path); h != nil {
		return h, pattern
	}
	return NotFoundHandler(), ""
}

// ServeHTTP hands r to the handler of the best-matching pattern (see Handler); the request
// target "*" (as in OPTIONS *) gets 400 Bad Request.
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	if r.RequestURI != "*" {
		h, _ := mux.Handler(r)
		h.ServeHTTP(w, r)
		return
	}
	if r.ProtoAtLeast(1, 1) {
		w.Header().Set("Connection", "close")
	}
	w.WriteHeader(StatusBadRequest)
}

// Handle routes pattern to handler; registering the same pattern twice panics.
func (mux *ServeMux) Handle(pattern string, handler Handler) {
	mux.mu.Lock()
	defer mux.mu.Unlock()
	switch _, taken := mux.routes[pattern]; {
	case pattern == "":
		panic("http: invalid pattern")
	case handler == nil:
		panic("http: nil handler")
	case taken:
		panic("http: multiple registrations for " + pattern)
	}
	if mux.routes == nil {
		mux.routes = map[string]Handler{}
	}
	mux.routes[pattern] = handler
	mux.withHost = mux.withHost || pattern[0] != '/'
}

// HandleFunc is Handle with a plain function as the handler.
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	if handler == nil {
		panic("http: nil handler")
	}
	mux.Handle(pattern, HandlerFunc(handler))
}

// Handle routes pattern to handler on DefaultServeMux.
func Handle(pattern string, handler Handler) { DefaultServeMux.Handle(pattern, handler) }

// HandleFunc routes pattern to the function handler on DefaultServeMux.
func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.HandleFunc(pattern, handler)
}
