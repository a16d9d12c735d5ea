// Package poll: the errors of Go's internal/poll that os and net share (the poller itself is
// the runtime's NetPoll; net's natives use it directly).
package poll

// errNetClosing is the error of an operation on a closed network connection (net.ErrClosed).
type errNetClosing struct{}

func (e errNetClosing) Error() string   { return "use of closed network connection" }
func (e errNetClosing) Timeout() bool   { return false }
func (e errNetClosing) Temporary() bool { return false }

// ErrNetClosing is returned when a network descriptor is used after it has been closed.
var ErrNetClosing = errNetClosing{}

// ErrFileClosing is returned when a file descriptor is used after it has been closed.
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
