package http

import (
	"context"
	"errors"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Client sends requests (through Transport, DefaultTransport when nil) and follows
// redirects; the zero value works. Reuse one Client: it is safe for concurrent use and its
// Transport keeps connections for reuse.
type Client struct {
	Transport     RoundTripper
	CheckRedirect func(req *Request, via []*Request) error
	Jar           CookieJar
	Timeout       time.Duration
}

// DefaultClient is the zero Client that Get, Head and Post use.
var DefaultClient = &Client{}

// RoundTripper carries out one request and returns its response, following no redirects.
type RoundTripper interface {
	RoundTrip(*Request) (*Response, error)
}

// CookieJar stores the cookies a Client receives and supplies them on later requests.
type CookieJar interface {
	SetCookies(u *url.URL, cookies []*Cookie)
	Cookies(u *url.URL) []*Cookie
}

// ErrUseLastResponse, returned by CheckRedirect, stops redirecting: Do returns the latest
// response with its body still open.
var ErrUseLastResponse = errors.New("net/http: use last response")

// httpError is the error of a client timeout.
type httpError struct {
	err     string
	timeout bool
}

func (e *httpError) Error() string   { return e.err }
func (e *httpError) Timeout() bool   { return e.timeout }
func (e *httpError) Temporary() bool { return true }

func (c *Client) transport() RoundTripper {
	if c.Transport != nil {
		return c.Transport
	}
	return DefaultTransport
}

func (c *Client) deadline() time.Time {
	if c.Timeout > 0 {
		return time.Now().Add(c.Timeout)
	}
	return time.Time{}
}

// Get fetches url with DefaultClient.
func Get(url string) (resp *Response, err error) { return DefaultClient.Get(url) }

// Get fetches url, following redirects.
func (c *Client) Get(url string) (resp *Response, err error) {
	req, err := NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// Head asks DefaultClient for url's headers.
func Head(url string) (resp *Response, err error) { return DefaultClient.Head(url) }

// Head asks for url's headers only, following redirects.
func (c *Client) Head(url string) (resp *Response, err error) {
	req, err := NewRequest("HEAD", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// Post sends body to url with DefaultClient.
func Post(url, contentType string, body io.Reader) (resp *Response, err error) {
	return DefaultClient.Post(url, contentType, body)
}

// Post sends body to url with the given Content-Type.
func (c *Client) Post(url, contentType string, body io.Reader) (resp *Response, err error) {
	req, err := NewRequest("POST", url, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	return c.Do(req)
}

// PostForm sends data url-encoded as a form body to url, with DefaultClient.
func PostForm(url string, data url.Values) (resp *Response, err error) {
	return DefaultClient.PostForm(url, data)
}

// PostForm sends data url-encoded as a form body to url.
func (c *Client) PostForm(url string, data url.Values) (resp *Response, err error) {
	return c.Post(url, "application/x-www-form-urlencoded", strings.NewReader(data.Encode()))
}

// CloseIdleConnections drops the kept-alive connections of c's Transport
// that no request is using.
func (c *Client) CloseIdleConnections() {
	if tr, ok := c.transport().(interface{ CloseIdleConnections() }); ok {
		tr.CloseIdleConnections()
	}
}

func urlErrorOp(method string) string {
	if method == "" {
		return "Get"
	}
	if lower := strings.ToLower(method); lower != method {
		return method[:1] + lower[1:]
	}
	return method
}

func stripPassword(u *url.URL) string {
	if _, set := u.User.Password(); set {
		return strings.Replace(u.String(), u.User.String()+"@", u.User.Username()+":***@", 1)
	}
	return u.String()
}

func (r *Request) closeBody() {
	if r.Body != nil {
		r.Body.Close()
	}
}

// Do sends req and returns the response, applying c's redirect policy, cookie jar and
// timeout; errors come as *url.Error.
func (c *Client) Do(req *Request) (*Response, error) {
	if req.URL == nil {
		req.closeBody()
		return nil, &url.Error{Op: urlErrorOp(req.Method), Err: errors.New("http: nil Request.URL")}
	}
	var (
		deadline       = c.deadline()
		reqs           []*Request
		resp           *Response
		copyHeaders    = c.makeHeadersCopier(req)
		reqBodyClosed  = false
		redirectMethod string
		includeBody    bool
	)
	uerr := func(err error) error {
		if !reqBodyClosed {
			req.closeBody()
		}
		var urlStr string
		if resp != nil && resp.Request != nil {
			urlStr = stripPassword(resp.Request.URL)
		} else {
			urlStr = stripPassword(req.URL)
		}
		return &url.Error{Op: urlErrorOp(reqs[0].Method), URL: urlStr, Err: err}
	}
	for {
		if len(reqs) > 0 {
			loc := resp.Header.Get("Location")
			if loc == "" {
				return resp, nil
			}
			u, err := req.URL.Parse(loc)
			if err != nil {
				resp.Body.Close()
				return nil, uerr(errors.New("failed to parse Location header " + strconv.Quote(loc) + ": " + err.Error()))
			}
			host := ""
			if req.Host != "" && req.Host != req.URL.Host {
				if u, _ := url.Parse(loc); u != nil && !u.IsAbs() {
					host = req.Host
				}
			}
			ireq := reqs[0]
			req = &Request{
				Method:   redirectMethod,
				Response: resp,
				URL:      u,
				Header:   make(Header),
				Host:     host,
				Cancel:   ireq.Cancel,
				ctx:      ireq.ctx,
			}
			if includeBody && ireq.GetBody != nil {
				req.Body, err = ireq.GetBody()
				if err != nil {
					resp.Body.Close()
					return nil, uerr(err)
				}
				req.ContentLength = ireq.ContentLength
			}
			copyHeaders(req)
			if ref := refererForURL(reqs[len(reqs)-1].URL, req.URL); ref != "" {
				req.Header.Set("Referer", ref)
			}
			err = c.checkRedirect(req, reqs)
			if err == ErrUseLastResponse {
				return resp, nil
			}
			const maxBodySlurpSize = 2 << 10
			if resp.ContentLength == -1 || resp.ContentLength <= maxBodySlurpSize {
				io.CopyN(io.Discard, resp.Body, maxBodySlurpSize)
			}
			resp.Body.Close()
			if err != nil {
				ue := uerr(err)
				ue.(*url.Error).URL = loc
				return resp, ue
			}
		}
		reqs = append(reqs, req)
		var err error
		var didTimeout func() bool
		if resp, didTimeout, err = c.send(req, deadline); err != nil {
			reqBodyClosed = true
			if !deadline.IsZero() && didTimeout() {
				err = &httpError{err: err.Error() + " (Client.Timeout exceeded while awaiting headers)", timeout: true}
			}
			return nil, uerr(err)
		}
		var shouldRedirect bool
		redirectMethod, shouldRedirect, includeBody = redirectBehavior(req.Method, resp, reqs[0])
		if !shouldRedirect {
			return resp, nil
		}
		req.closeBody()
	}
}

func (c *Client) checkRedirect(req *Request, via []*Request) error {
	fn := c.CheckRedirect
	if fn == nil {
		fn = defaultCheckRedirect
	}
	return fn(req, via)
}

func defaultCheckRedirect(req *Request, via []*Request) error {
	if len(via) >= 10 {
		return errors.New("stopped after 10 redirects")
	}
	return nil
}

func redirectBehavior(reqMethod string, resp *Response, ireq *Request) (redirectMethod string, shouldRedirect, includeBody bool) {
	switch resp.StatusCode {
	case 301, 302, 303:
		redirectMethod = reqMethod
		shouldRedirect = true
		if reqMethod != "GET" && reqMethod != "HEAD" {
			redirectMethod = "GET"
		}
	case 307, 308:
		redirectMethod = reqMethod
		shouldRedirect = true
		includeBody = true
		if ireq.GetBody == nil && ireq.outgoingLength() != 0 {
			shouldRedirect = false
		}
	}
	return
}

func (r *Request) outgoingLength() int64 {
	if r.Body == nil || r.Body == NoBody {
		return 0
	}
	if r.ContentLength != 0 {
		return r.ContentLength
	}
	return -1
}

func refererForURL(lastReq, newReq *url.URL) string {
	if lastReq.Scheme == "https" && newReq.Scheme == "http" {
		return ""
	}
	referer := lastReq.String()
	if lastReq.User != nil {
		referer = strings.Replace(referer, lastReq.User.String()+"@", "", 1)
	}
	return referer
}

func (c *Client) makeHeadersCopier(ireq *Request) func(*Request) {
	ireqhdr := ireq.Header.Clone()
	if ireqhdr == nil {
		ireqhdr = make(Header)
	}
	var icookies map[string][]*Cookie
	if c.Jar != nil && ireq.Header.Get("Cookie") != "" {
		icookies = make(map[string][]*Cookie)
		for _, c := range ireq.Cookies() {
			icookies[c.Name] = append(icookies[c.Name], c)
		}
	}
	preq := ireq
	return func(req *Request) {
		if c.Jar != nil && icookies != nil {
			changed := false
			for _, c := range req.Response.Cookies() {
				if _, ok := icookies[c.Name]; ok {
					delete(icookies, c.Name)
					changed = true
				}
			}
			if changed {
				ireqhdr.Del("Cookie")
				var ss []string
				for _, cs := range icookies {
					for _, c := range cs {
						ss = append(ss, c.Name+"="+c.Value)
					}
				}
				sort.Strings(ss)
				ireqhdr.Set("Cookie", strings.Join(ss, "; "))
			}
		}
		for k, vv := range ireqhdr {
			if shouldCopyHeaderOnRedirect(k, preq.URL, req.URL) {
				req.Header[k] = vv
			}
		}
		preq = req
	}
}

func shouldCopyHeaderOnRedirect(headerKey string, initial, dest *url.URL) bool {
	switch CanonicalHeaderKey(headerKey) {
	case "Authorization", "Www-Authenticate", "Cookie", "Cookie2":
		ihost := strings.ToLower(initial.Hostname())
		dhost := strings.ToLower(dest.Hostname())
		return ihost == dhost || strings.HasSuffix(dhost, "."+ihost)
	}
	return true
}

func (c *Client) send(req *Request, deadline time.Time) (resp *Response, didTimeout func() bool, err error) {
	if c.Jar != nil {
		for _, cookie := range c.Jar.Cookies(req.URL) {
			req.AddCookie(cookie)
		}
	}
	resp, didTimeout, err = send(req, c.transport(), deadline)
	if err != nil {
		return nil, didTimeout, err
	}
	if c.Jar != nil {
		if rc := resp.Cookies(); len(rc) > 0 {
			c.Jar.SetCookies(req.URL, rc)
		}
	}
	return resp, nil, nil
}

func alwaysFalse() bool { return false }

func send(ireq *Request, rt RoundTripper, deadline time.Time) (resp *Response, didTimeout func() bool, err error) {
	req := ireq
	if rt == nil {
		req.closeBody()
		return nil, alwaysFalse, errors.New("http: no Client.Transport or DefaultTransport")
	}
	if req.RequestURI != "" {
		req.closeBody()
		return nil, alwaysFalse, errors.New("http: Request.RequestURI can't be set in client requests")
	}
	forkReq := func() {
		if ireq == req {
			req = new(Request)
			*req = *ireq
		}
	}
	if req.Header == nil {
		forkReq()
		req.Header = make(Header)
	}
	if u := req.URL.User; u != nil && req.Header.Get("Authorization") == "" {
		password, _ := u.Password()
		forkReq()
		req.Header = ireq.Header.Clone()
		if req.Header == nil {
			req.Header = make(Header)
		}
		req.Header.Set("Authorization", "Basic "+base64Encode(u.Username()+":"+password))
	}
	didTimeout = alwaysFalse
	stop := func() {}
	if !deadline.IsZero() {
		forkReq()
		if dl, ok := req.Context().Deadline(); !ok || deadline.Before(dl) {
			var cancel context.CancelFunc
			req.ctx, cancel = context.WithDeadline(req.Context(), deadline)
			stop = cancel
			didTimeout = func() bool { return time.Now().After(deadline) }
		}
	}
	resp, err = rt.RoundTrip(req)
	if err != nil {
		stop()
		return nil, didTimeout, err
	}
	if resp == nil {
		stop()
		return nil, didTimeout, errors.New("http: RoundTripper implementation returned a nil *Response with a nil error")
	}
	if resp.Body == nil {
		resp.Body = io.NopCloser(strings.NewReader(""))
	}
	if !deadline.IsZero() {
		resp.Body = &cancelTimerBody{stop: stop, rc: resp.Body, reqDidTimeout: didTimeout}
	}
	return resp, nil, nil
}

// cancelTimerBody stops the request's timer when its body is read to the end or closed and
// explains a timeout that happened while reading it.
type cancelTimerBody struct {
	stop          func()
	rc            io.ReadCloser
	reqDidTimeout func() bool
	once          sync.Once
}

func (b *cancelTimerBody) Read(p []byte) (n int, err error) {
	n, err = b.rc.Read(p)
	if err == nil {
		return n, nil
	}
	if err == io.EOF {
		b.once.Do(b.stop)
		return n, err
	}
	if b.reqDidTimeout() {
		err = &httpError{err: err.Error() + " (Client.Timeout or context cancellation while reading body)", timeout: true}
	}
	return n, err
}

func (b *cancelTimerBody) Close() error {
	err := b.rc.Close()
	b.once.Do(b.stop)
	return err
}
