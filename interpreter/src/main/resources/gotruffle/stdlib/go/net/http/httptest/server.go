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

	wg     sync.WaitGroup
	mu     sync.Mutex
	closed bool
	conns  map[net.Conn]http.ConnState
	client *http.Client
}

func newLocalListener() net.Listener {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		if l, err = net.Listen("tcp6", "[::1]:0"); err != nil {
			panic("httptest: failed to listen on a port: " + err.Error())
		}
	}
	return l
}

// NewServer starts serving handler at once; Close it when done.
func NewServer(handler http.Handler) *Server {
	ts := NewUnstartedServer(handler)
	ts.Start()
	return ts
}

// NewUnstartedServer builds a Server; call Start (after changing it) to run it.
func NewUnstartedServer(handler http.Handler) *Server {
	return &Server{
		Listener: newLocalListener(),
		Config:   &http.Server{Handler: handler},
	}
}

// Start runs a server made by NewUnstartedServer.
func (s *Server) Start() {
	if s.URL != "" {
		panic("Server already started")
	}
	if s.client == nil {
		s.client = &http.Client{Transport: &http.Transport{}}
	}
	s.URL = "http://" + s.Listener.Addr().String()
	s.wrap()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.Config.Serve(s.Listener)
	}()
}

// StartTLS is not supported: GoTruffle has no crypto/tls.
func (s *Server) StartTLS() {
	panic("unsupported: httptest.(*Server).StartTLS (crypto/tls is not available in GoTruffle)")
}

// NewTLSServer is not supported: GoTruffle has no crypto/tls.
func NewTLSServer(handler http.Handler) *Server {
	panic("unsupported: httptest.NewTLSServer (crypto/tls is not available in GoTruffle)")
}

// Close stops the server and waits for the requests in flight to finish.
func (s *Server) Close() {
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		s.Listener.Close()
		s.Config.SetKeepAlivesEnabled(false)
		for c, st := range s.conns {
			if st == http.StateIdle || st == http.StateNew {
				s.closeConn(c)
			}
		}
	}
	s.mu.Unlock()
	type closeIdler interface{ CloseIdleConnections() }
	if t, ok := http.DefaultTransport.(closeIdler); ok {
		t.CloseIdleConnections()
	}
	if s.client != nil {
		if t, ok := s.client.Transport.(closeIdler); ok {
			t.CloseIdleConnections()
		}
	}
	s.wg.Wait()
}

// CloseClientConnections closes every connection the test server has open.
func (s *Server) CloseClientConnections() {
	s.mu.Lock()
	for c := range s.conns {
		s.closeConn(c)
	}
	s.mu.Unlock()
}

// Client is an http.Client set up to talk to this server (closed by Close).
func (s *Server) Client() *http.Client {
	return s.client
}

func (s *Server) closeConn(c net.Conn) {
	c.Close()
}

// wrap installs the connection state hook that tracks open connections.
func (s *Server) wrap() {
	oldHook := s.Config.ConnState
	s.Config.ConnState = func(c net.Conn, cs http.ConnState) {
		s.mu.Lock()
		defer s.mu.Unlock()
		switch cs {
		case http.StateNew:
			if _, exists := s.conns[c]; exists {
				panic("invalid state transition")
			}
			if s.conns == nil {
				s.conns = make(map[net.Conn]http.ConnState)
			}
			s.wg.Add(1)
			s.conns[c] = cs
			if s.closed {
				s.closeConn(c)
			}
		case http.StateActive:
			if old, ok := s.conns[c]; ok {
				if old != http.StateNew && old != http.StateIdle {
					panic("invalid state transition")
				}
				s.conns[c] = cs
			}
		case http.StateIdle:
			if old, ok := s.conns[c]; ok {
				if old != http.StateActive {
					panic("invalid state transition")
				}
				s.conns[c] = cs
			}
			if s.closed {
				s.closeConn(c)
			}
		case http.StateHijacked, http.StateClosed:
			if _, ok := s.conns[c]; ok {
				delete(s.conns, c)
				defer s.wg.Done()
			}
		}
		if oldHook != nil {
			oldHook(c, cs)
		}
	}
}

