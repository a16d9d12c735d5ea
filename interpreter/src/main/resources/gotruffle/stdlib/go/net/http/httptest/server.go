package httptest

import (
	"net"
	"net/http"
	"sync"
)

// Server is a real HTTP server on a loopback port picked by the system, for end-to-end
// tests.
type Server struct {
	URL      string // "http://127.0.0.1:port", without a slash at the end
	Listener net.Listener
	// EnableHTTP2 is accepted and ignored (HTTP/1.1 only).
	EnableHTTP2 bool
	// Config: the http.Server used; change it between NewUnstartedServer and Start.
	Config *http.Server

	client *http.Client   // made by Start
	group  sync.WaitGroup // Serve, and every connection until it is closed or hijacked

	mu     sync.Mutex // guards the rest
	conns  map[net.Conn]http.ConnState
	closed bool
}

// newLocalListener listens on a free loopback port: IPv4, else IPv6.
func newLocalListener() net.Listener {
	var err error
	for _, at := range [...]struct{ network, address string }{{"tcp", "127.0.0.1:0"}, {"tcp6", "[::1]:0"}} {
		var l net.Listener
		if l, err = net.Listen(at.network, at.address); err == nil {
			return l
		}
	}
	panic("httptest: failed to listen on a port: " + err.Error())
}

// NewServer starts serving handler at once; Close it when done.
func NewServer(handler http.Handler) *Server {
	s := NewUnstartedServer(handler)
	s.Start()
	return s
}

// NewUnstartedServer builds a Server; call Start (after changing it) to run it.
func NewUnstartedServer(handler http.Handler) *Server {
	s := &Server{Config: &http.Server{Handler: handler}}
	s.Listener = newLocalListener()
	return s
}

// Start runs a server made by NewUnstartedServer.
func (s *Server) Start() {
	if s.URL != "" {
		panic("Server already started")
	}
	s.URL = "http://" + s.Listener.Addr().String()
	if s.client == nil {
		s.client = &http.Client{Transport: &http.Transport{}}
	}
	s.hookConnState()
	s.group.Add(1)
	go s.serve()
}

func (s *Server) serve() {
	defer s.group.Done()
	s.Config.Serve(s.Listener)
}

// StartTLS is not supported: GoTruffle has no crypto/tls.
func (s *Server) StartTLS() {
	panic("unsupported: httptest.(*Server).StartTLS (crypto/tls is not available in GoTruffle)")
}

// NewTLSServer is not supported: GoTruffle has no crypto/tls.
func NewTLSServer(handler http.Handler) *Server {
	panic("unsupported: httptest.NewTLSServer (crypto/tls is not available in GoTruffle)")
}

// Close stops the server: no new connections, the idle ones closed, the busy ones closed
// after their response; it returns when all are gone and the handlers have returned.
func (s *Server) Close() {
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		s.stopLocked()
	}
	s.mu.Unlock()
	// Clients keeping idle connections to this server let go of them.
	closeIdle(http.DefaultTransport)
	if s.client != nil {
		closeIdle(s.client.Transport)
	}
	s.group.Wait()
}

// stopLocked (s.mu held) closes the listener and the connections that wait for a request;
// the busy ones close after their response, keep-alive being off.
func (s *Server) stopLocked() {
	s.Listener.Close()
	s.Config.SetKeepAlivesEnabled(false)
	for c, state := range s.conns {
		if waitsForRequest(state) {
			c.Close()
		}
	}
}

func waitsForRequest(state http.ConnState) bool {
	return state == http.StateNew || state == http.StateIdle
}

func closeIdle(rt http.RoundTripper) {
	if t, ok := rt.(interface{ CloseIdleConnections() }); ok {
		t.CloseIdleConnections()
	}
}

// CloseClientConnections closes every connection the test server has open.
func (s *Server) CloseClientConnections() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.conns {
		c.Close()
	}
}

// Client is an http.Client set up to talk to this server (closed by Close).
func (s *Server) Client() *http.Client {
	return s.client
}

// hookConnState tracks the server's connections through its ConnState hook (around the one
// Config had): Close waits for each until it is closed or hijacked, and the user's hook has
// returned.
func (s *Server) hookConnState() {
	userHook := s.Config.ConnState
	s.Config.ConnState = func(c net.Conn, state http.ConnState) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.track(c, state) {
			defer s.group.Done()
		}
		if userHook != nil {
			userHook(c, state)
		}
	}
}

// track records c's new state (s.mu held) and reports whether c is gone. A connection that
// waits for a request while the server is closing is closed.
func (s *Server) track(c net.Conn, state http.ConnState) (gone bool) {
	old, known := s.conns[c]
	switch state {
	case http.StateNew:
		if known {
			panic("invalid state transition")
		}
		if s.conns == nil {
			s.conns = map[net.Conn]http.ConnState{}
		}
		s.conns[c] = state
		s.group.Add(1)
	case http.StateActive, http.StateIdle:
		if !known {
			break
		}
		// active follows new or idle; idle follows active
		if state == http.StateActive && !waitsForRequest(old) || state == http.StateIdle && old != http.StateActive {
			panic("invalid state transition")
		}
		s.conns[c] = state
	case http.StateHijacked, http.StateClosed:
		delete(s.conns, c)
		return known
	}
	if s.closed && waitsForRequest(state) {
		c.Close()
	}
	return false
}
