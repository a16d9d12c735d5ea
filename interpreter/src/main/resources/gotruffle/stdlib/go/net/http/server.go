package http

import (
	"bufio"
	"context"
	"errors"
	"internal/httpguts"
	"io"
	"log"
	"math"
	"net"
	"net/textproto"
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
	StateNew      ConnState = 0 // accepted; no byte of a request read yet
	StateActive   ConnState = 1 // a request is being read or served
	StateIdle     ConnState = 2 // between requests (keep-alive)
	StateHijacked ConnState = 3 // a handler took it over (no StateClosed follows)
	StateClosed   ConnState = 4
)

// connStateNames are the String forms, indexed by ConnState; other values print as "".
var connStateNames = [...]string{"new", "active", "idle", "hijacked", "closed"}

func (c ConnState) String() string {
	if c < 0 || int(c) >= len(connStateNames) {
		return ""
	}
	return connStateNames[c]
}

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

	stopping     int32 // 1 once Shutdown or Close began: no new listeners, no keep-alive
	noKeepAlives int32 // 1 after SetKeepAlivesEnabled(false)

	mu         sync.Mutex // guards the fields below
	listeners  map[*net.Listener]bool
	conns      map[*conn]bool // connections neither hijacked nor closed
	onShutdown []func()
	serving    sync.WaitGroup // one count per Serve that has not returned
}

func (srv *Server) shuttingDown() bool { return atomic.LoadInt32(&srv.stopping) == 1 }

func (srv *Server) doKeepAlives() bool {
	return !srv.shuttingDown() && atomic.LoadInt32(&srv.noKeepAlives) == 0
}

// SetKeepAlivesEnabled turns keep-alive on (the default) or off; turning it off also closes
// the connections that are idle now.
func (srv *Server) SetKeepAlivesEnabled(v bool) {
	off := int32(1)
	if v {
		off = 0
	}
	atomic.StoreInt32(&srv.noKeepAlives, off)
	if !v {
		srv.closeIdleConns()
	}
}

// logf logs to ErrorLog, or to the log package's standard logger when it is nil.
func (srv *Server) logf(format string, args ...any) {
	logger := srv.ErrorLog
	if logger == nil {
		logger = log.Default()
	}
	logger.Printf(format, args...)
}

// headerLimit is how many bytes a request line and its header fields may take:
// MaxHeaderBytes (DefaultMaxHeaderBytes when not positive) plus 4 KB of slack.
func (srv *Server) headerLimit() int64 {
	n := srv.MaxHeaderBytes
	if n <= 0 {
		n = DefaultMaxHeaderBytes
	}
	return int64(n) + 4<<10
}

// orTimeout is d, or fallback when d is 0 (ReadHeaderTimeout and IdleTimeout fall back to
// ReadTimeout).
func orTimeout(d, fallback time.Duration) time.Duration {
	if d == 0 {
		return fallback
	}
	return d
}

// ListenAndServe listens on srv.Addr (":http" when empty) and Serves; it only returns an
// error, ErrServerClosed after Shutdown or Close.
func (srv *Server) ListenAndServe() error {
	addr := ":http"
	if srv.Addr != "" {
		addr = srv.Addr
	}
	if srv.shuttingDown() {
		return ErrServerClosed
	}
	ln, err := net.Listen("tcp", addr)
	if err == nil {
		err = srv.Serve(ln)
	}
	return err
}

// ListenAndServeTLS is not supported: GoTruffle has no crypto/tls.
func (srv *Server) ListenAndServeTLS(certFile, keyFile string) error {
	panic("unsupported: net/http.(*Server).ListenAndServeTLS (crypto/tls is not available in GoTruffle)")
}

// onceCloseListener: Serve's deferred Close and Shutdown may both close the listener; only
// the first does, and both get its result.
type onceCloseListener struct {
	net.Listener
	once sync.Once
	err  error
}

func (l *onceCloseListener) Close() error {
	l.once.Do(func() { l.err = l.Listener.Close() })
	return l.err
}

// addListener registers a listener of a starting Serve; false once the server is stopping.
func (srv *Server) addListener(ln *net.Listener) bool {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.shuttingDown() {
		return false
	}
	if srv.listeners == nil {
		srv.listeners = map[*net.Listener]bool{}
	}
	srv.listeners[ln] = true
	srv.serving.Add(1)
	return true
}

func (srv *Server) dropListener(ln *net.Listener) {
	srv.mu.Lock()
	delete(srv.listeners, ln)
	srv.mu.Unlock()
	srv.serving.Done()
}

// Serve accepts connections on l, each served in a goroutine of its own; it only returns an
// error, ErrServerClosed after Shutdown or Close. l is closed when Serve returns.
func (srv *Server) Serve(l net.Listener) error {
	ln := net.Listener(&onceCloseListener{Listener: l})
	defer ln.Close()
	if !srv.addListener(&ln) {
		return ErrServerClosed
	}
	defer srv.dropListener(&ln)
	ctx := context.Background()
	if srv.BaseContext != nil {
		if ctx = srv.BaseContext(l); ctx == nil {
			panic("BaseContext returned a nil context")
		}
	}
	ctx = context.WithValue(ctx, ServerContextKey, srv)
	var pause time.Duration // after temporary Accept errors
	for {
		rwc, err := ln.Accept()
		if err == nil {
			pause = 0
			srv.startConn(ctx, rwc)
			continue
		}
		// Shutdown and Close mark the server before they close its listeners.
		if srv.shuttingDown() {
			return ErrServerClosed
		}
		if ne, ok := err.(net.Error); !ok || !ne.Temporary() {
			return err
		}
		pause = acceptPause(pause)
		srv.logf("http: Accept error: %v; retrying in %v", err, pause)
		time.Sleep(pause)
	}
}

// acceptPause is the wait before the next Accept after a temporary error: 5 ms first,
// doubling up to a second.
func acceptPause(last time.Duration) time.Duration {
	next := 2 * last
	switch {
	case last == 0:
		next = 5 * time.Millisecond
	case next > time.Second:
		next = time.Second
	}
	return next
}

// startConn starts serving an accepted connection in a goroutine of its own.
func (srv *Server) startConn(ctx context.Context, rwc net.Conn) {
	if srv.ConnContext != nil {
		if ctx = srv.ConnContext(ctx, rwc); ctx == nil {
			panic("ConnContext returned nil")
		}
	}
	c := &conn{server: srv, rwc: rwc}
	c.setState(StateNew)
	go c.serve(ctx)
}

// stop marks the server as stopping, closes its listeners (returning the first error),
// starts the RegisterOnShutdown functions when asked, and waits for every Serve to return.
func (srv *Server) stop(runHooks bool) error {
	atomic.StoreInt32(&srv.stopping, 1)
	var first error
	srv.mu.Lock()
	for ln := range srv.listeners {
		if err := (*ln).Close(); first == nil {
			first = err
		}
	}
	if runHooks {
		for _, f := range srv.onShutdown {
			go f()
		}
	}
	srv.mu.Unlock()
	srv.serving.Wait()
	return first
}

// Close immediately closes all active listeners and connections (StateNew, StateActive,
// StateIdle); it does not wait for handlers. It returns the error of closing the listeners.
func (srv *Server) Close() error {
	err := srv.stop(false)
	srv.mu.Lock()
	for c := range srv.conns {
		c.rwc.Close()
	}
	srv.conns = nil
	srv.mu.Unlock()
	return err
}

// shutdownPollIntervalMax caps the wait between Shutdown's looks at the connections.
const shutdownPollIntervalMax = 500 * time.Millisecond

// Shutdown gracefully shuts down the server: it closes all open listeners, then idle
// connections, and waits for active connections to become idle and close. If ctx expires
// first, Shutdown returns the context's error.
func (srv *Server) Shutdown(ctx context.Context) error {
	err := srv.stop(true)
	wait := time.Millisecond
	for !srv.closeIdleConns() {
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		case <-timer.C:
		}
		if wait *= 2; wait > shutdownPollIntervalMax {
			wait = shutdownPollIntervalMax
		}
	}
	return err
}

// RegisterOnShutdown adds f to the functions Shutdown starts, each in its own goroutine.
func (srv *Server) RegisterOnShutdown(f func()) {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	srv.onShutdown = append(srv.onShutdown, f)
}

// closeIdleConns closes the connections that wait for a request and reports whether no
// connection is left.
func (srv *Server) closeIdleConns() bool {
	now := time.Now().Unix()
	srv.mu.Lock()
	defer srv.mu.Unlock()
	for c := range srv.conns {
		if c.closableAt(now) {
			c.rwc.Close()
			delete(srv.conns, c)
		}
	}
	return len(srv.conns) == 0
}

// ListenAndServe listens on addr and serves with handler (nil: DefaultServeMux).
func ListenAndServe(addr string, handler Handler) error {
	return (&Server{Addr: addr, Handler: handler}).ListenAndServe()
}

// Serve serves the connections l accepts with handler, one goroutine each.
func Serve(l net.Listener, handler Handler) error {
	return (&Server{Handler: handler}).Serve(l)
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
	cancelCtx  context.CancelFunc // ends the connection's context
	r          *connReader
	bufr       *bufio.Reader
	bufw       *bufio.Writer // the connection's output buffer (status lines, headers, chunks)
	werr       error         // the first error writing to rwc
	lastMethod string
	deadline   bool          // a read deadline may be set on rwc
	respBuf    *bufio.Writer // the handler's output buffer, reused by the connection's requests
	handling   *response     // the response whose handler runs (for a panic's cleanup)
	curReq     atomic.Value  // *response of the request being served

	stateMu  sync.Mutex
	state    ConnState
	stateSec int64 // unix time of the first state, 0 before it

	mu       sync.Mutex
	hijacked bool
}

// setState records the connection's new state, keeps the server's set of connections, and
// calls the ConnState hook.
func (c *conn) setState(state ConnState) {
	srv := c.server
	srv.mu.Lock()
	switch state {
	case StateNew:
		if srv.conns == nil {
			srv.conns = map[*conn]bool{}
		}
		srv.conns[c] = true
	case StateHijacked, StateClosed:
		delete(srv.conns, c)
	}
	srv.mu.Unlock()
	c.stateMu.Lock()
	c.state = state
	if c.stateSec == 0 {
		// Only the age of a StateNew connection is read (closableAt), so the first
		// state's time is enough.
		c.stateSec = time.Now().Unix()
	}
	c.stateMu.Unlock()
	if srv.ConnState != nil {
		srv.ConnState(c.rwc, state)
	}
}

// closableAt tells whether Shutdown may close c at unix time now: it is idle, or it has been
// new for over 5 seconds without sending a request.
func (c *conn) closableAt(now int64) bool {
	c.stateMu.Lock()
	defer c.stateMu.Unlock()
	switch {
	case c.stateSec == 0:
		return false
	case c.state == StateIdle:
		return true
	}
	return c.state == StateNew && c.stateSec < now-5
}

func (c *conn) isHijacked() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hijacked
}

// connWriter writes to the connection; its first error is kept in werr and cancels the
// connection's context.
type connWriter struct {
	c *conn
}

func (cw connWriter) Write(p []byte) (int, error) {
	n, err := cw.c.rwc.Write(p)
	if err != nil && cw.c.werr == nil {
		cw.c.werr = err
		cw.c.cancelCtx()
	}
	return n, err
}

// connReader reads the connection for the request parser, within a byte budget while a
// request's head is read. While a handler runs it can also wait for one byte in the
// background, so that a client that goes away ends the request's context.
type connReader struct {
	conn   *conn
	remain int64 // bytes the parser may still read

	mu         sync.Mutex
	done       *sync.Cond // signalled when a read ends
	reading    bool       // a Read or the background read is in progress
	cancelling bool       // abortPendingRead expired the background read's deadline
	peeked     bool       // the background read got peekByte, not yet handed out
	peekByte   [1]byte
}

func newConnReader(c *conn) *connReader {
	cr := &connReader{conn: c}
	cr.done = sync.NewCond(&cr.mu)
	return cr
}

func (cr *connReader) setReadLimit(n int64)  { cr.remain = n }
func (cr *connReader) setInfiniteReadLimit() { cr.remain = math.MaxInt64 }
func (cr *connReader) hitReadLimit() bool    { return cr.remain <= 0 }

// aLongTimeAgo is a read deadline in the past: it makes a blocked Read return at once.
var aLongTimeAgo = time.Unix(1, 0)

// startBackgroundRead waits for the next byte in a goroutine (unless one was already read).
func (cr *connReader) startBackgroundRead() {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	if cr.reading {
		panic("invalid concurrent Body.Read call")
	}
	if cr.peeked {
		return
	}
	cr.reading = true
	cr.conn.rwc.SetReadDeadline(time.Time{})
	go func() {
		n, err := cr.conn.rwc.Read(cr.peekByte[:])
		cr.mu.Lock()
		defer cr.mu.Unlock()
		cr.peeked = n == 1
		if ne, ok := err.(net.Error); ok && ne.Timeout() && cr.cancelling {
			err = nil // our own abortPendingRead, not the client
		}
		cr.cancelling = false
		cr.endRead(err)
	}()
}

// endRead records the end of a read (mu held): a real error means the client is gone.
func (cr *connReader) endRead(err error) {
	cr.reading = false
	if err != nil {
		cr.clientGone()
	}
	cr.done.Broadcast()
}

// abortPendingRead ends a background read (by an expired deadline) and waits for it.
func (cr *connReader) abortPendingRead() {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	if !cr.reading {
		return
	}
	cr.cancelling = true
	cr.conn.rwc.SetReadDeadline(aLongTimeAgo)
	for cr.reading {
		cr.done.Wait()
	}
	cr.conn.rwc.SetReadDeadline(time.Time{})
}

// clientGone cancels the connection's context and tells the current request's CloseNotify
// channel (once).
func (cr *connReader) clientGone() {
	cr.conn.cancelCtx()
	res, _ := cr.conn.curReq.Load().(*response)
	if res != nil && atomic.CompareAndSwapInt32(&res.didCloseNotify, 0, 1) {
		res.closeNotifyCh <- true
	}
}

func (cr *connReader) Read(p []byte) (int, error) {
	cr.mu.Lock()
	if cr.reading {
		cr.mu.Unlock()
		panic("invalid concurrent Body.Read call")
	}
	var n int
	var err error
	switch {
	case cr.hitReadLimit():
		err = io.EOF
	case len(p) == 0:
	case cr.peeked:
		p[0], n = cr.peekByte[0], 1
		cr.peeked = false
	default:
		if int64(len(p)) > cr.remain {
			p = p[:cr.remain]
		}
		cr.reading = true
		cr.mu.Unlock()
		n, err = cr.conn.rwc.Read(p)
		cr.mu.Lock()
		cr.remain -= int64(n)
		cr.endRead(err)
	}
	cr.mu.Unlock()
	return n, err
}

// errTooLarge: the request's head exceeded the server's header limit.
var errTooLarge = errors.New("http: request too large")

// statusError is a bad request answered with its own status code and text.
type statusError struct {
	code int
	text string
}

func (e statusError) Error() string { return StatusText(e.code) + ": " + e.text }

func badRequestError(e string) error { return statusError{StatusBadRequest, e} }

// isCommonNetReadError: the request could not be read because the client closed the
// connection, went silent past a deadline, or the connection failed; no answer is sent.
func isCommonNetReadError(err error) bool {
	if err == io.EOF {
		return true
	}
	switch e := err.(type) {
	case *net.OpError:
		return e.Op == "read" || e.Timeout()
	case net.Error:
		return e.Timeout()
	}
	return false
}

// serve runs the connection: requests one after the other until one of them ends it. A
// handler's panic is logged (but ErrAbortHandler) and closes the connection.
func (c *conn) serve(ctx context.Context) {
	ctx, c.cancelCtx = context.WithCancel(context.WithValue(ctx, LocalAddrContextKey, c.rwc.LocalAddr()))
	c.remoteAddr = c.rwc.RemoteAddr().String()
	defer func() { c.end(recover()) }()
	c.r = newConnReader(c)
	c.bufr = bufio.NewReaderSize(c.r, 4<<10)
	c.bufw = bufio.NewWriterSize(connWriter{c}, 4<<10)
	for c.serveRequest(ctx) {
	}
}

// end runs when serve returns or a handler panicked with p.
func (c *conn) end(p any) {
	c.cancelCtx()
	if p != nil && p != ErrAbortHandler {
		stack := make([]byte, 64<<10)
		stack = stack[:runtime.Stack(stack, false)]
		c.server.logf("http: panic serving %v: %v\n%s", c.remoteAddr, p, stack)
	}
	w := c.handling
	if w != nil {
		w.cancelCtx()
	}
	if c.isHijacked() {
		return
	}
	if w != nil {
		c.r.abortPendingRead()
		w.reqBody.Close()
	}
	c.bufw.Flush()
	c.rwc.Close()
	c.setState(StateClosed)
}

// serveRequest reads a request, runs its handler and completes the response; false when the
// connection must not serve another request.
func (c *conn) serveRequest(ctx context.Context) bool {
	w, err := c.readRequest(ctx)
	if err == nil || c.r.remain < c.server.headerLimit() {
		c.setState(StateActive) // some bytes of a request came
	}
	if err != nil {
		c.answerUnreadable(err)
		return false
	}
	if !w.acceptExpectation() {
		return false
	}
	c.curReq.Store(w)
	c.handling = w
	c.server.handlerFor(w.req).ServeHTTP(w, w.req)
	c.handling = nil
	w.cancelCtx()
	if c.isHijacked() {
		return false
	}
	w.finishRequest()
	if w.shouldReuseConnection() {
		c.setState(StateIdle)
		c.curReq.Store((*response)(nil))
		return c.server.doKeepAlives() && c.awaitRequest()
	}
	if w.requestBodyLimitHit || w.closedRequestBodyEarly() {
		c.closeWriteAndWait() // the client may still be sending the body
	}
	return false
}

// handlerFor picks the handler of a request: the server's (DefaultServeMux if nil), or the
// OPTIONS * answerer. A query with ';' gets the log line Go 1.19 writes after the handler,
// unless AllowQuerySemicolons handled it.
func (srv *Server) handlerFor(req *Request) Handler {
	h := srv.Handler
	if h == nil {
		h = DefaultServeMux
	}
	if req.Method == "OPTIONS" && req.RequestURI == "*" {
		h = globalOptionsHandler{}
	}
	if req.URL == nil || strings.IndexByte(req.URL.RawQuery, ';') < 0 {
		return h
	}
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		var allowed int32
		silence := func() { atomic.StoreInt32(&allowed, 1) }
		defer func() { // also when the handler panics
			if atomic.LoadInt32(&allowed) == 0 {
				srv.logf("http: URL query contains semicolon, which is no longer a supported separator; parts of the query may be stripped when parsed; see golang.org/issue/25192")
			}
		}()
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), silenceSemWarnContextKey, silence)))
	})
}

// silenceSemWarnContextKey: the request context's value under it is the function that
// AllowQuerySemicolons calls to stop the semicolon log line.
var silenceSemWarnContextKey = &contextKey{"silence-semicolons"}

// answerUnreadable answers a request the server could not read (or refused): a plain-text
// reply that closes the connection, or nothing when the network failed or the client left.
func (c *conn) answerUnreadable(err error) {
	status := "400 Bad Request"
	body := ""
	switch e := err.(type) {
	case *unsupportedTEError:
		status, body = "501 Not Implemented", "Unsupported transfer encoding"
	case statusError:
		status = strconv.Itoa(e.code) + " " + e.Error()
	default:
		if err == errTooLarge {
			status = "431 Request Header Fields Too Large"
		} else if isCommonNetReadError(err) {
			return
		}
	}
	if body == "" {
		body = status
	}
	io.WriteString(c.rwc, "HTTP/1.1 "+status+"\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n"+body)
	if err == errTooLarge {
		c.closeWriteAndWait()
	}
}

// awaitRequest waits (at most IdleTimeout, else ReadTimeout, if set) for the next request's
// first bytes; false when none came.
func (c *conn) awaitRequest() bool {
	if d := orTimeout(c.server.IdleTimeout, c.server.ReadTimeout); d != 0 {
		c.rwc.SetReadDeadline(time.Now().Add(d))
		c.deadline = true
		if _, err := c.bufr.Peek(4); err != nil {
			return false
		}
	}
	if c.deadline {
		// (skipped when no deadline was ever set: a socket call per request saved)
		c.rwc.SetReadDeadline(time.Time{})
		c.deadline = false
	}
	return true
}

// validHostHeader reports whether h has only bytes of a host name, IP literal and port as
// RFC 3986 writes them: letters, digits, "-._~", the sub-delimiters "!$&'()*+,;=", '%' of
// escapes and zones, ':' and the brackets. (Go 1.19 refuses anything else, also '@'.)
func validHostHeader(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		alnum := 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
		if !alnum && strings.IndexByte("-._~!$&'()*+,;=%:[]", c) < 0 {
			return false
		}
	}
	return true
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

// setReadDeadlines arms the deadline for reading the next request's head (ReadHeaderTimeout,
// else ReadTimeout) and returns the one for the rest of the request (ReadTimeout), with
// change false when it is the head's.
func (c *conn) setReadDeadlines() (rest time.Time, change bool) {
	srv := c.server
	headTimeout := orTimeout(srv.ReadHeaderTimeout, srv.ReadTimeout)
	if headTimeout <= 0 && srv.ReadTimeout <= 0 {
		return rest, false // (no clock read, no socket call)
	}
	now := time.Now()
	var head time.Time
	if headTimeout > 0 {
		head = now.Add(headTimeout)
		c.rwc.SetReadDeadline(head)
		c.deadline = true
	}
	if srv.ReadTimeout > 0 {
		rest = now.Add(srv.ReadTimeout)
	}
	return rest, !rest.Equal(head)
}

// skipBlankLines drops up to 4 CR and LF bytes before a request: some clients send a CRLF
// after a POST body (RFC 7230, section 3.5).
func (c *conn) skipBlankLines() {
	peek, _ := c.bufr.Peek(4)
	n := 0
	for n < len(peek) && (peek[n] == '\r' || peek[n] == '\n') {
		n++
	}
	c.bufr.Discard(n)
}

// checkRequestHead refuses requests the server does not serve: a major version other than 1,
// HTTP/1.1 without Host (but CONNECT), a malformed Host, invalid field names or values.
func checkRequestHead(req *Request) error {
	if req.ProtoMajor != 1 {
		return statusError{StatusHTTPVersionNotSupported, "unsupported protocol version"}
	}
	hosts, haveHost := req.Header["Host"]
	switch {
	case (!haveHost || len(hosts) == 0) && req.ProtoAtLeast(1, 1) && req.Method != "CONNECT":
		return badRequestError("missing required Host header")
	case len(hosts) == 1 && !validHostHeader(hosts[0]):
		return badRequestError("malformed Host header")
	}
	for name, values := range req.Header {
		if !isToken(name) {
			return badRequestError("invalid header name")
		}
		for _, v := range values {
			if !validHeaderFieldValue(v) {
				return badRequestError("invalid header value")
			}
		}
	}
	return nil
}

// readRequest reads the next request's head (within the header limit and the read
// deadlines) and prepares its response.
func (c *conn) readRequest(ctx context.Context) (*response, error) {
	rest, change := c.setReadDeadlines()
	if d := c.server.WriteTimeout; d > 0 {
		defer func() { c.rwc.SetWriteDeadline(time.Now().Add(d)) }()
	}
	c.r.setReadLimit(c.server.headerLimit())
	if c.lastMethod == "POST" {
		c.skipBlankLines()
	}
	req, err := readRequest(c.bufr)
	if err != nil && c.r.hitReadLimit() {
		return nil, errTooLarge
	}
	if err != nil {
		return nil, err
	}
	c.lastMethod = req.Method
	c.r.setInfiniteReadLimit()
	if err := checkRequestHead(req); err != nil {
		return nil, err
	}
	delete(req.Header, "Host")
	if change {
		c.rwc.SetReadDeadline(rest)
		c.deadline = !rest.IsZero()
	}
	return newResponse(ctx, c, req), nil
}

// newResponse makes the ResponseWriter of req, read from c.
func newResponse(ctx context.Context, c *conn, req *Request) *response {
	rc := &requestContext{parent: ctx, cr: c.r, body: req.Body}
	req.srvCtx = rc
	req.RemoteAddr = c.remoteAddr
	if b, ok := req.Body.(*body); ok {
		b.doEarlyClose = true
	}
	connection := req.Header.get("Connection")
	w := &response{
		conn:             c,
		cancelCtx:        rc.finish,
		req:              req,
		reqBody:          req.Body,
		handlerHeader:    Header{},
		contentLength:    -1,
		closeNotifyCh:    make(chan bool, 1),
		wants10KeepAlive: req.ProtoMinor == 0 && hasToken(connection, "keep-alive"),
		wantsClose:       req.Close || hasToken(connection, "close"),
	}
	w.cw.res = w
	// One 2 KB buffer per connection, reused by its requests (Go pools them).
	if c.respBuf == nil {
		c.respBuf = bufio.NewWriterSize(&w.cw, bufferBeforeChunkingSize)
	} else {
		c.respBuf.Reset(&w.cw)
	}
	w.w = c.respBuf
	return w
}

// acceptExpectation deals with an Expect header: "100-continue" on an HTTP/1.1 request with
// a body makes the first body read send "100 Continue"; any other expectation is refused
// with 417, which ends the connection (false).
func (w *response) acceptExpectation() bool {
	req := w.req
	expect := req.Header.get("Expect")
	if hasToken(expect, "100-continue") {
		if req.ProtoAtLeast(1, 1) && req.ContentLength != 0 {
			req.Body = &expectContinueReader{readCloser: req.Body, resp: w}
			w.canWriteContinue = 1
		}
		return true
	}
	if expect == "" {
		return true
	}
	w.Header().Set("Connection", "close")
	w.WriteHeader(StatusExpectationFailed)
	w.finishRequest()
	return false
}

// expectContinueReader sends "100 Continue" when the handler first reads the body.
type expectContinueReader struct {
	resp       *response
	readCloser io.ReadCloser
	closed     bool
	sawEOF     bool
}

func (ecr *expectContinueReader) Read(p []byte) (int, error) {
	if ecr.closed {
		return 0, ErrBodyReadAfterClose
	}
	if w := ecr.resp; w.canWriteContinue == 1 && !w.wroteContinue && !w.conn.isHijacked() {
		w.wroteContinue = true
		w.canWriteContinue = 0
		w.conn.bufw.WriteString("HTTP/1.1 100 Continue\r\n\r\n")
		w.conn.bufw.Flush()
	}
	n, err := ecr.readCloser.Read(p)
	ecr.sawEOF = ecr.sawEOF || err == io.EOF
	return n, err
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

// response is the server's ResponseWriter. What the handler writes goes through w into cw,
// which writes the head at its first write and frames the body.
type response struct {
	conn      *conn
	req       *Request
	reqBody   io.ReadCloser      // the body as read (req.Body may wrap it)
	cancelCtx context.CancelFunc // ends the request's context

	// what the handler did
	handlerHeader Header
	calledHeader  bool // the handler holds the header map
	wroteHeader   bool // the status is set (the head may still be unsent)
	status        int
	written       int64    // body bytes the handler wrote
	contentLength int64    // the declared Content-Length, or -1
	trailers      []string // declared in the Trailer header
	handlerDone   int32

	w  *bufio.Writer // the handler's output (2 KB), flushed into cw
	cw chunkWriter

	// the connection
	wants10KeepAlive    bool
	wantsClose          bool
	closeAfterReply     bool
	requestBodyLimitHit bool
	canWriteContinue    int32 // 1: reading the body sends "100 Continue"
	wroteContinue       bool
	didCloseNotify      int32
	closeNotifyCh       chan bool
}

// freezeHeader: the status is set but the head unsent, and the handler may change its header
// map from now on: the head is written from a copy taken now.
func (w *response) freezeHeader() {
	if w.cw.header == nil && !w.cw.wroteHeader {
		w.cw.header = w.handlerHeader.Clone()
	}
}

func (w *response) Header() Header {
	if w.wroteHeader {
		w.freezeHeader()
	}
	w.calledHeader = true
	return w.handlerHeader
}

// requestTooLarge: the request body was bigger than the server reads for the handler; the
// connection closes after this response.
func (w *response) requestTooLarge() {
	if !w.wroteHeader {
		w.Header().Set("Connection", "close")
	}
	w.closeAfterReply, w.requestBodyLimitHit = true, true
}

func checkWriteHeaderCode(code int) {
	if code < 100 || code > 999 {
		panic("invalid WriteHeader code " + strconv.Itoa(code))
	}
}

// relevantCaller is the first caller outside net/http, for log messages.
func relevantCaller() (function, file string, line int) {
	pc := make([]uintptr, 16)
	frames := runtime.CallersFrames(pc[:runtime.Callers(1, pc)])
	for {
		frame, more := frames.Next()
		if !strings.HasPrefix(frame.Function, "net/http.") {
			return frame.Function, frame.File, frame.Line
		}
		if !more {
			return "", "", 0
		}
	}
}

// logUseless logs a call of the handler that has no effect, with where it came from.
func (w *response) logUseless(call string) {
	fn, file, line := relevantCaller()
	w.conn.server.logf("http: %s from %s (%s:%d)", call, fn, baseName(file), line)
}

func baseName(file string) string {
	return file[strings.LastIndexByte(file, '/')+1:]
}

func (w *response) WriteHeader(code int) {
	switch {
	case w.conn.isHijacked():
		w.logUseless("response.WriteHeader on hijacked connection")
		return
	case w.wroteHeader:
		w.logUseless("superfluous response.WriteHeader call")
		return
	}
	checkWriteHeaderCode(code)
	if code < 200 {
		w.writeInformational(code)
		return
	}
	w.wroteHeader = true
	w.status = code
	if w.calledHeader {
		w.freezeHeader()
	}
	cl := w.handlerHeader.get("Content-Length")
	if cl == "" {
		return
	}
	if n, err := strconv.ParseInt(cl, 10, 64); err == nil && n >= 0 {
		w.contentLength = n
		return
	}
	w.conn.server.logf("http: invalid Content-Length of %q", cl)
	w.handlerHeader.Del("Content-Length")
}

// writeInformational sends a 1xx response at once, with the handler's header but its
// framing fields; the final response comes later. A handler's own 100 replaces the automatic
// one.
func (w *response) writeInformational(code int) {
	if code == StatusContinue {
		w.canWriteContinue = 0
	}
	bw := w.conn.bufw
	bw.WriteString(statusLine(w.req.ProtoAtLeast(1, 1), code))
	w.handlerHeader.WriteSubset(bw, excludedHeadersNoBody)
	bw.WriteString("\r\n")
	bw.Flush()
}

var excludedHeadersNoBody = map[string]bool{"Content-Length": true, "Transfer-Encoding": true}

func (w *response) Write(data []byte) (int, error) {
	if err := w.admit(len(data)); err != nil || len(data) == 0 {
		return 0, err
	}
	return w.w.Write(data)
}

func (w *response) WriteString(data string) (int, error) {
	if err := w.admit(len(data)); err != nil || len(data) == 0 {
		return 0, err
	}
	return w.w.WriteString(data)
}

// admit checks that n more body bytes may be written (setting status 200 if the handler set
// none) and counts them.
func (w *response) admit(n int) error {
	if w.conn.isHijacked() {
		if n > 0 {
			w.logUseless("response.Write on hijacked connection")
		}
		return ErrHijacked
	}
	w.canWriteContinue = 0 // the handler answers without having read the body
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	switch {
	case n == 0:
		return nil
	case !bodyAllowedForStatus(w.status):
		return ErrBodyNotAllowed
	}
	w.written += int64(n)
	if w.contentLength >= 0 && w.written > w.contentLength {
		return ErrContentLength
	}
	return nil
}

// send pushes everything written so far to the client: the head if still unsent, the
// buffered body, and with last the end of a chunked body.
func (w *response) send(last bool) {
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	w.w.Flush()
	w.cw.writeHeader(nil)
	if last && w.cw.chunking {
		w.cw.writeLastChunk()
	}
	w.conn.bufw.Flush()
}

// finishRequest completes the response after the handler returned and releases the request.
func (w *response) finishRequest() {
	atomic.StoreInt32(&w.handlerDone, 1)
	w.send(true)
	w.conn.r.abortPendingRead()
	w.reqBody.Close()
	if form := w.req.MultipartForm; form != nil {
		// the temporary files of ParseMultipartForm live as long as the handler
		form.RemoveAll()
	}
}

// closedRequestBodyEarly: the handler closed a request body it had not read to its end.
func (w *response) closedRequestBodyEarly() bool {
	b, ok := w.req.Body.(*body)
	return ok && b.didEarlyClose()
}

// shouldReuseConnection tells whether the connection may serve another request: not when
// the response was to close it, its declared length was not written (but for HEAD and
// statuses without a body), writing failed, or the request body was left unread.
func (w *response) shouldReuseConnection() bool {
	switch {
	case w.closeAfterReply, w.conn.werr != nil:
		return false
	case w.contentLength >= 0 && w.written != w.contentLength && w.req.Method != "HEAD" && bodyAllowedForStatus(w.status):
		return false
	}
	return !w.closedRequestBodyEarly()
}

// Flush pushes what the handler wrote so far to the client (http.Flusher).
func (w *response) Flush() { w.send(false) }

// Hijack gives the handler the raw connection; the server lets go of it. After a
// WriteHeader the head is sent first (body bytes still buffered are not).
func (w *response) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	if atomic.LoadInt32(&w.handlerDone) == 1 {
		panic("net/http: Hijack called after ServeHTTP finished")
	}
	c := w.conn
	if w.wroteHeader {
		w.cw.writeHeader(nil)
		c.bufw.Flush()
	}
	c.mu.Lock()
	taken := c.hijacked
	c.hijacked, c.respBuf = true, nil
	c.mu.Unlock()
	if taken {
		return nil, nil, ErrHijacked
	}
	c.r.abortPendingRead()
	c.rwc.SetDeadline(time.Time{})
	rw := bufio.NewReadWriter(c.bufr, bufio.NewWriter(c.rwc))
	if c.r.peeked {
		// The background read's byte goes into the reader the handler gets.
		if _, err := c.bufr.Peek(c.bufr.Buffered() + 1); err != nil {
			return nil, nil, errors.New("unexpected Peek failure reading buffered byte: " + err.Error())
		}
	}
	c.setState(StateHijacked)
	return c.rwc, rw, nil
}

// CloseNotify returns a channel that receives a value when the client goes away.
func (w *response) CloseNotify() <-chan bool {
	if atomic.LoadInt32(&w.handlerDone) == 1 {
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
	if rc.ctx != nil {
		return rc.ctx
	}
	rc.ctx, rc.cancel = context.WithCancel(rc.parent)
	bd, isBody := rc.body.(*body)
	switch {
	case rc.done:
		rc.cancel() // asked for after the handler returned: already canceled
	case isBody && bd.bodyRemains():
		bd.registerOnHitEOF(rc.cr.startBackgroundRead)
	default:
		rc.cr.startBackgroundRead()
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

// chunkWriter sits between the handler's buffer and the connection's: at its first write
// (or when the response is flushed or finished) it decides the framing and writes the head,
// then passes the body on, as chunks when chunking.
type chunkWriter struct {
	res         *response
	header      Header // the header as it was at WriteHeader, if the handler could change it since
	wroteHeader bool
	chunking    bool
}

func (cw *chunkWriter) Write(p []byte) (int, error) {
	cw.writeHeader(p)
	if cw.res.req.Method == "HEAD" {
		return len(p), nil // a HEAD response has no body
	}
	n, err := cw.emit(p)
	if err != nil {
		cw.res.conn.rwc.Close()
	}
	return n, err
}

// emit writes p to the connection's buffer, framed as one chunk when chunking.
func (cw *chunkWriter) emit(p []byte) (int, error) {
	if cw.chunking {
		return writeChunk(cw.res.conn.bufw, p)
	}
	return cw.res.conn.bufw.Write(p)
}

// writeLastChunk ends a chunked body: the zero-length chunk, the trailers, a blank line.
func (cw *chunkWriter) writeLastChunk() {
	bw := cw.res.conn.bufw
	bw.WriteString("0\r\n")
	if t := cw.res.trailerValues(); len(t) > 0 {
		t.Write(bw)
	}
	bw.WriteString("\r\n")
}

// trailerValues are the trailers the handler set: the fields it declared in the Trailer
// header, and every key with the TrailerPrefix (without the prefix).
func (w *response) trailerValues() Header {
	t := Header{}
	for k, vv := range w.handlerHeader {
		if name := strings.TrimPrefix(k, TrailerPrefix); name != k {
			t[name] = vv
		}
	}
	for _, k := range w.trailers {
		t[k] = append(t[k], w.handlerHeader[k]...)
	}
	return t
}

// declareTrailers records the trailer names listed in a Trailer header value.
func (w *response) declareTrailers(list string) {
	for _, name := range strings.Split(list, ",") {
		name = CanonicalHeaderKey(textproto.TrimString(name))
		if name != "" && httpguts.TrailerAllowed(name) {
			w.trailers = append(w.trailers, name)
		}
	}
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
	defer dateCache.mu.Unlock()
	if sec != dateCache.sec || dateCache.text == "" {
		dateCache.sec, dateCache.text = sec, now.UTC().Format(TimeFormat)
	}
	return dateCache.text
}

// head is a response head being decided: the handler's header (written without the keys in
// skip, or with them deleted when the header is a copy of our own) and the fields the
// server adds after it, in this order.
type head struct {
	header Header
	owned  bool
	skip   map[string]bool
	// the server's fields, "" when not sent
	date, length, ctype, connection, te string
}

// drop keeps key out of the head.
func (h *head) drop(key string) {
	if h.owned {
		h.header.Del(key)
		return
	}
	if _, ok := h.header[key]; ok {
		if h.skip == nil {
			h.skip = map[string]bool{}
		}
		h.skip[key] = true
	}
}

// String is the head's header lines: the handler's, then the server's in a fixed order.
func (h *head) String() string {
	s := headerLines(h.header, h.skip)
	s = withField(s, "Date", h.date)
	s = withField(s, "Content-Length", h.length)
	s = withField(s, "Content-Type", h.ctype)
	s = withField(s, "Connection", h.connection)
	return withField(s, "Transfer-Encoding", h.te)
}

// withField appends the line "name: value" to lines, unless value is empty.
func withField(lines, name, value string) string {
	if value == "" {
		return lines
	}
	return lines + name + ": " + value + "\r\n"
}

// writeHeader decides the response's framing and connection handling from the handler's
// header and status and from p, the start of the body (all of it when the handler has
// returned), and writes the head to the connection's buffer. Only the first call does.
func (cw *chunkWriter) writeHeader(p []byte) {
	if !cw.wroteHeader {
		cw.wroteHeader = true
		cw.writeHead(p)
	}
}

func (cw *chunkWriter) writeHead(p []byte) {
	w := cw.res
	h := &head{header: cw.header, owned: cw.header != nil}
	if !h.owned {
		h.header = w.handlerHeader
	}
	keepAlives := w.conn.server.doKeepAlives()
	hasTrailers := w.planTrailers(h)
	te := h.header.get("Transfer-Encoding")
	w.planLength(h, p, hasTrailers || te != "")
	w.planKeepAlive(h, keepAlives)
	w.discardRequestBody(h)
	if bodyAllowedForStatus(w.status) {
		_, typed := h.header["Content-Type"]
		if !typed && te == "" && len(p) > 0 && h.header.Get("Content-Encoding") == "" {
			h.ctype = DetectContentType(p)
		}
	} else {
		for _, k := range suppressedHeaders(w.status) {
			h.drop(k)
		}
	}
	if !h.header.has("Date") {
		h.date = httpDate(time.Now())
	}
	cw.planFraming(h, te)
	if !w.req.ProtoAtLeast(1, 0) {
		return
	}
	if w.closeAfterReply && (!keepAlives || !hasToken(cw.header.get("Connection"), "close")) {
		h.drop("Connection")
		if w.req.ProtoAtLeast(1, 1) {
			h.connection = "close"
		}
	}
	w.conn.bufw.WriteString(statusLine(w.req.ProtoAtLeast(1, 1), w.status) + h.String() + "\r\n")
}

// planTrailers keeps TrailerPrefix keys out of the head and records the declared trailers;
// it reports whether the response has trailers.
func (w *response) planTrailers(h *head) bool {
	found := false
	for k := range w.cw.header {
		if strings.HasPrefix(k, TrailerPrefix) {
			if h.skip == nil {
				h.skip = map[string]bool{}
			}
			h.skip[k], found = true, true
		}
	}
	for _, v := range w.cw.header["Trailer"] {
		found = true
		w.declareTrailers(v)
	}
	return found
}

// planLength gives a response whose handler returned with all of its body in p an exact
// Content-Length (if the status allows a body and the handler set no framing of its own;
// for HEAD only when there is a body to measure).
func (w *response) planLength(h *head, p []byte, ownFraming bool) {
	if atomic.LoadInt32(&w.handlerDone) == 0 || ownFraming || !bodyAllowedForStatus(w.status) {
		return
	}
	if h.header.get("Content-Length") != "" || (w.req.Method == "HEAD" && len(p) == 0) {
		return
	}
	w.contentLength = int64(len(p))
	h.length = strconv.Itoa(len(p))
}

// planKeepAlive decides from the request and the head whether the connection closes after
// this response; an HTTP/1.0 client that asked for keep-alive is told "keep-alive" when its
// response has a known end.
func (w *response) planKeepAlive(h *head, keepAlives bool) {
	if w.wants10KeepAlive && keepAlives && h.header.get("Content-Length") != "" && h.header.get("Connection") == "keep-alive" {
		w.closeAfterReply = false
	}
	knownEnd := w.req.Method == "HEAD" || w.contentLength != -1 || !bodyAllowedForStatus(w.status)
	switch {
	case w.wants10KeepAlive && knownEnd:
		if _, set := h.header["Connection"]; !set {
			h.connection = "keep-alive"
		}
	case w.wantsClose || !w.req.ProtoAtLeast(1, 1):
		w.closeAfterReply = true
	}
	if !keepAlives || h.header.get("Connection") == "close" {
		w.closeAfterReply = true
	}
	if ecr, ok := w.req.Body.(*expectContinueReader); ok && !ecr.sawEOF {
		w.closeAfterReply = true // the client may still send the body it was not asked for
	}
}

// discardRequestBody reads (and drops) what the handler left of the request body, up to
// maxPostHandlerReadBytes, so that the connection can serve the next request; a bigger or
// broken body closes the connection instead.
func (w *response) discardRequestBody(h *head) {
	if w.req.ContentLength == 0 || w.closeAfterReply {
		return
	}
	read, tooBig := true, false
	switch b := w.req.Body.(type) {
	case *expectContinueReader:
		read = b.resp.wroteContinue // unasked for, the client does not send it
	case *body:
		b.mu.Lock()
		read = !b.closed
		if b.closed && !b.sawEOF {
			w.closeAfterReply = true
		} else if !b.closed && b.unreadDataSizeLocked() >= maxPostHandlerReadBytes {
			read, tooBig = false, true
		}
		b.mu.Unlock()
	}
	if read {
		_, err := io.CopyN(io.Discard, w.reqBody, maxPostHandlerReadBytes+1)
		switch {
		case err == nil:
			tooBig = true
		case err == io.EOF:
			if w.reqBody.Close() != nil {
				w.closeAfterReply = true
			}
		case err != ErrBodyReadAfterClose:
			w.closeAfterReply = true // a broken body: what follows it cannot be trusted
		}
	}
	if tooBig {
		w.requestTooLarge()
		h.drop("Connection")
		h.connection = "close"
	}
}

// planFraming picks how the body is delimited: Content-Length, chunked (HTTP/1.1), or the
// end of the connection; te is the handler's Transfer-Encoding.
func (cw *chunkWriter) planFraming(h *head, te string) {
	w := cw.res
	hasCL := w.contentLength != -1
	if hasCL && te != "" && te != "identity" {
		w.conn.server.logf("http: WriteHeader called with both Transfer-Encoding of %q and a Content-Length of %d", te, w.contentLength)
		h.drop("Content-Length")
		hasCL = false
	}
	switch {
	case w.req.Method == "HEAD" || !bodyAllowedForStatus(w.status) || hasCL:
		h.drop("Transfer-Encoding")
	case !w.req.ProtoAtLeast(1, 1) || te == "identity":
		// no chunking: the body ends with the connection
		w.closeAfterReply = true
		h.drop("Transfer-Encoding")
	default:
		cw.chunking = true
		h.te = "chunked"
		if te == "chunked" {
			h.drop("Transfer-Encoding")
		}
	}
	if cw.chunking {
		h.drop("Content-Length")
	}
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

// NotFound answers 404 with a plain-text body.
func NotFound(w ResponseWriter, r *Request) { Error(w, "404 page not found", StatusNotFound) }

// NotFoundHandler answers every request with NotFound.
func NotFoundHandler() Handler { return HandlerFunc(NotFound) }

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
		if silence, ok := r.Context().Value(silenceSemWarnContextKey).(func()); ok {
			silence() // the server's log line about ';' is not needed
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
	mux.Handle(pattern, funcHandler(handler))
}

// funcHandler is f as a Handler; a nil f panics before Handle looks at the pattern.
func funcHandler(f func(ResponseWriter, *Request)) Handler {
	if f == nil {
		panic("http: nil handler")
	}
	return HandlerFunc(f)
}

// Handle routes pattern to handler on DefaultServeMux.
func Handle(pattern string, handler Handler) { DefaultServeMux.Handle(pattern, handler) }

// HandleFunc routes pattern to the function handler on DefaultServeMux.
func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.Handle(pattern, funcHandler(handler))
}
