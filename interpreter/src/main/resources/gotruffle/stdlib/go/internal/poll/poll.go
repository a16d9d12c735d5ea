// Package poll: the errors of Go's internal/poll that os and net share (the poller itself is
// the runtime's NetPoll; net's natives use it directly).
package poll

// errNetClosing is the error of an operation on a closed network connection (net.ErrClosed).
type errNetClosing struct{}

func (e errNetClosing) Error() string   { return "use of closed network connection" }
func (e errNetClosing) Timeout() bool   { return false }
func (e errNetClosing) Temporary() bool { return false }

// ErrNetClosing: the socket was already closed when an operation began or while it waited.
var ErrNetClosing = errNetClosing{}

// ErrFileClosing: the file was already closed when an operation began or while it waited.
var ErrFileClosing = errFileClosing{}

type errFileClosing struct{}

func (errFileClosing) Error() string { return "use of closed file" }

// DeadlineExceededError is returned for an expired deadline (os.ErrDeadlineExceeded).
type DeadlineExceededError struct{}

func (e *DeadlineExceededError) Error() string   { return "i/o timeout" }
func (e *DeadlineExceededError) Timeout() bool   { return true }
func (e *DeadlineExceededError) Temporary() bool { return true }

// ErrDeadlineExceeded: an I/O call ran past its deadline.
var ErrDeadlineExceeded error = &DeadlineExceededError{}
