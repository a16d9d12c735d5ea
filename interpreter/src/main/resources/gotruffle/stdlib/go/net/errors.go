package net

import (
	"context"
	"errors"
	"internal/poll"
	"os"
)

// Error is the interface of the errors network calls return.
type Error interface {
	error
	Timeout() bool   // did a deadline expire?
	Temporary() bool // Deprecated: do not use.
}

// ErrClosed: the connection was closed before or during the I/O call.
var ErrClosed error = poll.ErrNetClosing

var (
	errMissingAddress = errors.New("missing address")
	errCanceled       = canceledError{}
	errNoSuchHost     = errors.New("no such host")
	errTimeout        error = &timeoutError{}
)

// canceledError lets errors.Is(err, context.Canceled) hold for "operation was canceled".
type canceledError struct{}

func (canceledError) Error() string { return "operation was canceled" }

func (canceledError) Is(err error) bool { return err == context.Canceled }

type timeoutError struct{}

func (e *timeoutError) Error() string   { return "i/o timeout" }
func (e *timeoutError) Timeout() bool   { return true }
func (e *timeoutError) Temporary() bool { return true }

// mapErr turns context errors into the errors net reports for them.
func mapErr(err error) error {
	switch err {
	case context.Canceled:
		return errCanceled
	case context.DeadlineExceeded:
		return errTimeout
	}
	return err
}

// OpError is the usual error of net's functions: which operation, on which network and
// addresses, failed with which error.
type OpError struct {
	Op     string
	Net    string
	Source Addr
	Addr   Addr
	Err    error
}

func (e *OpError) Unwrap() error { return e.Err }

// Error reads "op net source->addr: err", each part left out when unset ("dial tcp
// 127.0.0.1:1: connect: connection refused").
func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	head := e.Op
	if e.Net != "" {
		head += " " + e.Net
	}
	switch {
	case e.Source != nil && e.Addr != nil:
		head += " " + e.Source.String() + "->" + e.Addr.String()
	case e.Source != nil:
		head += " " + e.Source.String()
	case e.Addr != nil:
		head += " " + e.Addr.String()
	}
	return head + ": " + e.Err.Error()
}

type timeout interface{ Timeout() bool }
type temporary interface{ Temporary() bool }

// cause is the error behind e.Err, seen through an *os.SyscallError.
func (e *OpError) cause() error {
	if se, ok := e.Err.(*os.SyscallError); ok {
		return se.Err
	}
	return e.Err
}

func (e *OpError) Timeout() bool {
	t, ok := e.cause().(timeout)
	return ok && t.Timeout()
}

// Temporary: what the cause says; a connection reset or aborted while accepting counts as
// temporary too (the listener can go on).
func (e *OpError) Temporary() bool {
	if t, ok := e.cause().(temporary); ok && t.Temporary() {
		return true
	}
	return e.Op == "accept" && isConnError(e.Err)
}

func isConnError(err error) bool {
	if se, ok := err.(*os.SyscallError); ok {
		s := se.Err.Error()
		return s == "connection reset by peer" || s == "software caused connection abort"
	}
	return false
}

// ParseError: text that should have been an address or network is not one.
type ParseError struct {
	Type string // the type of string that was expected, e.g. "IP address", "CIDR address"
	Text string // the malformed text
}

func (e *ParseError) Error() string   { return "invalid " + e.Type + ": " + e.Text }
func (e *ParseError) Timeout() bool   { return false }
func (e *ParseError) Temporary() bool { return false }

// AddrError describes a malformed address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	switch {
	case e == nil:
		return "<nil>"
	case e.Addr == "":
		return e.Err
	}
	return "address " + e.Addr + ": " + e.Err
}

func (e *AddrError) Timeout() bool   { return false }
func (e *AddrError) Temporary() bool { return false }

// UnknownNetworkError is returned for a network name net does not know.
type UnknownNetworkError string

func (e UnknownNetworkError) Error() string   { return "unknown network " + string(e) }
func (e UnknownNetworkError) Timeout() bool   { return false }
func (e UnknownNetworkError) Temporary() bool { return false }

// InvalidAddrError is returned for an invalid address.
type InvalidAddrError string

func (e InvalidAddrError) Error() string   { return string(e) }
func (e InvalidAddrError) Timeout() bool   { return false }
func (e InvalidAddrError) Temporary() bool { return false }

// DNSError: a name lookup failed.
type DNSError struct {
	Err         string // what went wrong
	Name        string // name looked for
	Server      string // server used
	IsTimeout   bool   // a timeout (not every timeout sets it)
	IsTemporary bool   // may succeed on retry (not always set)
	IsNotFound  bool   // the name does not exist
}

// Error reads "lookup NAME[ on SERVER]: ERR".
func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	on := ""
	if e.Server != "" {
		on = " on " + e.Server
	}
	return "lookup " + e.Name + on + ": " + e.Err
}

func (e *DNSError) Timeout() bool   { return e.IsTimeout }
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// errno is a system error, shown by its text (Go's syscall.Errno).
type errno string

func (e errno) Error() string { return string(e) }

func (e errno) Timeout() bool {
	return e == "resource temporarily unavailable" || e == "connection timed out"
}

func (e errno) Temporary() bool {
	return e == "interrupted system call" || e == "too many open files" || e.Timeout()
}

// sysErr turns the natives' error text into Go's error: "" none, "closing" for a closed
// socket, "timeout" for a passed deadline, else a system error from syscall.
func sysErr(syscall, text string) error {
	switch text {
	case "":
		return nil
	case "closing":
		return ErrClosed
	case "timeout":
		return os.ErrDeadlineExceeded
	}
	return &os.SyscallError{Syscall: syscall, Err: errno(text)}
}
