package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/url"
	"sort"
	"strings"
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

// httpError is a timeout met by the client or its transport: a net.Error whose Timeout
// is true.
type httpError struct{ err string }

func (e *httpError) Error() string   { return e.err }
func (e *httpError) Timeout() bool   { return true }
func (e *httpError) Temporary() bool { return true }

func (c *Client) transport() RoundTripper {
	if rt := c.Transport; rt != nil {
		return rt
	}
	return DefaultTransport
}

// deadline is when the whole exchange (redirects and body included) must end; zero for
// no Timeout.
func (c *Client) deadline() (end time.Time) {
	if c.Timeout > 0 {
		end = time.Now().Add(c.Timeout)
	}
	return end
}

// fetch builds a request without context and sends it with Do; header holds key, value
// pairs to set.
func (c *Client) fetch(method, url string, body io.Reader, header ...string) (*Response, error) {
	req, err := NewRequest(method, url, body)
	if err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return c.Do(req)
}

// Get fetches url with DefaultClient.
func Get(url string) (resp *Response, err error) { return DefaultClient.Get(url) }

// Get fetches url, following redirects.
func (c *Client) Get(url string) (resp *Response, err error) { return c.fetch("GET", url, nil) }

// Head asks DefaultClient for url's headers.
func Head(url string) (resp *Response, err error) { return DefaultClient.Head(url) }

// Head asks for url's headers only, following redirects.
func (c *Client) Head(url string) (resp *Response, err error) { return c.fetch("HEAD", url, nil) }

// Post sends body to url with DefaultClient.
func Post(url, contentType string, body io.Reader) (resp *Response, err error) {
	return DefaultClient.Post(url, contentType, body)
}

// Post sends body to url with the given Content-Type (set even when empty).
func (c *Client) Post(url, contentType string, body io.Reader) (resp *Response, err error) {
	return c.fetch("POST", url, body, "Content-Type", contentType)
}

// PostForm sends data url-encoded as a form body to url, with DefaultClient.
func PostForm(url string, data url.Values) (resp *Response, err error) {
	return DefaultClient.PostForm(url, data)
}

// PostForm sends data url-encoded as a form body to url.
func (c *Client) PostForm(url string, data url.Values) (resp *Response, err error) {
	return c.fetch("POST", url, strings.NewReader(data.Encode()), "Content-Type", "application/x-www-form-urlencoded")
}

// CloseIdleConnections drops the kept-alive connections of c's Transport
// that no request is using.
func (c *Client) CloseIdleConnections() {
	if tr, ok := c.transport().(interface{ CloseIdleConnections() }); ok {
		tr.CloseIdleConnections()
	}
}

// urlErrorOp names a method the way url.Error's Op does: "Get" for "", a method of
// printable ASCII with its first letter as it is and the rest lower case ("POST" gives
// "Post"), any other method unchanged.
func urlErrorOp(method string) string {
	if method == "" {
		return "Get"
	}
	op := []byte(method)
	for i, c := range op {
		if c < ' ' || c > '~' {
			return method
		}
		if i > 0 && 'A' <= c && c <= 'Z' {
			op[i] = c + ('a' - 'A')
		}
	}
	return string(op)
}

// stripPassword is u as text with its password (when it has one) shown as "***".
func stripPassword(u *url.URL) string {
	text := u.String()
	if _, has := u.User.Password(); !has {
		return text
	}
	return strings.Replace(text, u.User.String()+"@", u.User.Username()+":***@", 1)
}

func (r *Request) closeBody()  { closeIfAny(r.Body) }
func (r *Response) closeBody() { closeIfAny(r.Body) }

func closeIfAny(body io.Closer) {
	if body != nil {
		body.Close()
	}
}

// hops is one Client.Do: the requests sent so far, the latest response, and what the next
// request inherits. Its methods follow the chain of redirects.
type hops struct {
	c        *Client
	deadline time.Time
	sent     []*Request // sent[0] is the caller's request
	req      *Request   // the request being prepared or sent
	resp     *Response  // the latest response (nil after a failed send)
	inherit  func(next *Request)
	// sendFailed: the transport had req and closed its body itself.
	sendFailed bool
}

// fail wraps err for Do's caller: a *url.Error named after the first request's method and
// the URL of the latest response's request (the current request's when there is none).
func (h *hops) fail(err error) *url.Error {
	if !h.sendFailed {
		h.req.closeBody()
	}
	where := h.req.URL
	if h.resp != nil && h.resp.Request != nil {
		where = h.resp.Request.URL
	}
	return &url.Error{Op: urlErrorOp(h.sent[0].Method), URL: stripPassword(where), Err: err}
}

// Do sends req and returns the response, applying c's redirect policy, cookie jar and
// timeout; errors come as *url.Error.
func (c *Client) Do(req *Request) (*Response, error) {
	if req.URL == nil {
		req.closeBody()
		return nil, &url.Error{Op: urlErrorOp(req.Method), Err: errors.New("http: nil Request.URL")}
	}
	h := &hops{c: c, deadline: c.deadline(), req: req, inherit: c.redirectHeaders(req)}
	for {
		h.sent = append(h.sent, h.req)
		resp, didTimeout, err := c.send(h.req, h.deadline)
		h.resp = resp
		if err != nil {
			h.sendFailed = true
			if !h.deadline.IsZero() && didTimeout() {
				err = &httpError{err.Error() + " (Client.Timeout exceeded while awaiting headers)"}
			}
			return nil, h.fail(err)
		}
		method, follow, withBody := redirectBehavior(h.req.Method, resp, h.sent[0])
		if !follow {
			return resp, nil
		}
		h.req.closeBody()
		done, err := h.next(method, withBody)
		if done || err != nil {
			return h.resp, err
		}
	}
}

// next prepares the request that follows the latest (redirect) response, or says why the
// chain ends here: done with no error hands the response to the caller as it is.
func (h *hops) next(method string, withBody bool) (done bool, err error) {
	resp, prev, first := h.resp, h.req, h.sent[0]
	loc := resp.Header.Get("Location")
	if loc == "" {
		return true, nil
	}
	target, err := prev.URL.Parse(loc)
	if err != nil {
		resp.closeBody()
		return true, h.abandon(fmt.Errorf("failed to parse Location header %q: %v", loc, err))
	}
	next := &Request{Method: method, URL: target, Header: Header{}, Response: resp, Cancel: first.Cancel, ctx: first.ctx}
	// A Host override survives a redirect to a path on the same server only.
	if prev.Host != "" && prev.Host != prev.URL.Host {
		if alone, _ := url.Parse(loc); alone != nil && !alone.IsAbs() {
			next.Host = prev.Host
		}
	}
	h.req = next
	if withBody && first.GetBody != nil {
		if next.Body, err = first.GetBody(); err != nil {
			resp.closeBody()
			return true, h.abandon(err)
		}
		next.ContentLength = first.ContentLength
	}
	h.inherit(next)
	if ref := refererForURL(h.sent[len(h.sent)-1].URL, next.URL); ref != "" {
		next.Header.Set("Referer", ref)
	}
	verdict := h.c.checkRedirect(next, h.sent)
	if verdict == ErrUseLastResponse {
		return true, nil
	}
	// Read a little of the old body first, so its connection can be reused.
	const drainLimit = 2 << 10
	if resp.ContentLength == -1 || resp.ContentLength <= drainLimit {
		io.CopyN(io.Discard, resp.Body, drainLimit)
	}
	resp.Body.Close()
	if verdict != nil {
		ue := h.fail(verdict)
		ue.URL = loc
		return true, ue
	}
	return false, nil
}

// abandon is fail for an error met while building the next request: the caller gets no
// response, only the error (naming the URL the latest response came from).
func (h *hops) abandon(err error) error {
	ue := h.fail(err)
	h.resp = nil
	return ue
}

func (c *Client) checkRedirect(req *Request, via []*Request) error {
	if c.CheckRedirect != nil {
		return c.CheckRedirect(req, via)
	}
	if len(via) >= 10 {
		return errors.New("stopped after 10 redirects")
	}
	return nil
}

// redirectBehavior: whether a response of this status is followed, with which method, and
// whether the body goes along. 301/302/303 follow with GET (HEAD stays HEAD); 307/308 keep
// method and body, and stop when a body that cannot be replayed (no GetBody) was sent.
func redirectBehavior(method string, resp *Response, first *Request) (next string, follow, withBody bool) {
	switch resp.StatusCode {
	case StatusMovedPermanently, StatusFound, StatusSeeOther:
		if method == "GET" || method == "HEAD" {
			return method, true, false
		}
		return "GET", true, false
	case StatusTemporaryRedirect, StatusPermanentRedirect:
		replayable := first.GetBody != nil || first.outgoingLength() == 0
		return method, replayable, true
	}
	return "", false, false
}

// outgoingLength: the body's size to send, 0 for none, -1 when unknown.
func (r *Request) outgoingLength() int64 {
	switch {
	case r.Body == nil || r.Body == NoBody:
		return 0
	case r.ContentLength != 0:
		return r.ContentLength
	}
	return -1
}

// refererForURL is the Referer a redirect to to carries from from: from without user
// info, nothing when going from https to http.
func refererForURL(from, to *url.URL) string {
	if from.Scheme == "https" && to.Scheme == "http" {
		return ""
	}
	if from.User == nil {
		return from.String()
	}
	return strings.Replace(from.String(), from.User.String()+"@", "", 1)
}

// redirectHeaders returns what copies the first request's headers onto each redirect:
// all of them, but credentials (Authorization, Www-Authenticate, Cookie, Cookie2) only
// while the target stays on the previous request's host:port or a subdomain of it. With a
// Jar, a cookie of the first request that a response sets again is left for the Jar.
func (c *Client) redirectHeaders(first *Request) func(*Request) {
	carried := first.Header.Clone()
	if carried == nil {
		carried = Header{}
	}
	var own map[string][]string // the first request's cookies by name: "name=value"
	if c.Jar != nil && first.Header.Get("Cookie") != "" {
		own = map[string][]string{}
		for _, ck := range first.Cookies() {
			own[ck.Name] = append(own[ck.Name], ck.Name+"="+ck.Value)
		}
	}
	prev := first
	return func(req *Request) {
		if own != nil && dropResetCookies(own, req.Response.Cookies()) {
			var pairs []string
			for _, p := range own {
				pairs = append(pairs, p...)
			}
			sort.Strings(pairs)
			carried.Set("Cookie", strings.Join(pairs, "; "))
		}
		sameSite := isDomainOrSubdomain(canonicalAddr(req.URL), canonicalAddr(prev.URL))
		for k, vs := range carried {
			if sameSite || !isCredential(k) {
				req.Header[k] = vs
			}
		}
		prev = req
	}
}

// dropResetCookies removes from own the names set reports; true when it removed any.
func dropResetCookies(own map[string][]string, set []*Cookie) bool {
	removed := false
	for _, ck := range set {
		if _, ok := own[ck.Name]; ok {
			delete(own, ck.Name)
			removed = true
		}
	}
	return removed
}

func isCredential(key string) bool {
	switch CanonicalHeaderKey(key) {
	case "Authorization", "Www-Authenticate", "Cookie", "Cookie2":
		return true
	}
	return false
}

// isDomainOrSubdomain: sub is parent or ends in "." + parent.
func isDomainOrSubdomain(sub, parent string) bool {
	if !strings.HasSuffix(sub, parent) {
		return false
	}
	rest := sub[:len(sub)-len(parent)]
	return rest == "" || rest[len(rest)-1] == '.'
}

// schemePorts: the port a URL of that scheme means when it names none.
var schemePorts = map[string]string{"http": "80", "https": "443", "socks5": "1080"}

// canonicalAddr is u's host:port, the port defaulting by scheme.
func canonicalAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = schemePorts[u.Scheme]
	}
	return net.JoinHostPort(u.Hostname(), port)
}

func (c *Client) send(req *Request, deadline time.Time) (resp *Response, didTimeout func() bool, err error) {
	if c.Jar != nil {
		for _, ck := range c.Jar.Cookies(req.URL) {
			req.AddCookie(ck)
		}
	}
	if resp, didTimeout, err = send(req, c.transport(), deadline); err != nil {
		return nil, didTimeout, err
	}
	if c.Jar != nil {
		if got := resp.Cookies(); len(got) > 0 {
			c.Jar.SetCookies(req.URL, got)
		}
	}
	return resp, nil, nil
}

func alwaysFalse() bool { return false }

// send hands one request to rt. What it changes (a missing Header, an Authorization from
// the URL's user info, a deadline context) goes into a copy: the caller's request stays as
// it was.
func send(orig *Request, rt RoundTripper, deadline time.Time) (*Response, func() bool, error) {
	if err := sendable(orig, rt); err != nil {
		orig.closeBody()
		return nil, alwaysFalse, err
	}
	req := orig
	own := func() *Request {
		if req == orig {
			cp := *orig
			req = &cp
		}
		return req
	}
	if req.Header == nil {
		own().Header = Header{}
	}
	if u := req.URL.User; u != nil && req.Header.Get("Authorization") == "" {
		pw, _ := u.Password()
		own().Header = orig.Header.Clone()
		if req.Header == nil {
			req.Header = Header{}
		}
		req.Header.Set("Authorization", "Basic "+base64Encode(u.Username()+":"+pw))
	}
	stop, didTimeout := func() {}, alwaysFalse
	if !deadline.IsZero() {
		own()
		if dl, ok := req.Context().Deadline(); !ok || deadline.Before(dl) {
			req.ctx, stop = context.WithDeadline(req.Context(), deadline)
			didTimeout = func() bool { return time.Now().After(deadline) }
		}
	}
	resp, err := rt.RoundTrip(req)
	if err != nil && resp != nil {
		log.Printf("RoundTripper returned a response & error; ignoring response")
	}
	if err == nil {
		err = completeResponse(resp, req.Method, rt)
	}
	if err != nil {
		stop()
		return nil, didTimeout, err
	}
	if !deadline.IsZero() {
		resp.Body = &cancelTimerBody{end: stop, body: resp.Body, timedOut: didTimeout}
	}
	return resp, nil, nil
}

// completeResponse checks what a RoundTripper returned without error: a response, with a
// body unless it promised none (a missing one becomes empty).
func completeResponse(resp *Response, method string, rt RoundTripper) error {
	switch {
	case resp == nil:
		return fmt.Errorf("http: RoundTripper implementation (%T) returned a nil *Response with a nil error", rt)
	case resp.Body != nil:
		return nil
	case resp.ContentLength > 0 && method != "HEAD":
		return fmt.Errorf("http: RoundTripper implementation (%T) returned a *Response with content length %d but a nil Body", rt, resp.ContentLength)
	}
	resp.Body = io.NopCloser(strings.NewReader(""))
	return nil
}

// sendable: the checks a request passes before any transport sees it.
func sendable(req *Request, rt RoundTripper) error {
	switch {
	case rt == nil:
		return errors.New("http: no Client.Transport or DefaultTransport")
	case req.URL == nil:
		return errors.New("http: nil Request.URL")
	case req.RequestURI != "":
		return errors.New("http: Request.RequestURI can't be set in client requests")
	}
	return nil
}

// cancelTimerBody ends the request's deadline context when the body is closed, and
// explains a read error that came from the deadline.
type cancelTimerBody struct {
	end      func()
	body     io.ReadCloser
	timedOut func() bool
}

func (b *cancelTimerBody) Read(p []byte) (int, error) {
	n, err := b.body.Read(p)
	if err != nil && err != io.EOF && b.timedOut() {
		err = &httpError{err.Error() + " (Client.Timeout or context cancellation while reading body)"}
	}
	return n, err
}

func (b *cancelTimerBody) Close() error {
	defer b.end()
	return b.body.Close()
}
